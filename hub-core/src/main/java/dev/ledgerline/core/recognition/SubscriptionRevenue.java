package dev.ledgerline.core.recognition;

import dev.ledgerline.core.billing.subscription.SubscriptionPeriod;
import dev.ledgerline.core.billing.subscription.SubscriptionSchedule;
import dev.ledgerline.core.canonical.Contract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Subscription revenue (domain.md "Subscription"): per period {@code round(amount × elapsed days /
 * days in the period)} over the days the subscription covers, so a period sums exactly to what it
 * invoices; a month's revenue is the difference of recognised to date at its end and at the previous
 * month end. Billing ahead of it is deferred revenue.
 */
public final class SubscriptionRevenue {

    /** The subscription on a date. */
    public record Position(
            LocalDate date,
            BigDecimal recognisedToDate,
            BigDecimal billedToDate,
            BigDecimal deferredRevenue,
            BigDecimal accruedRevenue) {}

    private SubscriptionRevenue() {}

    public static BigDecimal recognisedToDate(Contract contract, LocalDate date) {
        List<SubscriptionPeriod> periods = SubscriptionSchedule.periods(contract, date);
        return periods.stream().map(p -> p.recognisedOn(date)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static BigDecimal revenueOf(Contract contract, YearMonth month) {
        return recognisedToDate(contract, month.atEndOfMonth())
                .subtract(recognisedToDate(contract, month.minusMonths(1).atEndOfMonth()));
    }

    /** @param billed the contract's invoices and credit notes; their subscription lines count */
    public static Position position(Contract contract, LocalDate date, List<BilledDocument> billed) {
        BigDecimal recognised = recognisedToDate(contract, date);
        BigDecimal billedToDate = BilledDocument.periodicTo(billed, date);
        return new Position(
                date,
                recognised,
                billedToDate,
                billedToDate.subtract(recognised).max(BigDecimal.ZERO),
                recognised.subtract(billedToDate).max(BigDecimal.ZERO));
    }
}
