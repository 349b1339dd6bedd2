package dev.ledgerline.core.canonical;

import java.util.Objects;

/** A client of the firm; identity and commercial terms are owned by the CRM. */
public record Customer(
        String name,
        String entity,
        String vatNumber,
        String country,
        String currency,
        Integer paymentTermsDays,
        String billingEmail,
        Address address,
        Ref parent)
        implements CanonicalRecord {

    public Customer {
        RecordKey.requireText(name, "name");
        RecordKey.requireText(entity, "entity");
    }

    @Override
    public RecordType type() {
        return RecordType.CUSTOMER;
    }

    public boolean hasParent() {
        return Objects.nonNull(parent);
    }
}
