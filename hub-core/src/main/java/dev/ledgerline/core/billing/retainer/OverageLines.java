package dev.ledgerline.core.billing.retainer;

import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.billing.LineReason;
import dev.ledgerline.core.billing.LineSource;
import dev.ledgerline.core.billing.ProblemCode;
import dev.ledgerline.core.billing.correction.PeriodicDelta;
import dev.ledgerline.core.billing.draft.BillingDrafts;
import dev.ledgerline.core.billing.draft.DraftLine;
import dev.ledgerline.core.billing.draft.DraftLineBuilder;
import dev.ledgerline.core.billing.draft.Section;
import dev.ledgerline.core.billing.draft.SortKey;
import dev.ledgerline.core.billing.state.BillingHistory;
import dev.ledgerline.core.billing.state.PeriodicPosition;
import dev.ledgerline.core.billing.state.RunContext;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Overage lines: per entry and month, the overage hours (rounded to 2 decimals) at the month's
 * {@code overageRate}, else at the entry's contract rate, billed by the first run on or after the month
 * end and corrected by difference afterwards.
 */
final class OverageLines {

    private OverageLines() {}

    private record Due(
            RecordKey entry, long version, YearMonth month, BigDecimal hours, RetainerBalance.EntryOutcome outcome) {}

    static void bill(RunContext ctx, RetainerBalance balance, BillingDrafts out) {
        Map<String, Due> due = new TreeMap<>();
        for (RetainerBalance.EntryOutcome o : balance.outcomes()) {
            YearMonth month = o.entry().month();
            if (o.hasOverage() && !ctx.runDate().isBefore(month.atEndOfMonth())) {
                due.put(
                        BillingHistory.overageKey(o.entry().key(), month.toString()),
                        new Due(
                                o.entry().key(),
                                o.entry().version(),
                                month,
                                OveragePrice.billedHours(o.overageHours()),
                                o));
            }
        }
        ctx.history().periodicStartingWith("overage:").forEach((key, position) -> {
            if (!due.containsKey(key)) {
                String rest = key.substring("overage:".length());
                YearMonth month = YearMonth.parse(rest.substring(0, 7));
                RecordKey entry = RecordKey.parse(rest.substring(8));
                long version = ctx.entries().latest(entry).map(v -> v.version()).orElse(0L);
                due.put(key, new Due(entry, version, month, BigDecimal.ZERO, null));
            }
        });
        due.forEach((key, d) -> line(ctx, key, d, out));
    }

    private static void line(RunContext ctx, String key, Due d, BillingDrafts out) {
        var billed = ctx.history().periodic(key);
        PeriodicDelta delta = PeriodicDelta.of(billed, d.hours(), PeriodicPosition::hours, out);
        String label = "Overage " + Months.label(d.month()) + ": "
                + (d.outcome() == null || d.outcome().entry().description() == null
                        ? d.entry().externalId()
                        : d.outcome().entry().date() + " " + d.outcome().entry().description());
        SortKey sort = SortKey.of(
                Section.OVERAGE,
                d.month().atDay(1),
                (d.outcome() == null ? "" : d.outcome().entry().date()) + "|"
                        + d.entry().externalId());
        DraftLineBuilder b;
        BigDecimal hours;
        switch (delta) {
            case PeriodicDelta.BillNew n -> {
                hours = n.due();
                BigDecimal price = price(ctx, d);
                if (price == null) {
                    out.problem(
                            ProblemCode.NO_RATE,
                            d.entry().toString(),
                            "overage without overageRate needs the entry's rate");
                    return;
                }
                b = DraftLineBuilder.line(ctx.contractRef(), LineKind.OVERAGE, key + "@" + d.version())
                        .invoice(ctx.runDate())
                        .description(label)
                        .priced(n.due(), price);
            }
            case PeriodicDelta.Extra x -> {
                hours = x.delta();
                b = DraftLineBuilder.line(
                                ctx.contractRef(), LineKind.OVERAGE, key + "@" + d.version() + ":extra:" + x.delta())
                        .invoice(ctx.runDate())
                        .description(label + " (change)")
                        .priced(x.delta(), x.billed().originalLine().unitPrice())
                        .taxedLike(x.billed().originalLine())
                        .refersTo(
                                x.billed().originalLine().lineId(),
                                x.billed().originalProposal().id())
                        .reason(LineReason.OVERAGE_CHANGED.name());
            }
            case PeriodicDelta.Credit c -> {
                BigDecimal full = Rounding.cents(
                        c.delta().multiply(c.billed().originalLine().unitPrice()));
                BigDecimal credited = full.min(c.billed().amount());
                if (credited.signum() <= 0) {
                    return;
                }
                hours = c.delta();
                b = DraftLineBuilder.line(
                                ctx.contractRef(), LineKind.OVERAGE, key + "@" + d.version() + ":credit:" + c.delta())
                        .creditNote(ctx.runDate())
                        .description("Credit: " + label)
                        .taxedLike(c.billed().originalLine())
                        .refersTo(
                                c.billed().originalLine().lineId(),
                                c.billed().originalProposal().id())
                        .reason(LineReason.OVERAGE_CHANGED.name());
                if (credited.compareTo(full) < 0) {
                    b.lumpSum(credited);
                } else {
                    b.priced(c.delta(), c.billed().originalLine().unitPrice());
                }
            }
            case PeriodicDelta.Nothing n -> {
                return;
            }
        }
        b.project(project(ctx, d))
                .serviceType("time")
                .item(d.month().toString())
                .sort(sort);
        DraftLine built = b.build();
        BigDecimal recorded = d.outcome() == null ? null : d.outcome().entry().recordedHours();
        out.add(b.sources(List.of(new LineSource(d.entry(), d.version(), recorded, hours, built.amount())))
                .build());
    }

    private static BigDecimal price(RunContext ctx, Due d) {
        return OveragePrice.of(
                ctx.contract(),
                d.month(),
                d.outcome() == null ? null : d.outcome().entry());
    }

    private static Ref project(RunContext ctx, Due d) {
        if (d.outcome() != null) {
            return d.outcome().entry().project();
        }
        return ctx.history()
                .periodic(BillingHistory.overageKey(d.entry(), d.month().toString()))
                .map(p -> p.originalLine().project())
                .orElse(null);
    }
}
