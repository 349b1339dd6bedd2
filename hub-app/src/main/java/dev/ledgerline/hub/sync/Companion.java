package dev.ledgerline.hub.sync;

import dev.ledgerline.hub.binding.ExternalReference;
import java.util.Map;
import java.util.Objects;

/**
 * A record kept in Odoo along with a delivered one (its billing contact, its milestones). It has no
 * ledger record of its own: it is found by its reference, written when its values differ, created when
 * missing, and retired when its owner no longer has it.
 *
 * @param model the Odoo model
 * @param field where its reference is written ({@code ref} or {@code x_ledgerline_ref})
 * @param reference its reference, derived from its owner's ({@code ll:crm:customer:C-1#billing})
 * @param values what it holds (empty for a retired companion)
 * @param createOnly values set only when it is created (e.g. the project a milestone goes to)
 * @param retired whether the owner no longer has it: an existing one gets {@code values} (e.g.
 *     {@code active = false}), a missing one is not created
 */
public record Companion(
        String model,
        ExternalReference field,
        String reference,
        Map<String, Object> values,
        Map<String, Object> createOnly,
        boolean retired) {

    public Companion {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reference, "reference");
        values = Map.copyOf(values);
        createOnly = Map.copyOf(createOnly);
    }

    /** A companion the owner has. */
    public static Companion kept(
            String model,
            ExternalReference field,
            String reference,
            Map<String, Object> values,
            Map<String, Object> createOnly) {
        return new Companion(model, field, reference, values, createOnly, false);
    }

    /** A companion the owner no longer has: {@code values} are written on it if it exists. */
    public static Companion retired(
            String model, ExternalReference field, String reference, Map<String, Object> values) {
        return new Companion(model, field, reference, values, Map.of(), true);
    }
}
