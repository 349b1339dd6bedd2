package dev.ledgerline.core.billing.expense;

import dev.ledgerline.core.billing.Exclusion;
import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.billing.LineSource;
import dev.ledgerline.core.billing.ProblemCode;
import dev.ledgerline.core.billing.draft.BillingDrafts;
import dev.ledgerline.core.billing.draft.DraftLine;
import dev.ledgerline.core.billing.draft.DraftLineBuilder;
import dev.ledgerline.core.billing.draft.Section;
import dev.ledgerline.core.billing.draft.SortKey;
import dev.ledgerline.core.billing.state.RunContext;
import dev.ledgerline.core.billing.state.SourcePosition;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.firm.MissingExchangeRateException;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lines of billable expenses and vendor bills: one at cost in contract currency, converted at the
 * rate of the record's date ({@code round(amount × rate(to) / rate(from))}), followed by a markup line
 * {@code round(cost line × markupPercent / 100)} when a markup applies.
 */
public final class ExpenseLines {

    /** Expenses and vendor bills in line order: date, then external id, then type. */
    public static final Comparator<PassThrough> LINE_ORDER = Comparator.comparing(PassThrough::date)
            .thenComparing(p -> p.key().externalId())
            .thenComparing(p -> p.key().toString());

    /** The lines of one billed record: its cost line and, when a markup applies, its markup line. */
    public record Billed(PassThrough item, DraftLine cost, DraftLine markup) {
        public List<DraftLine> lines() {
            return markup == null ? List.of(cost) : List.of(cost, markup);
        }
    }

    private ExpenseLines() {}

    /** The records this run bills anew, in line order; records not billable are recorded as exclusions. */
    public static List<PassThrough> toBill(
            RunContext ctx, Set<RecordKey> skip, List<PassThrough> rebills, BillingDrafts out) {
        List<PassThrough> billable = new ArrayList<>(rebills);
        Stream.concat(ctx.expenses().live().stream(), ctx.vendorBills().live().stream())
                .map(v -> (RecordVersion<?>) v)
                .filter(v -> !skip.contains(v.key()) && !isBilled(ctx, v.key()))
                .map(v -> PassThrough.of(ctx, v))
                .filter(p -> !p.date().isAfter(ctx.runDate()) && p.onContract(ctx))
                .forEach(p -> {
                    if (p.isBillable()) {
                        billable.add(p);
                    } else if (ctx.reportsExclusion(
                            p.date(), p.reason().orElseThrow().code())) {
                        out.exclude(
                                new Exclusion(p.key(), p.reason().orElseThrow().code()), p.project());
                    }
                });
        billable.sort(LINE_ORDER);
        return billable;
    }

    /** Whether earlier proposals hold an amount of the record. */
    public static boolean isBilled(RunContext ctx, RecordKey key) {
        Optional<SourcePosition> p = ctx.history().position(key);
        return p.isPresent()
                && (p.get().grossAmount().signum() != 0
                        || p.get().markupAmount().signum() != 0
                        || !p.get().allPosted());
    }

    /** The cost and markup lines of {@code items}; a record whose amount cannot be converted is a problem. */
    public static List<Billed> lines(RunContext ctx, List<PassThrough> items, BillingDrafts out) {
        List<Billed> billed = new ArrayList<>();
        for (PassThrough item : items) {
            costOf(ctx, item, out).ifPresent(cost -> {
                DraftLine costLine = costLine(ctx, item, cost);
                billed.add(new Billed(item, costLine, markupLine(ctx, item, costLine)));
            });
        }
        return billed;
    }

    /** The record's amount in contract currency at the rate of its date; empty (and a problem) without a rate. */
    public static Optional<BigDecimal> costOf(RunContext ctx, PassThrough item, BillingDrafts out) {
        try {
            return Optional.of(ctx.conversion()
                    .convert(item.amount(), item.currency(), ctx.contract().currency(), item.date()));
        } catch (MissingExchangeRateException e) {
            out.problem(ProblemCode.NO_EXCHANGE_RATE, item.key().toString(), e.getMessage());
            return Optional.empty();
        }
    }

    /** {@code round(cost × markupPercent / 100)}; zero without markup. */
    public static BigDecimal markupOf(PassThrough item, BigDecimal cost) {
        if (item.markupPercent() == null || item.markupPercent().signum() == 0) {
            return BigDecimal.ZERO;
        }
        return Rounding.cents(cost.multiply(item.markupPercent()).divide(BigDecimal.valueOf(100), Rounding.DIVISION));
    }

    static DraftLine costLine(RunContext ctx, PassThrough item, BigDecimal cost) {
        String prefix = item.kind() == LineKind.EXPENSE ? "expense:" : "vendor_bill:";
        return DraftLineBuilder.line(ctx.contractRef(), item.kind(), prefix + item.key() + "@" + item.version())
                .invoice(ctx.runDate())
                .project(item.project())
                .description(item.label() + currencyNote(ctx, item))
                .lumpSum(cost)
                .serviceType("expense")
                .item(item.month().toString())
                .sources(List.of(LineSource.of(item.key(), item.version(), cost)))
                .sort(sort(item, 0))
                .build();
    }

    static DraftLine markupLine(RunContext ctx, PassThrough item, DraftLine costLine) {
        BigDecimal markup = markupOf(item, costLine.amount());
        if (markup.signum() == 0) {
            return null;
        }
        return DraftLineBuilder.line(ctx.contractRef(), LineKind.MARKUP, "markup:" + item.key() + "@" + item.version())
                .invoice(ctx.runDate())
                .project(item.project())
                .description(
                        "Markup " + item.markupPercent().stripTrailingZeros().toPlainString() + " % on " + item.label())
                .lumpSum(markup)
                .serviceType("expense")
                .refersTo(costLine.lineId(), null)
                .item(item.month().toString())
                .sources(List.of(LineSource.of(item.key(), item.version(), markup)))
                .sort(sort(item, 1))
                .build();
    }

    public static SortKey sort(PassThrough item, int sub) {
        return new SortKey(Section.EXPENSE, item.date(), item.key().externalId() + "|" + item.key(), sub);
    }

    private static String currencyNote(RunContext ctx, PassThrough item) {
        if (item.currency().equals(ctx.contract().currency())) {
            return "";
        }
        return " (" + item.amount().toPlainString() + " " + item.currency() + ")";
    }
}
