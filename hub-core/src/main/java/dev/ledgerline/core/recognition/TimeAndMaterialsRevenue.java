package dev.ledgerline.core.recognition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Time-and-materials revenue on both bases of domain.md, reportable side by side.
 *
 * <ul>
 *   <li>{@code as_billed}: the billed value of invoices dated in the period, a credit note reducing
 *       the revenue of its own date;
 *   <li>{@code as_performed}: approved billable time at contract value in the month of its entry
 *       date, finance adjustments in the month they were approved, cumulative recognised time fees
 *       kept within the not-to-exceed; billing nets against it as accrued (contract asset) or deferred
 *       revenue.
 * </ul>
 */
public final class TimeAndMaterialsRevenue {

    private TimeAndMaterialsRevenue() {}

    /** Position on a date under {@code as_performed}. */
    public record Performed(
            LocalDate date,
            BigDecimal recognisedToDate,
            BigDecimal billedToDate,
            BigDecimal accruedRevenue,
            BigDecimal deferredRevenue) {}

    /** Revenue as billed between {@code from} and {@code to}, both inclusive. */
    public static BigDecimal asBilled(List<BilledDocument> documents, LocalDate from, LocalDate to) {
        return BilledDocument.timeFees(documents, from, to);
    }

    public static BigDecimal asBilled(List<BilledDocument> documents, YearMonth month) {
        return asBilled(documents, month.atDay(1), month.atEndOfMonth());
    }

    /**
     * The as-performed position on {@code date}.
     *
     * @param notToExceed the contract's cap, or null
     * @param work approved billable entries and finance adjustments of time lines
     * @param billed the contract's invoices and credit notes
     */
    public static Performed asPerformed(
            BigDecimal notToExceed, List<PerformedWork> work, List<BilledDocument> billed, LocalDate date) {
        BigDecimal recognised = recognisedToDate(notToExceed, work, date);
        BigDecimal billedToDate = BilledDocument.timeFees(billed, null, date);
        return new Performed(
                date,
                recognised,
                billedToDate,
                recognised.subtract(billedToDate).max(BigDecimal.ZERO),
                billedToDate.subtract(recognised).max(BigDecimal.ZERO));
    }

    /** As-performed revenue of {@code month}: recognised to date at its end less at the previous month end. */
    public static BigDecimal asPerformed(BigDecimal notToExceed, List<PerformedWork> work, YearMonth month) {
        return recognisedToDate(notToExceed, work, month.atEndOfMonth())
                .subtract(
                        recognisedToDate(notToExceed, work, month.minusMonths(1).atEndOfMonth()));
    }

    static BigDecimal recognisedToDate(BigDecimal notToExceed, List<PerformedWork> work, LocalDate date) {
        BigDecimal total = work.stream()
                .filter(w -> !w.date().isAfter(date))
                .map(PerformedWork::value)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return Objects.isNull(notToExceed) ? total : total.min(notToExceed);
    }
}
