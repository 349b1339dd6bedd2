package dev.ledgerline.core.billing.fixedfee;

import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.billing.ProblemCode;
import dev.ledgerline.core.billing.correction.PeriodicDelta;
import dev.ledgerline.core.billing.draft.BillingDrafts;
import dev.ledgerline.core.billing.draft.Section;
import dev.ledgerline.core.billing.draft.SortKey;
import dev.ledgerline.core.billing.retainer.PeriodicLines;
import dev.ledgerline.core.billing.state.BillingHistory;
import dev.ledgerline.core.billing.state.RunContext;
import dev.ledgerline.core.canonical.ContractTerms;
import dev.ledgerline.core.canonical.Milestone;
import dev.ledgerline.core.canonical.MilestoneAcceptance;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Milestone lines (domain.md "Fixed fee with milestones"): a milestone is invoiced by the first run on
 * or after its {@code acceptedOn}, for its {@code amount} or {@code round(fixedFee at acceptedOn ×
 * percent / 100)}, the fixed fee being the one after the signed amendments effective on or before the
 * acceptance. The milestone is looked up in the terms in force at the acceptance, else in the current
 * terms. Of several acceptances of one milestone the earliest counts; a withdrawn (deleted) acceptance
 * of an invoiced milestone is credited.
 */
public final class MilestoneLines {

    private MilestoneLines() {}

    private record Accepted(RecordVersion<MilestoneAcceptance> acceptance, Milestone milestone, BigDecimal amount) {}

    public static void bill(RunContext ctx, BillingDrafts out) {
        Map<String, Accepted> due = new TreeMap<>();
        ctx.acceptances().live().stream()
                .filter(v -> v.data().contract().equals(ctx.contractRef()))
                .filter(v -> !v.data().acceptedOn().isAfter(ctx.runDate()))
                .sorted(Comparator.comparing((RecordVersion<MilestoneAcceptance> v) ->
                                v.data().acceptedOn())
                        .thenComparing(v -> v.key().toString()))
                .forEach(v -> accepted(ctx, v, out)
                        .ifPresent(a -> due.putIfAbsent(a.milestone().id(), a)));
        for (String billedKey : ctx.history().periodicStartingWith("milestone:").keySet()) {
            String id = billedKey.substring("milestone:".length());
            if (!due.containsKey(id)) {
                PeriodicLines.add(
                        ctx,
                        out,
                        PeriodicDelta.ofAmount(ctx.history().periodic(billedKey), BigDecimal.ZERO, out),
                        LineKind.MILESTONE,
                        billedKey,
                        "Milestone " + id + " (acceptance withdrawn)",
                        id,
                        "milestone",
                        ctx.soleProject().orElse(null),
                        SortKey.of(Section.PERIODIC, ctx.runDate(), "milestone|" + id),
                        ctx.runDate());
            }
        }
        due.forEach((id, a) -> {
            String key = BillingHistory.periodicKey(LineKind.MILESTONE, id);
            Milestone m = a.milestone();
            String label = "Milestone: " + (m.name() == null ? m.id() : m.name()) + " (accepted "
                    + a.acceptance().data().acceptedOn()
                    + (m.percent() != null
                            ? ", " + m.percent().stripTrailingZeros().toPlainString() + " % of the fixed fee"
                            : "")
                    + ")";
            PeriodicLines.add(
                    ctx,
                    out,
                    PeriodicDelta.ofAmount(ctx.history().periodic(key), a.amount(), out),
                    LineKind.MILESTONE,
                    key,
                    label,
                    id,
                    "milestone",
                    ctx.soleProject().orElse(null),
                    SortKey.of(Section.PERIODIC, a.acceptance().data().acceptedOn(), "milestone|" + id),
                    ctx.runDate(),
                    a.acceptance().key(),
                    a.acceptance().version());
        });
    }

    private static Optional<Accepted> accepted(
            RunContext ctx, RecordVersion<MilestoneAcceptance> v, BillingDrafts out) {
        MilestoneAcceptance acceptance = v.data();
        ContractTerms atAcceptance = ctx.contract().termsOn(acceptance.acceptedOn());
        Optional<Milestone> milestone = find(atAcceptance.milestones(), acceptance.milestone())
                .or(() -> find(ctx.terms().milestones(), acceptance.milestone()));
        if (milestone.isEmpty()) {
            out.problem(
                    ProblemCode.UNKNOWN_MILESTONE,
                    v.key().toString(),
                    "the contract has no milestone " + acceptance.milestone());
            return Optional.empty();
        }
        Milestone m = milestone.get();
        if (m.amount() != null) {
            return Optional.of(new Accepted(v, m, m.amount()));
        }
        if (atAcceptance.fixedFee() == null) {
            out.problem(
                    ProblemCode.MISSING_TERMS,
                    v.key().toString(),
                    "a percent milestone needs the fixed fee in force on " + acceptance.acceptedOn());
            return Optional.empty();
        }
        BigDecimal amount = Rounding.cents(
                atAcceptance.fixedFee().multiply(m.percent()).divide(BigDecimal.valueOf(100), Rounding.DIVISION));
        return Optional.of(new Accepted(v, m, amount));
    }

    private static Optional<Milestone> find(List<Milestone> milestones, String id) {
        return milestones == null
                ? Optional.empty()
                : milestones.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
