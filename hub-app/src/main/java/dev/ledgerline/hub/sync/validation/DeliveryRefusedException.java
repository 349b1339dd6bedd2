package dev.ledgerline.hub.sync.validation;

import dev.ledgerline.core.ledger.ExceptionCategory;
import dev.ledgerline.hub.sync.MappingException;
import java.util.Objects;

/**
 * A record the hub will not deliver as it stands: a check before delivery failed. {@link #category()}
 * says whose move it is: {@code POLICY} (the firm's configuration or rules refuse it: an unknown entity,
 * a billable task on a non-billable project, a cost in another currency than the entity's) or {@code
 * DATA} (the record itself must change).
 */
public class DeliveryRefusedException extends MappingException {

    private final ExceptionCategory category;
    private final String code;

    /** The message starts with the code, so the ledger's error message and the operator see both. */
    public DeliveryRefusedException(ExceptionCategory category, String code, String message) {
        super(Objects.requireNonNull(code, "code") + ": " + message);
        this.category = Objects.requireNonNull(category, "category");
        this.code = Objects.requireNonNull(code, "code");
    }

    public ExceptionCategory category() {
        return category;
    }

    /** A stable code for the check that failed ({@code UNKNOWN_ENTITY}, {@code BILLABLE_MISMATCH}, {@code CURRENCY_MISMATCH}…). */
    public String code() {
        return code;
    }
}
