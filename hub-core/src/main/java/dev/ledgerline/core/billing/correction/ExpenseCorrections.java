package dev.ledgerline.core.billing.correction;

import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.billing.LineReason;
import dev.ledgerline.core.billing.LineSource;
import dev.ledgerline.core.billing.ProposalAction;
import dev.ledgerline.core.billing.draft.BillingDrafts;
import dev.ledgerline.core.billing.draft.DraftLine;
import dev.ledgerline.core.billing.draft.DraftLineBuilder;
import dev.ledgerline.core.billing.draft.Section;
import dev.ledgerline.core.billing.expense.ExpenseLines;
import dev.ledgerline.core.billing.expense.PassThrough;
import dev.ledgerline.core.billing.state.RunContext;
import dev.ledgerline.core.billing.state.SourcePosition;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Corrections of billed expenses and vendor bills, by the difference of their lines: a higher cost or
 * markup gives extra lines, a lower one (or a rejected, deleted or no longer billable record) credit
 * lines, never taking back more than the record was billed after cap and other adjustments. A record
 * moved to another project is credited and billed anew.
 */
public final class ExpenseCorrections {

    /** Credits, extras, records billed anew and records the run must not bill as new. */
    public record Result(
            List<DraftLine> credits, List<DraftLine> extras, List<PassThrough> rebills, Set<RecordKey> handled) {}

    private ExpenseCorrections() {}

    public static Result apply(RunContext ctx, BillingDrafts out) {
        List<DraftLine> credits = new ArrayList<>();
        List<DraftLine> extras = new ArrayList<>();
        List<PassThrough> rebills = new ArrayList<>();
        Set<RecordKey> handled = new HashSet<>();
        for (SourcePosition position : ctx.history().positions()) {
            RecordType type = position.ref().type();
            if ((type != RecordType.EXPENSE && type != RecordType.VENDOR_BILL) || position.originalLine() == null) {
                continue;
            }
            Optional<? extends RecordVersion<?>> held = type == RecordType.EXPENSE
                    ? ctx.expenses().latest(position.ref())
                    : ctx.vendorBills().latest(position.ref());
            boolean changed = held.isPresent() && held.get().version() != position.billedVersion();
            if (held.isEmpty() || !position.allPosted()) {
                handled.add(position.ref());
                if (changed) {
                    position.approvedUndelivered()
                            .forEach(p ->
                                    out.action(new ProposalAction.ReturnToProposed(p.id(), List.of(position.ref()))));
                }
                continue;
            }
            if (position.grossAmount().signum() == 0 && position.markupAmount().signum() == 0) {
                continue; // fully credited: billed anew like any new record
            }
            handled.add(position.ref());
            if (!changed) {
                continue;
            }
            PassThrough now = PassThrough.of(ctx, held.get());
            correct(ctx, position, now, out, credits, extras, rebills);
        }
        return new Result(credits, extras, rebills, handled);
    }

    private static void correct(
            RunContext ctx,
            SourcePosition position,
            PassThrough now,
            BillingDrafts out,
            List<DraftLine> credits,
            List<DraftLine> extras,
            List<PassThrough> rebills) {
        if (now.deleted()) {
            creditAll(ctx, position, now, LineReason.DELETED, credits);
            return;
        }
        if (!now.onContract(ctx)) {
            creditAll(ctx, position, now, LineReason.PROJECT_CHANGED, credits);
            return;
        }
        if (now.reason().isPresent()) {
            switch (now.reason().get()) {
                case REJECTED -> creditAll(ctx, position, now, LineReason.REJECTED, credits);
                case PROJECT_NOT_BILLABLE, OUTSIDE_CONTRACT_PERIOD ->
                    creditAll(ctx, position, now, LineReason.NO_LONGER_BILLABLE, credits);
                case NOT_APPROVED, PROJECT_CLOSED -> {}
            }
            return;
        }
        if (position.project() != null && !position.project().equals(now.project())) {
            if (creditAll(ctx, position, now, LineReason.PROJECT_CHANGED, credits)) {
                rebills.add(now);
            }
            return;
        }
        Optional<BigDecimal> cost = ExpenseLines.costOf(ctx, now, out);
        if (cost.isEmpty()) {
            return;
        }
        BigDecimal markup = ExpenseLines.markupOf(now, cost.get());
        BigDecimal costDelta = cost.get().subtract(position.grossAmount());
        BigDecimal markupDelta = markup.subtract(position.markupAmount());
        BigDecimal cap = position.netAmount();
        if (costDelta.signum() < 0) {
            DraftLine c = credit(
                    ctx,
                    position,
                    now,
                    position.originalLine().kind(),
                    costDelta.negate(),
                    cap,
                    LineReason.AMOUNT_CHANGED);
            if (c != null) {
                credits.add(c);
                cap = cap.subtract(c.amount());
            }
        } else if (costDelta.signum() > 0) {
            extras.add(extra(ctx, position, now, position.originalLine().kind(), costDelta, 0));
        }
        if (markupDelta.signum() < 0) {
            DraftLine c =
                    credit(ctx, position, now, LineKind.MARKUP, markupDelta.negate(), cap, LineReason.AMOUNT_CHANGED);
            if (c != null) {
                credits.add(c);
            }
        } else if (markupDelta.signum() > 0) {
            extras.add(extra(ctx, position, now, LineKind.MARKUP, markupDelta, 1));
        }
    }

    /** Credits cost and markup; returns whether anything was credited. */
    private static boolean creditAll(
            RunContext ctx, SourcePosition position, PassThrough now, LineReason reason, List<DraftLine> credits) {
        BigDecimal cap = position.netAmount();
        DraftLine cost =
                credit(ctx, position, now, position.originalLine().kind(), position.grossAmount(), cap, reason);
        if (cost != null) {
            credits.add(cost);
            cap = cap.subtract(cost.amount());
        }
        DraftLine markup = position.markupAmount().signum() > 0
                ? credit(ctx, position, now, LineKind.MARKUP, position.markupAmount(), cap, reason)
                : null;
        if (markup != null) {
            credits.add(markup);
        }
        return cost != null || markup != null;
    }

    private static DraftLine credit(
            RunContext ctx,
            SourcePosition position,
            PassThrough now,
            LineKind kind,
            BigDecimal full,
            BigDecimal cap,
            LineReason reason) {
        if (kind == LineKind.MARKUP && position.originalMarkupLine() == null) {
            return null;
        }
        return CorrectionLines.credit(
                ctx,
                position,
                now.version(),
                kind,
                null,
                full,
                cap,
                reason,
                now.date(),
                now.key().externalId() + "|" + now.key(),
                Section.EXPENSE,
                kind == LineKind.MARKUP ? 1 : 0);
    }

    private static DraftLine extra(
            RunContext ctx, SourcePosition position, PassThrough now, LineKind kind, BigDecimal delta, int sub) {
        var original = kind == LineKind.MARKUP && position.originalMarkupLine() != null
                ? position.originalMarkupLine()
                : position.originalLine();
        return DraftLineBuilder.line(
                        ctx.contractRef(), kind, "extra:" + original.lineId() + ":" + now.key() + "@" + now.version())
                .invoice(ctx.runDate())
                .project(original.project())
                .description("Additional amount: " + original.description())
                .lumpSum(delta)
                .serviceType("expense")
                .taxedLike(original)
                .refersTo(original.lineId(), position.originalProposal().id())
                .item(now.month().toString())
                .reason(LineReason.AMOUNT_CHANGED.name())
                .sources(List.of(LineSource.of(now.key(), now.version(), delta)))
                .sort(ExpenseLines.sort(now, sub))
                .build();
    }
}
