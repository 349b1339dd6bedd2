package dev.ledgerline.core.billing.retainer;

import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Retainer;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The retainer balance month by month (domain.md "Retainer"):
 *
 * <ul>
 *   <li>each month buys its balance (hours or money); it is usable through month {@code M +
 *       rolloverMonths}, never after the contract end, and what is left then expires as breakage at
 *       the end of that last usable month; with {@code maxRolloverHours}/{@code maxRolloverAmount} the
 *       part of M's unused balance above the cap expires as breakage at the end of M;
 *   <li>entries draw in date, then external id order from the oldest unexpired balance first (FIFO):
 *       in hours mode their billable hours whatever the role, in amount mode their contract value (an
 *       entry crossing the end of the balance is split pro rata to value);
 *   <li>work beyond the unexpired balance is overage of the entry's month, so it falls on the month's
 *       latest entries;
 *   <li>an entry approved after its month end draws, in the month its approval arrived and before that
 *       month's own entries, from the balances of its month still unexpired then; else it is overage of
 *       its month.
 * </ul>
 */
public final class RetainerBalance {

    /** A part of an entry drawn from the balance bought in {@code bought}. */
    public record Draw(YearMonth bought, BigDecimal quantity, BigDecimal value) {}

    /**
     * What one entry drew and what is overage. {@code overageHours} is unrounded; {@code drawnIn} is the
     * month the draw happened (the entry's month, or its approval's month when late).
     */
    public record EntryOutcome(RetainerEntry entry, List<Draw> draws, BigDecimal overageHours, YearMonth drawnIn) {
        public BigDecimal drawnValue() {
            return draws.stream().map(Draw::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public boolean hasOverage() {
            return overageHours.signum() > 0;
        }
    }

    /** Balance bought in {@code bought} that expired unused at the end of {@code at}: breakage. */
    public record Expiry(YearMonth bought, YearMonth at, BigDecimal quantity, BigDecimal value, boolean aboveCap) {}

    /** The unexpired balance after the end of {@code month}: deferred revenue. */
    public record MonthEnd(YearMonth month, BigDecimal quantity, BigDecimal value) {}

    private final Retainer.Mode mode;
    private final List<RetainerMonth> months;
    private final List<EntryOutcome> outcomes = new ArrayList<>();
    private final List<Expiry> expiries = new ArrayList<>();
    private final List<MonthEnd> monthEnds = new ArrayList<>();

    private static final class Balance {
        final RetainerMonth month;
        final YearMonth lastUsable;
        BigDecimal remaining;

        Balance(RetainerMonth month, YearMonth lastUsable) {
            this.month = month;
            this.lastUsable = lastUsable;
            this.remaining = month.balance();
        }
    }

    private RetainerBalance(Retainer.Mode mode, List<RetainerMonth> months) {
        this.mode = mode;
        this.months = List.copyOf(months);
    }

    /**
     * Runs the balance from the contract start through {@code through} (and through the approval month
     * of any late entry). Entries must be approved, billable and within the contract period; in amount
     * mode an entry without contract value cannot draw and is left out.
     */
    public static RetainerBalance simulate(Contract contract, List<RetainerEntry> entries, YearMonth through) {
        YearMonth horizon =
                entries.stream().map(RetainerEntry::drawMonth).reduce(through, (a, b) -> a.isAfter(b) ? a : b);
        List<RetainerMonth> months = RetainerMonth.of(contract, horizon);
        Retainer.Mode mode = months.isEmpty()
                ? contract.currentTerms().retainer().mode()
                : months.getFirst().terms().mode();
        RetainerBalance balance = new RetainerBalance(mode, months);
        balance.run(contract, entries, horizon);
        return balance;
    }

    private void run(Contract contract, List<RetainerEntry> entries, YearMonth horizon) {
        YearMonth endMonth = contract.currentTerms().endDate() == null
                ? null
                : YearMonth.from(contract.currentTerms().endDate());
        Map<YearMonth, RetainerMonth> byMonth = new TreeMap<>();
        months.forEach(m -> byMonth.put(m.month(), m));
        Map<YearMonth, List<RetainerEntry>> late = new TreeMap<>();
        Map<YearMonth, List<RetainerEntry>> onTime = new TreeMap<>();
        for (RetainerEntry e : entries) {
            if (mode == Retainer.Mode.AMOUNT && e.value() == null) {
                continue;
            }
            (e.isLate() ? late : onTime)
                    .computeIfAbsent(e.drawMonth(), k -> new ArrayList<>())
                    .add(e);
        }
        late.values().forEach(l -> l.sort(RetainerEntry.DRAW_ORDER));
        onTime.values().forEach(l -> l.sort(RetainerEntry.DRAW_ORDER));
        List<Balance> balances = new ArrayList<>();
        if (months.isEmpty()) {
            return;
        }
        for (YearMonth k = months.getFirst().month(); !k.isAfter(horizon); k = k.plusMonths(1)) {
            RetainerMonth bought = byMonth.get(k);
            if (bought != null) {
                YearMonth last = k.plusMonths(bought.lastUsableOffset());
                balances.add(new Balance(bought, endMonth != null && endMonth.isBefore(last) ? endMonth : last));
            }
            for (RetainerEntry e : late.getOrDefault(k, List.of())) {
                draw(e, k, balances);
            }
            for (RetainerEntry e : onTime.getOrDefault(k, List.of())) {
                draw(e, k, balances);
            }
            endOfMonth(k, balances);
        }
    }

    private void draw(RetainerEntry e, YearMonth now, List<Balance> balances) {
        BigDecimal wanted = mode == Retainer.Mode.HOURS ? e.billableHours() : e.value();
        BigDecimal need = wanted;
        List<Draw> draws = new ArrayList<>();
        for (Balance b : balances) {
            if (need.signum() == 0) {
                break;
            }
            boolean usable = !b.month.month().isAfter(e.month()) && !b.lastUsable.isBefore(now);
            if (!usable || b.remaining.signum() <= 0) {
                continue;
            }
            BigDecimal take = need.min(b.remaining);
            b.remaining = b.remaining.subtract(take);
            need = need.subtract(take);
            draws.add(new Draw(b.month.month(), take, b.month.valueOf(take)));
        }
        BigDecimal overageHours = mode == Retainer.Mode.HOURS || need.signum() == 0
                ? need
                : e.billableHours().multiply(need).divide(wanted, Rounding.DIVISION);
        outcomes.add(new EntryOutcome(e, List.copyOf(draws), overageHours, now));
    }

    private void endOfMonth(YearMonth k, List<Balance> balances) {
        for (Balance b : balances) {
            if (b.remaining.signum() <= 0) {
                continue;
            }
            if (!b.lastUsable.isAfter(k)) {
                expiries.add(new Expiry(b.month.month(), k, b.remaining, b.month.valueOf(b.remaining), false));
                b.remaining = BigDecimal.ZERO;
            } else if (b.month.month().equals(k)) {
                BigDecimal cap = mode == Retainer.Mode.HOURS
                        ? b.month.terms().maxRolloverHours()
                        : b.month.terms().maxRolloverAmount();
                if (cap != null && b.remaining.compareTo(cap) > 0) {
                    BigDecimal above = b.remaining.subtract(cap);
                    expiries.add(new Expiry(b.month.month(), k, above, b.month.valueOf(above), true));
                    b.remaining = cap;
                }
            }
        }
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        for (Balance b : balances) {
            if (b.remaining.signum() > 0) {
                quantity = quantity.add(b.remaining);
                value = value.add(b.month.valueOf(b.remaining));
            }
        }
        monthEnds.add(new MonthEnd(k, quantity, value));
    }

    public Retainer.Mode mode() {
        return mode;
    }

    public List<RetainerMonth> months() {
        return months;
    }

    public List<EntryOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public List<Expiry> expiries() {
        return List.copyOf(expiries);
    }

    public List<MonthEnd> monthEnds() {
        return List.copyOf(monthEnds);
    }
}
