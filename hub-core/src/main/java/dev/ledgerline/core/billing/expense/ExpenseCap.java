package dev.ledgerline.core.billing.expense;

import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.billing.LineReason;
import dev.ledgerline.core.billing.LineSource;
import dev.ledgerline.core.billing.ProposalKind;
import dev.ledgerline.core.billing.draft.CapAllocation;
import dev.ledgerline.core.billing.draft.CapConsumer;
import dev.ledgerline.core.billing.draft.DraftLine;
import dev.ledgerline.core.billing.draft.DraftLineBuilder;
import dev.ledgerline.core.billing.draft.Section;
import dev.ledgerline.core.billing.draft.SortKey;
import dev.ledgerline.core.billing.state.RunContext;
import dev.ledgerline.core.canonical.ExpensePolicy;
import dev.ledgerline.core.canonical.Ref;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code expensePolicy.capPerMonth}: caps the cost lines of billable expenses (not vendor bills) dated
 * in one month, across runs. The excess is written down like a not-to-exceed excess: cost lines show
 * in full and one "Expense cap" line per month and invoice takes the excess back; it is never billed
 * again. Credits of the month free room first, extra cost lines consume it first; new expenses then
 * consume it in date, then external id order. The cap in force on the month's last day applies.
 */
public final class ExpenseCap {

    private ExpenseCap() {}

    /** The cap lines of a run, and the net amount each capped cost line keeps (by line id). */
    public record Result(List<DraftLine> lines, Map<String, BigDecimal> excessByLine) {}

    public static Result apply(RunContext ctx, List<DraftLine> corrections, List<DraftLine> newCostLines) {
        Map<YearMonth, List<DraftLine>> byMonth = new TreeMap<>();
        for (DraftLine l : newCostLines) {
            if (l.kind() == LineKind.EXPENSE) {
                byMonth.computeIfAbsent(YearMonth.parse(l.item()), m -> new ArrayList<>())
                        .add(l);
            }
        }
        List<DraftLine> lines = new ArrayList<>();
        Map<String, BigDecimal> excessByLine = new LinkedHashMap<>();
        byMonth.forEach((month, monthLines) -> {
            BigDecimal cap = capOf(ctx, month);
            if (cap == null) {
                return;
            }
            List<DraftLine> ownCorrections = corrections.stream()
                    .filter(l ->
                            l.kind() == LineKind.EXPENSE && month.toString().equals(l.item()))
                    .toList();
            BigDecimal freed = ownCorrections.stream()
                    .filter(l -> l.document() == ProposalKind.CREDIT_NOTE)
                    .map(DraftLine::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            List<CapConsumer> consumers = new ArrayList<>();
            ownCorrections.stream()
                    .filter(l -> l.document() == ProposalKind.INVOICE)
                    .forEach(l -> consumers.addAll(CapConsumer.of(l)));
            monthLines.forEach(l -> consumers.addAll(CapConsumer.of(l)));
            BigDecimal room = cap.subtract(ctx.history().expenseCostInMonth(month.toString()))
                    .add(freed);
            List<BigDecimal> excess = CapAllocation.excess(
                    room, consumers.stream().map(CapConsumer::amount).toList(), BigDecimal.ZERO);
            Map<Ref, List<LineSource>> groups = new LinkedHashMap<>();
            for (int i = 0; i < consumers.size(); i++) {
                if (excess.get(i).signum() > 0) {
                    CapConsumer c = consumers.get(i);
                    excessByLine.merge(c.line().lineId(), excess.get(i), BigDecimal::add);
                    groups.computeIfAbsent(c.line().project(), p -> new ArrayList<>())
                            .add(LineSource.of(
                                    c.source().ref(),
                                    c.source().version(),
                                    excess.get(i).negate()));
                }
            }
            groups.forEach((project, sources) -> lines.add(line(ctx, month, cap, project, sources)));
        });
        return new Result(lines, excessByLine);
    }

    private static BigDecimal capOf(RunContext ctx, YearMonth month) {
        ExpensePolicy policy = ctx.contract().termsOn(month.atEndOfMonth()).expensePolicy();
        return policy == null ? null : policy.capPerMonth();
    }

    private static DraftLine line(
            RunContext ctx, YearMonth month, BigDecimal cap, Ref project, List<LineSource> sources) {
        BigDecimal total = sources.stream().map(LineSource::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        String identity = "cap:" + month + ":" + ctx.runDate() + ":" + Objects.toString(project) + ":"
                + sources.stream().map(s -> s.ref() + "@" + s.version()).collect(Collectors.joining(","));
        return DraftLineBuilder.line(ctx.contractRef(), LineKind.WRITE_DOWN, identity)
                .invoice(ctx.runDate())
                .project(project)
                .description("Expense cap " + month + " (" + cap.toPlainString() + " a month)")
                .lumpSum(total)
                .serviceType("expense")
                .item(month.toString())
                .reason(LineReason.CAP_PER_MONTH.name())
                .sources(sources)
                .sort(SortKey.of(Section.CAP_ADJUSTMENT, month.atDay(1), Objects.toString(project)))
                .build();
    }
}
