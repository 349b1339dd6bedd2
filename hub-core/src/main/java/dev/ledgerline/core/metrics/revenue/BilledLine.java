package dev.ledgerline.core.metrics.revenue;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.Ref;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One billed line as revenue: the document's entity, contract, project, currency and date, its kind,
 * its signed amount (a credit note's lines negative) and, for time fees, each entry's share of it.
 */
public record BilledLine(
        String entity,
        Ref customer,
        Ref contract,
        Ref project,
        String currency,
        LocalDate date,
        RevenueKind kind,
        BigDecimal amount,
        Map<RecordKey, BigDecimal> entryShares) {

    public BilledLine {
        entryShares = Map.copyOf(entryShares);
    }
}
