package dev.ledgerline.core.cost;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.metrics.Basis;
import dev.ledgerline.core.metrics.DateRange;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.metrics.ReportCurrency;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The labour cost of one approved entry: its share of its employee × project × month cost cell, pro
 * rata to recorded hours, unrounded (the figure that uses it rounds). Cells on either basis, for
 * work dated on or before a date.
 */
public final class EntryCost {

    private record CellKey(Ref employee, Ref project, YearMonth month) {}

    private final Map<RecordKey, BigDecimal> costs = new HashMap<>();

    public EntryCost(HeldRecords held, FirmSettings settings, Basis basis, ReportCurrency currency, LocalDate through) {
        DateRange range = DateRange.upTo(through);
        Map<CellKey, CostCell> cells = new HashMap<>();
        for (CostCell cell : new CostCalculator(held, settings)
                .labour(range, basis, currency)
                .cells()) {
            cells.put(new CellKey(cell.employee(), cell.project(), cell.month()), cell);
        }
        for (RecordVersion<TimeEntry> v : new ApprovedTime(held).in(range)) {
            TimeEntry e = v.data();
            CostCell cell = cells.get(new CellKey(e.employee(), e.project(), YearMonth.from(e.date())));
            if (cell != null && cell.hours().signum() > 0) {
                costs.put(v.key(), cell.amount().multiply(e.hours()).divide(cell.hours(), Rounding.DIVISION));
            }
        }
    }

    /** The entry's cost in the currency of its project's entity; empty when it is not approved or has no cell. */
    public Optional<BigDecimal> of(RecordKey entry) {
        return Optional.ofNullable(costs.get(entry));
    }
}
