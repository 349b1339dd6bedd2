package dev.ledgerline.core.billing.tm;

import dev.ledgerline.core.billability.ClassifiedEntry;
import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.billing.LineSource;
import dev.ledgerline.core.billing.draft.DraftLine;
import dev.ledgerline.core.billing.draft.DraftLineBuilder;
import dev.ledgerline.core.billing.draft.Section;
import dev.ledgerline.core.billing.draft.SortKey;
import dev.ledgerline.core.billing.state.RunContext;
import dev.ledgerline.core.canonical.Ref;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code lineLayout: summarized}: one line per project × employee × role × unit price, quantity = Σ
 * billable hours, amount = {@code round(quantity × unit price)}. Each entry keeps its own contract
 * value as its source amount; the line reports {@code roundingDifference} = amount − Σ entry values.
 * The project is part of the key because it is the line's analytic account.
 */
final class SummarizedLayout {

    private SummarizedLayout() {}

    record Key(Ref project, Ref employee, String role, BigDecimal unitPrice) {}

    static List<DraftLine> lines(RunContext ctx, List<ClassifiedEntry> entries) {
        Map<Key, List<ClassifiedEntry>> groups = new LinkedHashMap<>();
        for (ClassifiedEntry e : entries) { // entries arrive in billing order, so groups do too
            Key key = new Key(
                    e.entry().project(),
                    e.entry().employee(),
                    TimeLines.billedRole(ctx, e),
                    e.rate().orElseThrow().amount().stripTrailingZeros());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        List<DraftLine> lines = new ArrayList<>();
        groups.forEach((key, group) -> lines.add(line(ctx, key, group)));
        return lines;
    }

    private static DraftLine line(RunContext ctx, Key key, List<ClassifiedEntry> group) {
        BigDecimal hours = group.stream().map(ClassifiedEntry::billableHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal values =
                group.stream().map(e -> e.contractValue().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal unitPrice = group.getFirst().rate().orElseThrow().amount();
        BigDecimal amount = DraftLine.amountOf(hours, unitPrice);
        List<LineSource> sources = group.stream().map(TimeLines::source).toList();
        ClassifiedEntry first = group.getFirst();
        String identity = "summary:" + key.project() + ":" + key.employee() + ":" + key.role() + ":"
                + key.unitPrice().toPlainString() + ":"
                + group.stream().map(e -> e.key() + "@" + e.version()).collect(Collectors.joining(","));
        String name = ctx.employeeName(key.employee(), first.entry().date());
        return DraftLineBuilder.line(ctx.contractRef(), LineKind.TIME, identity)
                .invoice(ctx.runDate())
                .project(key.project())
                .description(name + (key.role().isEmpty() ? "" : " (" + key.role() + ")") + ": "
                        + group.size() + (group.size() == 1 ? " entry" : " entries") + " "
                        + first.entry().date() + " to "
                        + group.getLast().entry().date())
                .priced(hours, unitPrice)
                .roundingDifference(amount.subtract(values))
                .serviceType("time")
                .sources(sources)
                .sort(SortKey.of(Section.TIME, first.entry().date(), first.key().externalId()))
                .build();
    }
}
