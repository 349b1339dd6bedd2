package dev.ledgerline.core.ownership;

import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.core.validation.Problem;
import java.util.Objects;

/**
 * One field a sender changed without owning it. {@code field} is the name inside {@code data}, or
 * null when the whole record type belongs to another system (Odoo's invoices).
 */
public record FieldViolation(RecordType type, String field, String owner, String sender) {

    public FieldViolation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sender, "sender");
    }

    /** The JSON path of the answer: {@code data.vatNumber}, or {@code type} for a whole record type. */
    public String path() {
        return field == null ? "type" : "data." + field;
    }

    public Problem problem() {
        String message = field == null
                ? type.wireName() + " records are owned by " + owner + " and only flow outward from it"
                : type.wireName() + "." + field + " is owned by " + owner + ", not by " + sender;
        return Problem.of(ErrorCode.OWNERSHIP_VIOLATION, path(), message);
    }

    /** The same violation answered as a warning: the field kept its stored value. */
    public Problem warning() {
        return Problem.of(
                ErrorCode.OWNERSHIP_VIOLATION,
                path(),
                type.wireName() + "." + field + " is owned by " + owner + ": the change from " + sender
                        + " was ignored and the stored value kept");
    }
}
