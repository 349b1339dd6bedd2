package dev.ledgerline.core.billing.subscription;

import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.billing.LineReason;
import dev.ledgerline.core.billing.LineSource;
import dev.ledgerline.core.billing.ProblemCode;
import dev.ledgerline.core.billing.ProposalAction;
import dev.ledgerline.core.billing.ProposalStatus;
import dev.ledgerline.core.billing.draft.BillingDrafts;
import dev.ledgerline.core.billing.draft.DraftLineBuilder;
import dev.ledgerline.core.billing.draft.Section;
import dev.ledgerline.core.billing.draft.SortKey;
import dev.ledgerline.core.billing.state.BillingHistory;
import dev.ledgerline.core.billing.state.RunContext;
import dev.ledgerline.core.canonical.Subscription;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Subscription lines (domain.md "Subscription"): each period's amount in advance by the first run on
 * or after the period start (or its {@code invoiceDay}, never before the subscription start), a
 * mid-period start for {@code round(amount × remaining days / days in the period)}. Days invoiced but
 * no longer covered (an {@code endDate} inside or before an invoiced period) are credited for {@code
 * round(amount × unused days / days in the period)} on a credit note dated the end date, by the first
 * run on or after it. Lines record the days they bill as {@code item = from/to}.
 */
public final class SubscriptionLines {

    private SubscriptionLines() {}

    /** What holding proposals billed for one period: its lines, oldest first. */
    private record Billed(List<BillingHistory.HeldLine> lines) {

        BillingHistory.HeldLine original() {
            return lines.stream().filter(h -> h.sign() > 0).findFirst().orElse(lines.getFirst());
        }

