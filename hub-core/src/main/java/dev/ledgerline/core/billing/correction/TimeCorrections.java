package dev.ledgerline.core.billing.correction;

import dev.ledgerline.core.billability.Billability;
import dev.ledgerline.core.billability.ClassifiedEntry;
import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.billing.LineReason;
import dev.ledgerline.core.billing.ProposalAction;
import dev.ledgerline.core.billing.draft.BillingDrafts;
import dev.ledgerline.core.billing.draft.DraftLine;
import dev.ledgerline.core.billing.draft.Section;
import dev.ledgerline.core.billing.state.RunContext;
import dev.ledgerline.core.billing.state.SourcePosition;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Corrections of billed time entries (domain.md "Corrections after invoicing"):
 *
 * <ul>
 *   <li>hours changed: a credit or an extra line for |new billable hours − billed hours| at the
 *       original unit price;
 *   <li>rate or project changed, rejected, deleted or no longer billable: the billed hours are credited
 *       in full, and an entry still billable here is billed anew;
 *   <li>a credit never exceeds what the entry was billed after write-downs and not-to-exceed
 *       adjustments; a capped credit is one line of quantity 1.
 * </ul>
 *
 * <p>Only a new version of the entry triggers a correction (docs/adr/0104): a closed project, a
 * lowered cap or an amendment alone never take back posted work, unless {@code repriceInvoiced} and the
 * rate changed. An entry reopened to draft or submitted, or waiting for a rate, is left as billed until
 * it is approved or rejected again.
 */
public final class TimeCorrections {

    private TimeCorrections() {}

    public static Correction apply(RunContext ctx, BillingDrafts out) {
        List<DraftLine> credits = new ArrayList<>();
        List<DraftLine> extras = new ArrayList<>();
        List<ClassifiedEntry> rebills = new ArrayList<>();
        Set<RecordKey> handled = new HashSet<>();
        boolean reprice = ctx.terms().repriceInvoicedOrDefault();

        for (SourcePosition position : ctx.history().positions()) {
            if (position.ref().type() != RecordType.TIME_ENTRY || position.originalLine() == null) {
                continue;
            }
            Optional<RecordVersion<TimeEntry>> held = ctx.entries().latest(position.ref());
            if (held.isEmpty()) {
                handled.add(position.ref());
                continue;
            }
            RecordVersion<TimeEntry> current = held.get();
            boolean changed = current.version() != position.billedVersion();
            if (!position.approvedUndelivered().isEmpty()) {
                handled.add(position.ref());
                if (changed) {
                    position.approvedUndelivered()
                            .forEach(p ->
                                    out.action(new ProposalAction.ReturnToProposed(p.id(), List.of(position.ref()))));
                }
                continue;
            }
            if (position.awaitingPosting()) {
                handled.add(position.ref());
                continue;
            }
            if (position.billedHours().signum() == 0) {
                continue; // fully credited: billed anew like any new entry
            }
            handled.add(position.ref());
            Step step = decide(ctx, position, current, changed, reprice);
            step.apply(ctx, position, current, credits, extras, rebills);
        }
        return new Correction(credits, extras, rebills, handled);
    }

    /** What to do with one billed entry. */
    private sealed interface Step {
        void apply(
                RunContext ctx,
                SourcePosition position,
                RecordVersion<TimeEntry> current,
                List<DraftLine> credits,
                List<DraftLine> extras,
                List<ClassifiedEntry> rebills);
    }

    private record Keep() implements Step {
        @Override
        public void apply(
                RunContext ctx,
                SourcePosition p,
                RecordVersion<TimeEntry> c,
                List<DraftLine> credits,
                List<DraftLine> extras,
                List<ClassifiedEntry> rebills) {}
    }

    /** Credit every billed hour; bill {@code rebill} anew when present. */
    private record CreditAll(LineReason reason, ClassifiedEntry rebill) implements Step {
        @Override
        public void apply(
                RunContext ctx,
                SourcePosition p,
                RecordVersion<TimeEntry> c,
                List<DraftLine> credits,
                List<DraftLine> extras,
                List<ClassifiedEntry> rebills) {
            BigDecimal full =
                    Rounding.cents(p.billedHours().multiply(p.originalLine().unitPrice()));
            DraftLine credit = creditOf(ctx, p, c, p.billedHours(), full, reason);
            if (credit == null) {
                return; // billed at zero: it counts as invoiced and is never billed again
            }
            credits.add(credit);
            if (rebill != null) {
                rebills.add(rebill);
            }
        }
    }

