package dev.ledgerline.core.canonical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A sales opportunity from the CRM, for pipeline and backlog. */
public record Opportunity(
        Ref customer,
        String name,
        String stage,
        BigDecimal expectedRevenue,
        BigDecimal probability,
        LocalDate expectedCloseDate,
        String currency)
        implements CanonicalRecord {

    public Opportunity {
        Objects.requireNonNull(customer, "customer");
        RecordKey.requireText(name, "name");
    }

    @Override
    public RecordType type() {
        return RecordType.OPPORTUNITY;
    }
}
