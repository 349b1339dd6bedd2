package dev.ledgerline.core.validation;

import java.util.Objects;

/**
 * One reason an item is refused: a stable {@code code}, the JSON path of the offending value
 * ({@code data.hours}, {@code data.milestones[1].amount}; null for the item as a whole) and a
 * message for people.
 */
public record Problem(ErrorCode code, String field, String message) {

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Problem of(ErrorCode code, String field, String message) {
        return new Problem(code, field, message);
    }
}
