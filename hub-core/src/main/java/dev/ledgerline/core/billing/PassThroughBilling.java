package dev.ledgerline.core.billing;

import dev.ledgerline.core.billing.correction.ExpenseCorrections;
import dev.ledgerline.core.billing.draft.BillingDrafts;
import dev.ledgerline.core.billing.draft.CapConsumer;
import dev.ledgerline.core.billing.draft.DraftLine;
import dev.ledgerline.core.billing.expense.ExpenseCap;
import dev.ledgerline.core.billing.expense.ExpenseLines;
import dev.ledgerline.core.billing.expense.PassThrough;
import dev.ledgerline.core.billing.state.RunContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expenses and vendor bills of any billing model: corrections first, then new records, then the
 * monthly expense cap. Returns what a not-to-exceed of scope {@code fees_and_expenses} must count.
 */
final class PassThroughBilling {

    /** Credits of the run, and what consumes cap room in order (extras, then new lines net of the monthly cap). */
    record Result(List<DraftLine> credits, List<CapConsumer> consumers) {}

    private PassThroughBilling() {}

    static Result bill(RunContext ctx, BillingDrafts out) {
        ExpenseCorrections.Result corrections = ExpenseCorrections.apply(ctx, out);
        List<PassThrough> items = ExpenseLines.toBill(ctx, corrections.handled(), corrections.rebills(), out);
        List<ExpenseLines.Billed> billed = ExpenseLines.lines(ctx, items, out);
        List<DraftLine> costLines =
                billed.stream().map(ExpenseLines.Billed::cost).toList();
        ExpenseCap.Result cap = ExpenseCap.apply(
                ctx,
                Stream.concat(corrections.credits().stream(), corrections.extras().stream())
                        .toList(),
                costLines);

        out.addAll(corrections.credits());
        out.addAll(corrections.extras());
        billed.forEach(b -> out.addAll(b.lines()));
        out.addAll(cap.lines());

        List<CapConsumer> consumers = new ArrayList<>();
        corrections.extras().forEach(l -> consumers.addAll(CapConsumer.of(l)));
        for (ExpenseLines.Billed b : billed) {
            BigDecimal excess = cap.excessByLine().getOrDefault(b.cost().lineId(), BigDecimal.ZERO);
            b.cost()
                    .sources()
                    .forEach(s -> consumers.add(
                            new CapConsumer(b.cost(), s, s.amount().subtract(excess))));
            if (b.markup() != null) {
                consumers.addAll(CapConsumer.of(b.markup()));
            }
        }
        return new Result(corrections.credits(), consumers);
    }
}