        BigDecimal amount() {
            return lines.stream().map(BillingHistory.HeldLine::signedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    public static void bill(RunContext ctx, BillingDrafts out) {
        List<SubscriptionPeriod> periods;
        try {
            periods = SubscriptionSchedule.periods(ctx.contract(), ctx.runDate());
        } catch (IllegalArgumentException e) {
            out.problem(ProblemCode.MISSING_TERMS, ctx.contractKey().toString(), e.getMessage());
            return;
        }
        Subscription.Period kind = ctx.terms().subscription().period();
        Map<LocalDate, SubscriptionPeriod> byStart = new TreeMap<>();
        periods.forEach(p -> byStart.put(p.start(), p));
        Map<LocalDate, List<BillingHistory.HeldLine>> billed = new TreeMap<>();
        ctx.history()
                .periodicStartingWith("subscription:")
                .values()
                .forEach(position -> position.lines().forEach(h -> {
                    NavigableSet<LocalDate> days = DayRanges.days(h.line().item());
                    if (!days.isEmpty()) {
                        LocalDate start = SubscriptionPeriod.bounds(kind, days.first())[0];
                        billed.computeIfAbsent(start, k -> new ArrayList<>()).add(h);
                    }
                }));
        TreeSet<LocalDate> starts = new TreeSet<>(byStart.keySet());
        starts.addAll(billed.keySet());
        for (LocalDate start : starts) {
            SubscriptionPeriod period = byStart.getOrDefault(start, uncovered(ctx, kind, start));
            period(ctx, period, Optional.ofNullable(billed.get(start)).map(Billed::new), out);
        }
    }

    private static SubscriptionPeriod uncovered(RunContext ctx, Subscription.Period kind, LocalDate start) {
        LocalDate[] bounds = SubscriptionPeriod.bounds(kind, start);
        Subscription terms = ctx.contract().termsOn(start).subscription();
        BigDecimal amount = (terms != null ? terms : ctx.terms().subscription()).amount();
        return new SubscriptionPeriod(kind, bounds[0], bounds[1], null, null, amount);
    }

    /** The first day a period may be invoiced: its first covered day, or its invoice day if later. */
    static LocalDate threshold(RunContext ctx, SubscriptionPeriod period) {
        Integer invoiceDay = ctx.terms().invoiceDay();
        LocalDate day = invoiceDay == null
                ? period.start()
                : period.start()
                        .withDayOfMonth(Math.min(invoiceDay, period.start().lengthOfMonth()));
        return period.coverFrom() != null && day.isBefore(period.coverFrom()) ? period.coverFrom() : day;
    }

    private static void period(
            RunContext ctx, SubscriptionPeriod period, Optional<Billed> position, BillingDrafts out) {
        String key =
                BillingHistory.periodicKey(LineKind.SUBSCRIPTION, period.start().toString());
        NavigableSet<LocalDate> due = ctx.runDate().isBefore(threshold(ctx, period))
                ? new TreeSet<>()
                : DayRanges.days(period.coverFrom(), period.coverTo());
        NavigableSet<LocalDate> invoiced = new TreeSet<>();
        position.ifPresent(p -> p.lines().forEach(h -> {
            if (h.sign() > 0) {
                invoiced.addAll(DayRanges.days(h.line().item()));
            } else {
                invoiced.removeAll(DayRanges.days(h.line().item()));
            }
        }));
        NavigableSet<LocalDate> missing = new TreeSet<>(due);
        missing.removeAll(invoiced);
        NavigableSet<LocalDate> surplus = new TreeSet<>(invoiced);
        surplus.removeAll(due);
        LocalDate end = ctx.terms().endDate();
        if (!surplus.isEmpty()
                && end != null
                && surplus.first().isAfter(end)
                && ctx.runDate().isBefore(end)) {
            surplus.clear(); // the cancellation is credited by the first run on or after it
        }
        if (missing.isEmpty() && surplus.isEmpty()) {
            return;
        }
        if (position.isPresent() && waits(position.get(), out)) {
            return;
        }
        String label = "Subscription " + period.label();
        for (String range : DayRanges.ranges(missing)) {
            NavigableSet<LocalDate> days = DayRanges.days(range);
            boolean first = invoiced.isEmpty();
            DraftLineBuilder b = DraftLineBuilder.line(
                            ctx.contractRef(), LineKind.SUBSCRIPTION, first ? key : key + ":extra:" + range)
                    .invoice(ctx.runDate())
                    .description(label
                            + (days.size() == period.daysInPeriod()
                                    ? ""
                                    : " (" + days.first() + " to " + days.last() + ")"))
                    .lumpSum(period.amountFor(days.size()));
            if (!first) {
                b.taxedLike(position.get().original().line())
                        .refersTo(
                                position.get().original().line().lineId(),
                                position.get().original().proposal().id())
                        .reason(LineReason.PERIOD_CHANGED.name());
            }
            add(ctx, b, range, period, out);
        }
        for (String range : DayRanges.ranges(surplus)) {
            NavigableSet<LocalDate> days = DayRanges.days(range);
            LocalDate date = end != null && days.first().isAfter(end) ? end : ctx.runDate();
            BigDecimal credit = period.amountFor(days.size()).min(position.get().amount());
            if (credit.signum() <= 0) {
                continue;
            }
            DraftLineBuilder b = DraftLineBuilder.line(
                            ctx.contractRef(), LineKind.SUBSCRIPTION, key + ":credit:" + range)
                    .creditNote(date)
                    .description("Credit: " + label + ", unused " + days.first() + " to " + days.last())
                    .lumpSum(credit)
                    .taxedLike(position.get().original().line())
                    .refersTo(
                            position.get().original().line().lineId(),
                            position.get().original().proposal().id())
                    .reason(LineReason.CANCELLED.name());
            add(ctx, b, range, period, out);
        }
    }

    private static boolean waits(Billed position, BillingDrafts out) {
        List<String> approved = position.lines().stream()
                .filter(h -> h.proposal().status() == ProposalStatus.APPROVED)
                .map(h -> h.proposal().id())
                .distinct()
                .toList();
        approved.forEach(id -> out.action(new ProposalAction.ReturnToProposed(id, List.of())));
        return !approved.isEmpty()
                || position.lines().stream().anyMatch(h -> h.proposal().status() == ProposalStatus.DELIVERED);
    }

    private static void add(
            RunContext ctx, DraftLineBuilder b, String range, SubscriptionPeriod period, BillingDrafts out) {
        b.project(ctx.soleProject().orElse(null))
                .serviceType("subscription")
                .item(range)
                .sort(SortKey.of(Section.PERIODIC, period.start(), "subscription|" + range));
        BigDecimal amount = b.build().amount();
        out.add(b.sources(List.of(
                        LineSource.of(ctx.contractKey(), ctx.contractVersion().version(), amount)))
                .build());
    }
}
