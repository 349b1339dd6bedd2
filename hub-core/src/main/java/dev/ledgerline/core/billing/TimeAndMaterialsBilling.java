package dev.ledgerline.core.billing;

import dev.ledgerline.core.billability.ClassifiedEntry;
import dev.ledgerline.core.billing.correction.Correction;
import dev.ledgerline.core.billing.correction.TimeCorrections;
import dev.ledgerline.core.billing.draft.BillingDrafts;
import dev.ledgerline.core.billing.draft.CapConsumer;
import dev.ledgerline.core.billing.draft.DraftLine;
import dev.ledgerline.core.billing.state.RunContext;
import dev.ledgerline.core.billing.tm.NotToExceedCap;
import dev.ledgerline.core.billing.tm.TimeLines;
import dev.ledgerline.core.canonical.ContractTerms.NotToExceedScope;
import dev.ledgerline.core.canonical.RecordKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A time-and-materials contract in a run: corrections of billed entries first, then new entries,
 * then expenses, and last the not-to-exceed over all of it.
 */
final class TimeAndMaterialsBilling {

    private TimeAndMaterialsBilling() {}

    static void bill(RunContext ctx, BillingDrafts out) {
        Correction corrections = TimeCorrections.apply(ctx, out);
        List<ClassifiedEntry> entries = TimeLines.toBill(ctx, corrections.handled(), corrections.rebills(), out);
        List<DraftLine> timeLines = TimeLines.lines(ctx, entries);
        out.addAll(corrections.credits());
        out.addAll(corrections.extras());
        out.addAll(timeLines);
        PassThroughBilling.Result expenses = PassThroughBilling.bill(ctx, out);

        List<CapConsumer> consumers = new ArrayList<>();
        corrections.extras().forEach(l -> consumers.addAll(CapConsumer.of(l)));
        consumers.addAll(inEntryOrder(timeLines, entries));
        boolean withExpenses = ctx.terms().notToExceedScopeOrDefault() == NotToExceedScope.FEES_AND_EXPENSES;
        if (withExpenses) {
            consumers.addAll(expenses.consumers());
        }
        BigDecimal roundingDifference = timeLines.stream()
                .map(DraftLine::roundingDifference)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<DraftLine> credits = Stream.concat(corrections.credits().stream(), expenses.credits().stream())
                .toList();
        out.addAll(NotToExceedCap.adjustments(ctx, credits, consumers, roundingDifference));
    }

    /** The entries of the time lines in billing order (a summarized line carries several). */
    private static List<CapConsumer> inEntryOrder(List<DraftLine> lines, List<ClassifiedEntry> entries) {
        Map<RecordKey, Integer> position = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            position.put(entries.get(i).key(), i);
        }
        return lines.stream()
                .flatMap(l -> CapConsumer.of(l).stream())
                .sorted(Comparator.comparing(
                        c -> position.getOrDefault(c.source().ref(), Integer.MAX_VALUE)))
                .toList();
    }
}
