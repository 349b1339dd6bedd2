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
 * @param reference its reference, derived from its owner's ({@code ll:crm:customer.billing:C-1})
 * @param values what it holds besides its link to the owner
 * @param link how it points at its owner
 * @param retired whether the owner no longer has it: an existing one gets {@code values} (e.g. {@code
 *     active = false}), a missing one is not created
 */
public record Companion(
        String model,
        ExternalReference field,
        String reference,
        Map<String, Object> values,
        Link link,
        boolean retired) {

    public Companion {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(link, "link");
        values = Map.copyOf(values);
    }

    /**
     * The many2one of the companion pointing at its owner.
     *
     * @param field the many2one ({@code parent_id}, {@code project_id})
     * @param onCreateOnly set when the companion is created, never moved afterwards
     * @param inverse the owner's one2many through which the companion is created in the owner's own
     *     {@code create} (one Odoo transaction), where its reference is a field; null: created after it
     */
    public record Link(String field, boolean onCreateOnly, String inverse) {
        public Link {
            Objects.requireNonNull(field, "field");
        }
    }

    /** A companion the owner has. */
    public static Companion kept(
            String model, ExternalReference field, String reference, Map<String, Object> values, Link link) {
        return new Companion(model, field, reference, values, link, false);
    }

    /** A companion the owner no longer has: {@code values} are written on it if it exists. */
    public static Companion retired(
            String model, ExternalReference field, String reference, Map<String, Object> values, Link link) {
        return new Companion(model, field, reference, values, link, true);
    }

    /** The values of a new companion of the owner {@code ownerId}, its reference included by the caller. */
    Map<String, Object> createValues(long ownerId) {
        Map<String, Object> all = new java.util.LinkedHashMap<>(values);
        all.put(link.field(), ownerId);
        return all;
    }

    /** The values an existing companion should hold. */
    Map<String, Object> keptValues(long ownerId) {
        if (link.onCreateOnly() || retired) {
            return values;
        }
        Map<String, Object> all = new java.util.LinkedHashMap<>(values);
        all.put(link.field(), ownerId);
        return all;
    }
}
