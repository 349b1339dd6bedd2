package dev.ledgerline.core.metrics;

import dev.ledgerline.core.firm.EntitySettings.TmRevenue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What a report is asked for. {@code from}–{@code to} (both inclusive) select records by business
 * date; balances (WIP, receivables, backlog, deferred revenue…) are taken at the end of {@code to}.
 * {@code asOf} is the ledger time: every record is read as the ledger held it then (receipt time,
 * never {@code occurredAt}). {@code revenueBasis} null means each entity's {@code tmRevenue};
 * {@code entity} null means every entity; {@code inGroupCurrency} reports in the group currency
 * with the group company's rates instead of each entity's currency.
 */
public record ReportQuery(
        LocalDate from,
        LocalDate to,
        Instant asOf,
        Basis basis,
        TmRevenue revenueBasis,
        List<Dimension> groupBy,
        String entity,
        boolean inGroupCurrency) {

    public ReportQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to is before from");
        }
        basis = basis == null ? Basis.PROVISIONAL : basis;
        groupBy = groupBy == null ? List.of() : List.copyOf(new LinkedHashSet<>(groupBy));
    }

    /** A provisional query in entity currency over every entity, grouped as given. */
    public static ReportQuery of(LocalDate from, LocalDate to, Instant asOf, Dimension... groupBy) {
        return new ReportQuery(from, to, asOf, Basis.PROVISIONAL, null, List.of(groupBy), null, false);
    }

    public ReportQuery withBasis(Basis newBasis) {
        return new ReportQuery(from, to, asOf, newBasis, revenueBasis, groupBy, entity, inGroupCurrency);
    }

    public ReportQuery withGroupBy(List<Dimension> dimensions) {
        return new ReportQuery(from, to, asOf, basis, revenueBasis, dimensions, entity, inGroupCurrency);
    }

    public ReportQuery withEntity(String entityId) {
        return new ReportQuery(from, to, asOf, basis, revenueBasis, groupBy, entityId, inGroupCurrency);
    }

    public ReportQuery withRevenueBasis(TmRevenue newRevenueBasis) {
        return new ReportQuery(from, to, asOf, basis, newRevenueBasis, groupBy, entity, inGroupCurrency);
    }

    public ReportQuery withGroupCurrency() {
        return new ReportQuery(from, to, asOf, basis, revenueBasis, groupBy, entity, true);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Whether a record of {@code entityId} is selected by the entity filter. */
    public boolean selects(String entityId) {
        return entity == null || entity.equals(entityId);
    }

    public boolean groupsBy(Dimension dimension) {
        return groupBy.contains(dimension);
    }
}
