package dev.ledgerline.core.metrics;

import dev.ledgerline.core.canonical.Invoice;
import dev.ledgerline.core.canonical.Invoice.Line;
import dev.ledgerline.core.canonical.Invoice.PaymentApplied;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.Ref;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds pulled-back Odoo invoices and credit notes for tests; untaxed unless said otherwise. */
public final class SampleInvoice {

    private final String number;
    private final Invoice.MoveType moveType;
    private String state = "posted";
    private String entity = "us";
    private String currency = "USD";
    private Ref customer = new Ref("crm", "C-1");
    private Ref contract;
    private Ref project;
    private LocalDate date;
    private LocalDate due;
    private Instant postedAt;
    private BigDecimal untaxed = BigDecimal.ZERO;
    private BigDecimal tax = BigDecimal.ZERO;
    private BigDecimal total;
    private String reverses;
    private String hubRef;
    private final List<Line> lines = new ArrayList<>();
    private final List<PaymentApplied> payments = new ArrayList<>();

    private SampleInvoice(String number, Invoice.MoveType moveType) {
        this.number = number;
        this.moveType = moveType;
    }

    public static SampleInvoice invoice(String number, String date, String total) {
        SampleInvoice s = new SampleInvoice(number, Invoice.MoveType.OUT_INVOICE);
        s.date = LocalDate.parse(date);
        s.due = s.date.plusDays(30);
        s.total = new BigDecimal(total);
        s.untaxed = s.total;
        return s;
    }

    public static SampleInvoice creditNote(String number, String date, String total) {
        SampleInvoice s = invoice(number, date, total);
        return s.asCreditNote();
    }

    private SampleInvoice asCreditNote() {
        SampleInvoice s = new SampleInvoice(number, Invoice.MoveType.OUT_REFUND);
        s.date = date;
        s.due = date;
        s.total = total;
        s.untaxed = untaxed;
        return s;
    }

    public SampleInvoice due(String iso) {
        this.due = LocalDate.parse(iso);
        return this;
    }

    public SampleInvoice entity(String entityId, String currencyCode) {
        this.entity = entityId;
        this.currency = currencyCode;
        return this;
    }

    public SampleInvoice state(String newState) {
        this.state = newState;
        return this;
    }

    public SampleInvoice reverses(String invoiceNumber) {
        this.reverses = invoiceNumber;
        return this;
    }

    public SampleInvoice customer(Ref ref) {
        this.customer = ref;
        return this;
    }

    public SampleInvoice contract(Ref ref) {
        this.contract = ref;
        return this;
    }

    public SampleInvoice project(Ref ref) {
        this.project = ref;
        return this;
    }

    public SampleInvoice hubRef(String ref) {
        this.hubRef = ref;
        return this;
    }

    public SampleInvoice postedAt(String instant) {
        this.postedAt = Instant.parse(instant);
        return this;
    }

    /** Tax on top of the untaxed amount given as total so far. */
    public SampleInvoice tax(String amount) {
        this.tax = new BigDecimal(amount);
        this.total = untaxed.add(tax);
        return this;
    }

    public SampleInvoice paid(String amount, String date) {
        return paidBy("PAY-" + (payments.size() + 1), amount, date);
    }

    /** A payment entry naming {@code payment}: a payment id or the number of a reconciled credit note. */
    public SampleInvoice paidBy(String payment, String amount, String date) {
        payments.add(new PaymentApplied(payment, LocalDate.parse(date), new BigDecimal(amount), currency));
        return this;
    }

    public SampleInvoice line(
            int no, String kind, String quantity, String unitPrice, String amount, String... entries) {
        return line(no, kind, quantity, unitPrice, amount, null, null, entries);
    }

    public SampleInvoice line(
            int no,
            String kind,
            String quantity,
            String unitPrice,
            String amount,
            Integer adjustsLine,
            Integer reversesLine,
            String... entries) {
        List<RecordKey> keys = Arrays.stream(entries).map(SampleFirm::entryKey).toList();
        lines.add(new Line(
                no,
                kind,
                new BigDecimal(quantity),
                new BigDecimal(unitPrice),
                new BigDecimal(amount),
                BigDecimal.ZERO,
                keys,
                adjustsLine,
                reversesLine));
        return this;
    }

    /** An expense line billing one expense of source {@code exp}. */
    public SampleInvoice expenseLine(int no, String amount, String expenseId) {
        lines.add(new Line(
                no,
                "expense",
                BigDecimal.ONE,
                new BigDecimal(amount),
                new BigDecimal(amount),
                BigDecimal.ZERO,
                List.of(new RecordKey("exp", RecordType.EXPENSE, expenseId)),
                null,
                null));
        return this;
    }

    /** Sets the untaxed amount and total to the sum of the lines (plus tax). */
    public SampleInvoice totalFromLines() {
        untaxed = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        total = untaxed.add(tax);
        return this;
    }

    public Invoice build() {
        BigDecimal paid = payments.stream().map(PaymentApplied::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Instant posted = postedAt != null ? postedAt : date.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
        return new Invoice(
                number,
                moveType,
                state,
                null,
                hubRef,
                reverses,
                entity,
                customer,
                contract,
                project,
                date,
                due,
                "posted".equals(state) ? posted : null,
                currency,
                untaxed,
                tax,
                total,
                total.subtract(paid),
                lines,
                payments);
    }
}
