package dev.ledgerline.core.cost;

import dev.ledgerline.core.canonical.Expense;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.VendorBill;
import dev.ledgerline.core.metrics.Attribution;
import dev.ledgerline.core.metrics.DateRange;
import dev.ledgerline.core.metrics.ReportCurrency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Expense and vendor-bill cost: approved (or reimbursed) expenses and approved vendor bills at
 * cost, billable or not, each converted at the rate of its date and rounded to the cent.
 */
public final class DirectCost {

    public enum Kind {
        EXPENSE,
        VENDOR_BILL
    }

    /** One expense or vendor bill as cost of its project. */
    public record Item(
            RecordKey key,
            Kind kind,
            Ref project,
            Ref employee,
            LocalDate date,
            String entity,
            String currency,
            BigDecimal amount) {}

    private final Attribution attribution;
    private final ReportCurrency currency;

    public DirectCost(Attribution attribution, ReportCurrency currency) {
        this.attribution = attribution;
        this.currency = currency;
    }

    /** The cost items dated in {@code range}, expenses then vendor bills, each in key order. */
    public List<Item> items(DateRange range) {
        List<Item> items = new ArrayList<>();
        for (RecordVersion<Expense> v : attribution.held().all(RecordType.EXPENSE, Expense.class)) {
            Expense e = v.data();
            if (e.isApproved() && range.contains(e.date())) {
                item(v.key(), Kind.EXPENSE, e.project(), e.employee(), e.date(), e.amount(), e.currency())
                        .ifPresent(items::add);
            }
        }
        for (RecordVersion<VendorBill> v : attribution.held().all(RecordType.VENDOR_BILL, VendorBill.class)) {
            VendorBill b = v.data();
            if (b.isApproved() && range.contains(b.date())) {
                item(v.key(), Kind.VENDOR_BILL, b.project(), null, b.date(), b.amount(), b.currency())
                        .ifPresent(items::add);
            }
        }
        return items;
    }

    private Optional<Item> item(
            RecordKey key, Kind kind, Ref project, Ref employee, LocalDate date, BigDecimal amount, String from) {
        return attribution
                .entityOf(project, employee, date)
                .map(entity -> new Item(
                        key,
                        kind,
                        project,
                        employee,
                        date,
                        entity,
                        currency.currencyOf(entity),
                        currency.cents(amount, from, entity, date)));
    }
}