    private record ChangeHours(ClassifiedEntry entry) implements Step {
        @Override
        public void apply(
                RunContext ctx,
                SourcePosition p,
                RecordVersion<TimeEntry> c,
                List<DraftLine> credits,
                List<DraftLine> extras,
                List<ClassifiedEntry> rebills) {
            BigDecimal delta = entry.billableHours().subtract(p.billedHours());
            if (delta.signum() > 0) {
                extras.add(CorrectionLines.extraHours(
                        ctx,
                        p,
                        c.version(),
                        entry.recordedHours(),
                        delta,
                        c.data().date(),
                        c.key().externalId()));
            } else if (delta.signum() < 0) {
                BigDecimal hours = delta.negate();
                BigDecimal full = Rounding.cents(hours.multiply(p.originalLine().unitPrice()));
                DraftLine credit = creditOf(ctx, p, c, hours, full, LineReason.HOURS_CHANGED);
                if (credit != null) {
                    credits.add(credit);
                }
            }
        }
    }

    private static DraftLine creditOf(
            RunContext ctx,
            SourcePosition p,
            RecordVersion<TimeEntry> c,
            BigDecimal hours,
            BigDecimal full,
            LineReason reason) {
        return CorrectionLines.credit(
                ctx,
                p,
                c.version(),
                LineKind.TIME,
                hours,
                full,
                p.netAmount(),
                reason,
                c.data().date(),
                c.key().externalId(),
                Section.TIME,
                0);
    }

    private static Step decide(
            RunContext ctx,
            SourcePosition position,
            RecordVersion<TimeEntry> current,
            boolean changed,
            boolean reprice) {
        if (current.deleted()) {
            return changed ? new CreditAll(LineReason.DELETED, null) : new Keep();
        }
        Optional<ClassifiedEntry> classified = ctx.classify(current);
        if (classified.isEmpty()) {
            return changed ? new CreditAll(LineReason.PROJECT_CHANGED, null) : new Keep();
        }
        ClassifiedEntry entry = classified.get();
        Billability billability = entry.billability();
        if (billability instanceof Billability.Excluded ex) {
            return switch (ex.reason()) {
                case REJECTED -> changed ? new CreditAll(LineReason.REJECTED, null) : new Keep();
                case NOT_APPROVED, PROJECT_CLOSED -> new Keep();
                case PROJECT_NOT_BILLABLE, OUTSIDE_CONTRACT_PERIOD ->
                    changed ? new CreditAll(LineReason.NO_LONGER_BILLABLE, null) : new Keep();
            };
        }
        if (billability instanceof Billability.AwaitingRate) {
            return new Keep();
        }
        if (!changed && !reprice) {
            return new Keep();
        }
        if (position.project() != null
                && !position.project().equals(current.data().project())) {
            return new CreditAll(LineReason.PROJECT_CHANGED, entry);
        }
        if (rateChanged(ctx, position, entry, reprice)) {
            return new CreditAll(LineReason.RATE_CHANGED, entry);
        }
        return new ChangeHours(entry);
    }

    /**
     * Whether the entry is now priced differently. With {@code repriceInvoiced} any difference from
     * the billed unit price counts. Without it only a difference the entry itself caused counts: the
     * billed version, priced under today's contract, would still give the billed price, so an
     * amendment alone never re-prices invoiced work.
     */
    private static boolean rateChanged(
            RunContext ctx, SourcePosition position, ClassifiedEntry entry, boolean reprice) {
        BigDecimal now = entry.rate().orElseThrow().amount();
        BigDecimal billed = position.originalLine().unitPrice();
        if (now.compareTo(billed) == 0) {
            return false;
        }
        if (reprice) {
            return true;
        }
        Optional<BigDecimal> billedVersionRateToday =
                ctx.entries().version(position.ref(), position.billedVersion()).flatMap(ctx::rateOf);
        return billedVersionRateToday.isPresent()
                && billedVersionRateToday.get().compareTo(now) != 0;
    }
}
