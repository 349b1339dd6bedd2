package dev.ledgerline.core.billing.subscription;

import dev.ledgerline.core.canonical.Subscription;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One calendar period of a subscription ({@code start}–{@code end}) and the days of it the
 * subscription covers ({@code coverFrom}–{@code coverTo}), with the period's amount.
 */
public record SubscriptionPeriod(
        Subscription.Period kind,
        LocalDate start,
        LocalDate end,
        LocalDate coverFrom,
        LocalDate coverTo,
        BigDecimal amount) {

    public SubscriptionPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(amount, "amount");
    }

    /** The calendar period of {@code kind} that contains {@code date}. */
    public static LocalDate[] bounds(Subscription.Period kind, LocalDate date) {
        return switch (kind) {
            case MONTH ->
                new LocalDate[] {date.withDayOfMonth(1), YearMonth.from(date).atEndOfMonth()};
            case QUARTER -> {
                int firstMonth = (date.getMonthValue() - 1) / 3 * 3 + 1;
                LocalDate from = LocalDate.of(date.getYear(), firstMonth, 1);
                yield new LocalDate[] {from, from.plusMonths(3).minusDays(1)};
            }
            case YEAR -> new LocalDate[] {LocalDate.of(date.getYear(), 1, 1), LocalDate.of(date.getYear(), 12, 31)};
        };
    }

    public int daysInPeriod() {
        return (int) ChronoUnit.DAYS.between(start, end) + 1;
    }

    public boolean covers(LocalDate day) {
        return coverFrom != null && !day.isBefore(coverFrom) && !day.isAfter(coverTo);
    }

    public int coveredDays() {
        return coverFrom == null ? 0 : (int) ChronoUnit.DAYS.between(coverFrom, coverTo) + 1;
    }

    public boolean isFull() {
        return coveredDays() == daysInPeriod();
    }

    /** {@code round(amount × days / days in the period)}; the amount itself for the whole period. */
    public BigDecimal amountFor(long days) {
        if (days == daysInPeriod()) {
            return amount;
        }
        return Rounding.cents(amount.multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(daysInPeriod()), Rounding.DIVISION));
    }

    /** What the period invoices: the amount, or the covered days' share of it. */
    public BigDecimal due() {
        return amountFor(coveredDays());
    }

    /** {@code recognisedToDate} of the period on {@code date}: {@code round(amount × elapsed covered days / days in period)}. */
    public BigDecimal recognisedOn(LocalDate date) {
        if (coverFrom == null || date.isBefore(coverFrom)) {
            return BigDecimal.ZERO;
        }
        LocalDate last = date.isAfter(coverTo) ? coverTo : date;
        return amountFor(ChronoUnit.DAYS.between(coverFrom, last) + 1);
    }

    public String label() {
        return switch (kind) {
            case MONTH -> dev.ledgerline.core.billing.retainer.Months.label(YearMonth.from(start));
            case QUARTER -> "Q" + ((start.getMonthValue() - 1) / 3 + 1) + " " + start.getYear();
            case YEAR -> String.valueOf(start.getYear());
        };
    }
}
