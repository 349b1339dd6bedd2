package dev.ledgerline.hub.binding;

import java.util.Objects;
import java.util.UUID;

/** A ledger record's counterpart in one target: {@code (target, model, odooId) ⇄ record}. */
public record Binding(String target, String model, long odooId, UUID recordId) {

    public Binding {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(recordId, "recordId");
        if (odooId <= 0) {
            throw new IllegalArgumentException("an Odoo id is positive, got " + odooId);
        }
    }
}
