package dev.ledgerline.hub.binding;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.odoo.client.Domain;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the hub writes its key on an Odoo record, so that the record can be found again without the
 * hub's database: a stored, searchable char field of the record itself, written in the same {@code
 * create} as the record (one Odoo transaction: no record ever exists without its reference). The value
 * is {@code ll:<source>:<type>:<externalId>}. See docs/adr/0010.
 *
 * @param field the Odoo field: {@code ref} where the model has one the firm does not use otherwise
 *     ({@code res.partner}), else the custom field {@code x_ledgerline_ref}
 */
public record ExternalReference(String field) {

    /** Every value the hub writes starts with this. */
    public static final String PREFIX = "ll:";

    /**
     * The module of the external ids ({@code ir.model.data}) that hold the references on targets where
     * a model cannot have the custom field (docs/adr/0600).
     */
    public static final String MODULE = "ledgerline";

    public ExternalReference {
        Objects.requireNonNull(field, "field");
    }

    /** The model's own {@code ref} field. */
    public static ExternalReference ref() {
        return new ExternalReference("ref");
    }

    /** A custom char field {@code x_ledgerline_ref}, for models without a {@code ref}. */
    public static ExternalReference customField() {
        return new ExternalReference("x_ledgerline_ref");
    }

    /** The reference of a ledger record. */
    public static String valueOf(RecordKey key) {
        return PREFIX + key;
    }

    /**
     * The reference of a record kept in Odoo along with a ledger record, in a role of its own: {@code
     * ll:crm:customer.billing:ACC-1}, {@code ll:crm:contract.milestone:K-1/M1} ({@code part} names one of
     * several, may be null). It reads back as no ledger key ({@link #parse} is empty), so a rebuild of
     * the bindings leaves it alone.
     */
    public static String companionOf(RecordKey owner, String role, String part) {
        return PREFIX
                + owner.source()
                + ':'
                + owner.type().wireName()
                + '.'
                + role
                + ':'
                + owner.externalId()
                + (part == null ? "" : "/" + part);
    }

    /** The key a reference found in Odoo stands for; empty when it is not one of the hub's. */
    public static Optional<RecordKey> parse(String value) {
        if (value == null || !value.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(RecordKey.parse(value.substring(PREFIX.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The records carrying any of these references. */
    public Domain matching(Collection<String> references) {
        return Domain.in(field, references);
    }

    /** Every record carrying one of the hub's references. */
    public Domain any() {
        return Domain.eqLike(field, PREFIX + "%");
    }
}
