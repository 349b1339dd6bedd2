package dev.ledgerline.core.billing.retainer;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.Ref;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;

/**
 * An approved billable entry as the retainer sees it. {@code drawMonth} is the month whose end it was
 * known by: its own month when the ledger received its approval by that month's end, else the month
 * the approval arrived (a late approval, docs/adr/0106). {@code value} (its contract value) and
 * {@code rate} are null when no rate is found; the hours mode needs neither to draw.
 */
public record RetainerEntry(
        RecordKey key,
        long version,
        LocalDate date,
        YearMonth drawMonth,
        BigDecimal recordedHours,
        BigDecimal billableHours,
        BigDecimal value,
        BigDecimal rate,
        Ref project,
        String description) {

    public static final Comparator<RetainerEntry> DRAW_ORDER = Comparator.comparing(RetainerEntry::date)
            .thenComparing(e -> e.key().externalId())
            .thenComparing(e -> e.key().toString());

    public RetainerEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(drawMonth, "drawMonth");
        Objects.requireNonNull(billableHours, "billableHours");
    }

    public YearMonth month() {
        return YearMonth.from(date);
    }

    public boolean isLate() {
        return drawMonth.isAfter(month());
    }
}
