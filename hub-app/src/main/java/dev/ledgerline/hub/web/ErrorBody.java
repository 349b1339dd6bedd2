package dev.ledgerline.hub.web;

import dev.ledgerline.core.validation.ErrorCode;
import java.util.List;

/** The one shape of every error answer: {@code {"error":{"code","message","details"}}}. */
public record ErrorBody(Error error) {

    public record Error(String code, String message, List<?> details) {}

    public static ErrorBody of(ErrorCode code, String message, List<?> details) {
        return new ErrorBody(new Error(code.name(), message, details == null ? List.of() : details));
    }
}
