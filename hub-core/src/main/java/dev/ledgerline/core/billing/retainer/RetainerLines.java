package dev.ledgerline.core.billing.retainer;

import dev.ledgerline.core.billability.ClassifiedEntry;
import dev.ledgerline.core.billing.Exclusion;
import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.billing.ProblemCode;
import dev.ledgerline.core.billing.correction.PeriodicDelta;
import dev.ledgerline.core.billing.draft.BillingDrafts;
import dev.ledgerline.core.billing.draft.Section;
import dev.ledgerline.core.billing.draft.SortKey;
import dev.ledgerline.core.billing.state.BillingHistory;
import dev.ledgerline.core.billing.state.RunContext;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Retainer;
import dev.ledgerline.core.canonical.TimeEntry;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lines of a retainer contract in a run: each month's amount by the first run on or after its
 * first day (or its {@code invoiceDay}, never before the contract start), and each entry's overage of a
 * month by the first run on or after that month's end, at {@code overageRate} per hour, else at the
 * entry's contract rate. Overage is billed per entry on the invoice of the entry's project and
 * corrected by difference when a later approval or change moves it (docs/adr/0106).
 */
public final class RetainerLines {

    private RetainerLines() {}

    public static void bill(RunContext ctx, BillingDrafts out) {
        if (ctx.terms().retainer() == null || ctx.terms().startDate() == null) {
            out.problem(
                    ProblemCode.MISSING_TERMS,
                    ctx.contractKey().toString(),
                    "a retainer needs retainer terms and a startDate");
            return;
        }
        RetainerBalance balance;
        try {
            balance = RetainerBalance.simulate(ctx.contract(), entries(ctx, out), YearMonth.from(ctx.runDate()));
        } catch (IllegalArgumentException e) {
            out.problem(ProblemCode.MISSING_TERMS, ctx.contractKey().toString(), e.getMessage());
            return;
        }
        for (RetainerMonth month : balance.months()) {
            if (!ctx.runDate().isBefore(threshold(ctx, month))) {
                fee(ctx, month, out);
            }
        }
        overage(ctx, balance, out);
    }

    /** The approved billable entries of the contract dated on or before the run date, as the balance draws them. */
    public static List<RetainerEntry> entries(RunContext ctx, BillingDrafts out) {
        boolean hoursMode = ctx.terms().retainer().mode() == Retainer.Mode.HOURS;
        List<RetainerEntry> entries = new ArrayList<>();
        for (RecordVersion<TimeEntry> v : ctx.entries().live()) {
            if (v.data().date().isAfter(ctx.runDate())) {
                continue;
            }
            Optional<ClassifiedEntry> classified = ctx.classify(v);
            if (classified.isEmpty()) {
                continue;
            }
            ClassifiedEntry e = classified.get();
            boolean usable = e.isBillable() || (hoursMode && e.reason().isEmpty());
            if (usable) {
                entries.add(toRetainerEntry(ctx, e));
            } else if (ctx.reportsExclusion(e.entry().date(), e.billability().code())) {
                out.exclude(
                        new Exclusion(e.key(), e.billability().code()),
                        e.entry().project());
                if (e.reason().isEmpty()) {
                    out.problem(ProblemCode.NO_RATE, e.key().toString(), "no rate for an entry of an amount retainer");
                }
            }
        }
        return entries;
    }

    static RetainerEntry toRetainerEntry(RunContext ctx, ClassifiedEntry e) {
        YearMonth own = YearMonth.from(e.entry().date());
        YearMonth arrival = ctx.monthOf(ctx.approvalArrival(e.key()));
        return new RetainerEntry(
                e.key(),
                e.version(),
                e.entry().date(),
                arrival.isAfter(own) ? arrival : own,
                e.recordedHours(),
                e.billableHours(),
                e.contractValue().orElse(null),
                e.rate().map(r -> r.amount()).orElse(null),
                e.entry().project(),
                e.entry().description());
    }

    /** The first day a month's amount may be invoiced: its first covered day, or its invoice day if later. */
    public static LocalDate threshold(RunContext ctx, RetainerMonth month) {
        Integer invoiceDay = ctx.terms().invoiceDay();
        LocalDate day = invoiceDay == null
                ? month.month().atDay(1)
                : month.month().atDay(Math.min(invoiceDay, month.month().lengthOfMonth()));
        return day.isBefore(month.from()) ? month.from() : day;
    }

    private static void fee(RunContext ctx, RetainerMonth month, BillingDrafts out) {
        String key = BillingHistory.periodicKey(LineKind.RETAINER, month.month().toString());
        PeriodicDelta delta = PeriodicDelta.ofAmount(ctx.history().periodic(key), month.fee(), out);
        String label = "Retainer " + Months.label(month.month())
                + (month.isProRated()
                        ? " (" + month.days() + "/" + month.month().lengthOfMonth() + " days)"
                        : "")
                + (month.terms().mode() == Retainer.Mode.HOURS
                        ? ", " + month.balance().stripTrailingZeros().toPlainString() + " h included"
                        : "");
        PeriodicLines.add(
                ctx,
                out,
                delta,
                LineKind.RETAINER,
                key,
                label,
                month.month().toString(),
                "retainer",
                ctx.soleProject().orElse(null),
                SortKey.of(Section.PERIODIC, month.from(), "retainer"),
                ctx.runDate());
    }

    private static void overage(RunContext ctx, RetainerBalance balance, BillingDrafts out) {
        OverageLines.bill(ctx, balance, out);
    }
}
