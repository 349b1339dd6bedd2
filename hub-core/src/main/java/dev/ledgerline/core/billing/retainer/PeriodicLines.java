package dev.ledgerline.core.billing.retainer;

import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.billing.LineReason;
import dev.ledgerline.core.billing.LineSource;
import dev.ledgerline.core.billing.correction.PeriodicDelta;
import dev.ledgerline.core.billing.draft.BillingDrafts;
import dev.ledgerline.core.billing.draft.DraftLineBuilder;
import dev.ledgerline.core.billing.draft.SortKey;
import dev.ledgerline.core.billing.state.RunContext;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.Ref;
import java.time.LocalDate;
import java.util.List;

/**
 * Turns a {@link PeriodicDelta} of a contract-level item (retainer month, subscription period,
 * milestone) into its line: the first invoice line, or an extra or credit line for a difference,
 * referring to the original. The contract record is the line's source.
 */
public final class PeriodicLines {

    private PeriodicLines() {}

    /**
     * @param key the item's history key, also the first line's identity
     * @param creditDate the date of a credit note for a difference (the run date, or a cancellation date)
     */
    public static void add(
            RunContext ctx,
            BillingDrafts out,
            PeriodicDelta delta,
            LineKind kind,
            String key,
            String label,
            String item,
            String serviceType,
            Ref project,
            SortKey sort,
            LocalDate creditDate) {
        add(
                ctx,
                out,
                delta,
                kind,
                key,
                label,
                item,
                serviceType,
                project,
                sort,
                creditDate,
                ctx.contractKey(),
                ctx.contractVersion().version());
    }

    /** As {@link #add(RunContext, BillingDrafts, PeriodicDelta, LineKind, String, String, String, String, Ref, SortKey, LocalDate)}, with the record the line bills as its source. */
    public static void add(
            RunContext ctx,
            BillingDrafts out,
            PeriodicDelta delta,
            LineKind kind,
            String key,
            String label,
            String item,
            String serviceType,
            Ref project,
            SortKey sort,
            LocalDate creditDate,
            RecordKey source,
            long sourceVersion) {
        DraftLineBuilder b;
        switch (delta) {
            case PeriodicDelta.BillNew n ->
                b = DraftLineBuilder.line(ctx.contractRef(), kind, key)
                        .invoice(ctx.runDate())
                        .description(label)
                        .lumpSum(n.due());
            case PeriodicDelta.Extra x ->
                b = DraftLineBuilder.line(
                                ctx.contractRef(),
                                kind,
                                key + ":extra:" + x.delta().toPlainString() + "@" + ctx.runDate())
                        .invoice(ctx.runDate())
                        .description(label + " (change)")
                        .lumpSum(x.delta())
                        .taxedLike(x.billed().originalLine())
                        .refersTo(
                                x.billed().originalLine().lineId(),
                                x.billed().originalProposal().id())
                        .reason(LineReason.PERIOD_CHANGED.name());
            case PeriodicDelta.Credit c ->
                b = DraftLineBuilder.line(
                                ctx.contractRef(),
                                kind,
                                key + ":credit:" + c.delta().toPlainString() + "@" + creditDate)
                        .creditNote(creditDate)
                        .description("Credit: " + label)
                        .lumpSum(c.delta())
                        .taxedLike(c.billed().originalLine())
                        .refersTo(
                                c.billed().originalLine().lineId(),
                                c.billed().originalProposal().id())
                        .reason(
                                kind == LineKind.SUBSCRIPTION
                                        ? LineReason.CANCELLED.name()
                                        : LineReason.PERIOD_CHANGED.name());
            case PeriodicDelta.Nothing n -> {
                return;
            }
        }
        b.project(project).serviceType(serviceType).item(item).sort(sort);
        DraftLineBuilder withSource =
                b.sources(List.of(LineSource.of(source, sourceVersion, b.build().amount())));
        out.add(withSource.build());
    }
}
