package dev.ledgerline.core.billing.tm;

import dev.ledgerline.core.billability.ClassifiedEntry;
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
import dev.ledgerline.core.canonical.ContractTerms.LineLayout;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.TimeEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The time lines of a run: every billable entry dated on or before the run date that the ledger held
 * as approved when the run started and that no approved, delivered or posted proposal already bills.
 */
public final class TimeLines {

    /** Entries in billing order: date, then external id. */
    public static final Comparator<ClassifiedEntry> BILLING_ORDER = Comparator.comparing(
                    (ClassifiedEntry e) -> e.entry().date())
            .thenComparing(e -> e.key().externalId())
            .thenComparing(e -> e.key().toString());

    private TimeLines() {}

    /**
     * The entries this run bills anew, in billing order: new billable entries plus {@code rebills}
     * (entries whose billed line a correction credits in full). Entries not billable are recorded as
     * exclusions; billable entries without a rate as {@code NO_RATE} problems.
     *
     * @param skip entries a correction handles or that wait (on an unposted proposal)
     */
    public static List<ClassifiedEntry> toBill(
            RunContext ctx, Set<RecordKey> skip, List<ClassifiedEntry> rebills, BillingDrafts out) {
        List<ClassifiedEntry> billable = new ArrayList<>(rebills);
        for (RecordVersion<TimeEntry> v : ctx.entries().live()) {
            if (skip.contains(v.key()) || v.data().date().isAfter(ctx.runDate()) || isBilled(ctx, v.key())) {
                continue;
            }
            ctx.classify(v).ifPresent(e -> {
                if (e.isBillable()) {
                    billable.add(e);
                } else {
                    if (ctx.reportsExclusion(e.entry().date(), e.billability().code())) {
                        out.exclude(
                                new Exclusion(e.key(), e.billability().code()),
                                e.entry().project());
                    }
                    if (e.reason().isEmpty()) {
                        out.problem(ProblemCode.NO_RATE, e.key().toString(), "no rate for " + describeRoles(ctx, e));
                    }
                }
            });
        }
        billable.sort(BILLING_ORDER);
        return billable;
    }

    /** Whether earlier proposals hold hours of the entry (a fully credited entry may be billed anew). */
    public static boolean isBilled(RunContext ctx, RecordKey key) {
        return ctx.history()
                        .position(key)
                        .map(SourcePosition::billedHours)
                        .filter(h -> h.signum() != 0)
                        .isPresent()
                || ctx.history().position(key).map(p -> !p.allPosted()).orElse(false);
    }

    /** The lines of {@code entries} in the contract's layout. */
    public static List<DraftLine> lines(RunContext ctx, List<ClassifiedEntry> entries) {
        if (ctx.terms().lineLayoutOrDefault() == LineLayout.SUMMARIZED) {
            return SummarizedLayout.lines(ctx, entries);
        }
        return entries.stream().map(e -> perEntry(ctx, e)).toList();
    }

    static DraftLine perEntry(RunContext ctx, ClassifiedEntry e) {
        TimeEntry entry = e.entry();
        return DraftLineBuilder.line(ctx.contractRef(), LineKind.TIME, "entry:" + e.key() + "@" + e.version())
                .invoice(ctx.runDate())
                .project(entry.project())
                .description(describe(ctx, e))
                .priced(e.billableHours(), e.rate().orElseThrow().amount())
                .serviceType("time")
                .sources(List.of(source(e)))
                .sort(SortKey.of(Section.TIME, entry.date(), e.key().externalId()))
                .build();
    }

    static LineSource source(ClassifiedEntry e) {
        return new LineSource(
                e.key(),
                e.version(),
                e.recordedHours(),
                e.billableHours(),
                e.contractValue().orElseThrow());
    }

    /** The role an entry is billed as: the rate's role, else (an employee rate) the entry's or employee's role. */
    static String billedRole(RunContext ctx, ClassifiedEntry e) {
        String role = e.rate().map(r -> r.role()).orElse(null);
        if (role != null) {
            return role;
        }
        if (e.entry().role() != null && !e.entry().role().isBlank()) {
            return e.entry().role();
        }
        return ctx.employee(e.entry().employee()).roleOn(e.entry().date()).orElse("");
    }

    static String describe(RunContext ctx, ClassifiedEntry e) {
        TimeEntry entry = e.entry();
        String text = entry.description() == null || entry.description().isBlank() ? "Time" : entry.description();
        String role = billedRole(ctx, e);
        return entry.date() + " " + ctx.employeeName(entry.employee(), entry.date())
                + (role.isEmpty() ? "" : " (" + role + ")") + ": " + text;
    }

    private static String describeRoles(RunContext ctx, ClassifiedEntry e) {
        return "employee " + e.entry().employee() + " role "
                + ctx.employee(e.entry().employee()).roleOn(e.entry().date()).orElse("(none)")
                + (e.entry().role() == null ? "" : ", entry role " + e.entry().role());
    }
}
