package dev.ledgerline.core.billing.expense;

import dev.ledgerline.core.billability.BillabilityReason;
import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.billing.state.RunContext;
import dev.ledgerline.core.canonical.Expense;
import dev.ledgerline.core.canonical.ExpensePolicy;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.VendorBill;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * An expense or a vendor bill as billing sees it: cost billed through to the client, with its
 * billability and markup. An expense is billable when approved (or reimbursed), a vendor bill when
 * approved, and either when its own flag (else the contract's expense policy in force on its date,
 * else false) says so, on a billable client project of the contract that is not closed, dated within
 * the contract period. The reasons and their order are those of time entries (docs/adr/0105).
 */
public record PassThrough(
        RecordKey key,
        long version,
        boolean deleted,
        LineKind kind,
        LocalDate date,
        Ref project,
        BigDecimal amount,
        String currency,
        String label,
        Optional<BillabilityReason> reason,
        BigDecimal markupPercent) {

    public static PassThrough of(RunContext ctx, RecordVersion<?> version) {
        return switch (version.data()) {
            case Expense e -> expense(ctx, version, e);
            case VendorBill b -> vendorBill(ctx, version, b);
            default -> throw new IllegalArgumentException("not an expense or vendor bill: " + version.key());
        };
    }

    public YearMonth month() {
        return YearMonth.from(date);
    }

    public boolean isBillable() {
        return reason.isEmpty();
    }

    /** Whether the record's project belongs to the contract being billed (else another contract bills it). */
    public boolean onContract(RunContext ctx) {
        return ctx.isOwnProject(project);
    }

    private static PassThrough expense(RunContext ctx, RecordVersion<?> v, Expense e) {
        ExpensePolicy policy = ctx.contract().termsOn(e.date()).expensePolicy();
        Optional<BillabilityReason> reason = switch (e.status()) {
            case REJECTED -> Optional.of(BillabilityReason.REJECTED);
            case SUBMITTED -> Optional.of(BillabilityReason.NOT_APPROVED);
            case APPROVED, REIMBURSED -> projectReason(ctx, e.project(), e.date(), flag(e.billable(), policy));
        };
        String label = firstNonBlank(e.category(), e.vendor(), "Expense");
        String text = e.description() == null || e.description().isBlank() ? label : label + ": " + e.description();
        return new PassThrough(
                v.key(),
                v.version(),
                v.deleted(),
                LineKind.EXPENSE,
                e.date(),
                e.project(),
                e.amount(),
                e.currency(),
                e.date() + " " + text,
                reason,
                policy == null ? null : policy.markupPercent());
    }

    private static PassThrough vendorBill(RunContext ctx, RecordVersion<?> v, VendorBill b) {
        ExpensePolicy policy = ctx.contract().termsOn(b.date()).expensePolicy();
        Optional<BillabilityReason> reason = switch (b.status()) {
            case REJECTED -> Optional.of(BillabilityReason.REJECTED);
            case DRAFT, SUBMITTED -> Optional.of(BillabilityReason.NOT_APPROVED);
            case APPROVED -> projectReason(ctx, b.project(), b.date(), flag(b.billable(), policy));
        };
        BigDecimal markup =
                b.markupPercent() != null ? b.markupPercent() : policy == null ? null : policy.markupPercent();
        String text = b.vendor() + (b.description() == null || b.description().isBlank() ? "" : ": " + b.description());
        return new PassThrough(
                v.key(),
                v.version(),
                v.deleted(),
                LineKind.VENDOR_BILL,
                b.date(),
                b.project(),
                b.amount(),
                b.currency(),
                b.date() + " " + text,
                reason,
                markup);
    }

    private static boolean flag(Boolean own, ExpensePolicy policy) {
        if (own != null) {
            return own;
        }
        return policy != null && policy.billable();
    }

    private static Optional<BillabilityReason> projectReason(
            RunContext ctx, Ref projectRef, LocalDate date, boolean flag) {
        Optional<Project> project = ctx.project(projectRef);
        if (!flag
                || project.isEmpty()
                || !project.get().isClient()
                || !project.get().billable()) {
            return Optional.of(BillabilityReason.PROJECT_NOT_BILLABLE);
        }
        if (project.get().isClosed()) {
            return Optional.of(BillabilityReason.PROJECT_CLOSED);
        }
        if (!ctx.terms().covers(date)) {
            return Optional.of(BillabilityReason.OUTSIDE_CONTRACT_PERIOD);
        }
        return Optional.empty();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
