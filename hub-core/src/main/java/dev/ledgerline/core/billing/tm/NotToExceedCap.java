package dev.ledgerline.core.billing.tm;

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
import dev.ledgerline.core.canonical.ContractTerms.NotToExceedScope;
import dev.ledgerline.core.canonical.Ref;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The not-to-exceed (domain.md): caps the contract's net billed time fees (and, with scope {@code
 * fees_and_expenses}, its pass-through and markup). Corrections count first: credits free room at
 * once and extra lines consume it; then new entries consume what is left in date, then external id
 * order. The entry that crosses the cap is billed in part and every later one at zero; lines show full
 * contract value and one "Not-to-exceed adjustment" line per invoice (project) and service type takes
 * the excess back, recording it per entry.
 */
public final class NotToExceedCap {

    private NotToExceedCap() {}

    /**
     * The adjustment lines of a run.
     *
     * @param credits credit-note lines of this run's corrections
     * @param consumers what consumes room, in order: extra correction lines, new time lines' entries,
     *     then (scope fees and expenses) expense, vendor-bill and markup lines net of any cap
     * @param lineDifference Σ rounding differences of the summarized time lines among the consumers
     */
    public static List<DraftLine> adjustments(
            RunContext ctx, List<DraftLine> credits, List<CapConsumer> consumers, BigDecimal lineDifference) {
        BigDecimal cap = ctx.terms().notToExceed();
        if (cap == null || consumers.isEmpty()) {
            return List.of();
        }
        NotToExceedScope scope = ctx.terms().notToExceedScopeOrDefault();
        BigDecimal freed = credits.stream()
                .filter(l -> l.document() == ProposalKind.CREDIT_NOTE && counts(l.kind(), scope))
                .map(DraftLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal room = cap.subtract(ctx.history().netUnderCap(scope)).add(freed);
        List<BigDecimal> excess = CapAllocation.excess(
                room, consumers.stream().map(CapConsumer::amount).toList(), lineDifference);

        Map<GroupKey, List<LineSource>> groups = new LinkedHashMap<>();
        for (int i = 0; i < consumers.size(); i++) {
            if (excess.get(i).signum() > 0) {
                CapConsumer c = consumers.get(i);
                String type = c.line().kind().isExpense() ? "expense" : "time";
                groups.computeIfAbsent(new GroupKey(c.line().project(), type), k -> new ArrayList<>())
                        .add(LineSource.of(
                                c.source().ref(),
                                c.source().version(),
                                excess.get(i).negate()));
            }
        }
        List<DraftLine> lines = new ArrayList<>();
        groups.forEach((key, sources) -> lines.add(line(ctx, key, sources, cap)));
        return lines;
    }

    /** Whether lines of {@code kind} count under a cap of {@code scope}. */
    public static boolean counts(LineKind kind, NotToExceedScope scope) {
        return kind == LineKind.TIME
                || kind == LineKind.NTE_ADJUSTMENT
                || (scope == NotToExceedScope.FEES_AND_EXPENSES && kind.isExpense());
    }

    private record GroupKey(Ref project, String serviceType) {}

    private static DraftLine line(RunContext ctx, GroupKey key, List<LineSource> sources, BigDecimal cap) {
        BigDecimal total = sources.stream().map(LineSource::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        String identity = "nte:" + ctx.runDate() + ":" + Objects.toString(key.project()) + ":" + key.serviceType() + ":"
                + sources.stream().map(s -> s.ref() + "@" + s.version()).collect(Collectors.joining(","));
        return DraftLineBuilder.line(ctx.contractRef(), LineKind.NTE_ADJUSTMENT, identity)
                .invoice(ctx.runDate())
                .project(key.project())
                .description("Not-to-exceed adjustment (cap " + cap.toPlainString() + ")")
                .lumpSum(total)
                .serviceType(key.serviceType())
                .reason(LineReason.NOT_TO_EXCEED.name())
                .sources(sources)
                .sort(SortKey.of(Section.NOT_TO_EXCEED, null, key.serviceType()))
                .build();
    }
}
