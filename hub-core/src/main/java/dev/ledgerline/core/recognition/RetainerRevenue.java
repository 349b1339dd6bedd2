package dev.ledgerline.core.recognition;

import dev.ledgerline.core.billing.retainer.OveragePrice;
import dev.ledgerline.core.billing.retainer.RetainerBalance;
import dev.ledgerline.core.billing.retainer.RetainerEntry;
import dev.ledgerline.core.canonical.Contract;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * Retainer revenue (domain.md "Retainer"): revenue of a month = drawdown + breakage + overage, the
 * unused unexpired balance being deferred revenue. Drawdown counts in the month an entry draws (its own
 * month, or its approval's month when approved late); breakage at the end of the month the balance
 * expires; overage in the month it belongs to, at what it bills (docs/adr/0106).
 */
public final class RetainerRevenue {

    /** One month: its revenue by part and the deferred revenue left at its end. */
    public record Month(
            YearMonth month, BigDecimal drawdown, BigDecimal breakage, BigDecimal overage, BigDecimal deferredRevenue) {

        public BigDecimal revenue() {
            return drawdown.add(breakage).add(overage);
        }
    }

    private final Contract contract;
    private final RetainerBalance balance;

    private RetainerRevenue(Contract contract, RetainerBalance balance) {
        this.contract = contract;
        this.balance = balance;
    }

    /**
     * @param entries the approved billable entries as the ledger held them at the as-of time
     * @param through the last month to report
     */
    public static RetainerRevenue of(Contract contract, List<RetainerEntry> entries, YearMonth through) {
        return new RetainerRevenue(contract, RetainerBalance.simulate(contract, entries, through));
    }

    public Month month(YearMonth month) {
        BigDecimal drawdown = balance.outcomes().stream()
                .filter(o -> o.drawnIn().equals(month))
                .map(RetainerBalance.EntryOutcome::drawnValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal breakage = balance.expiries().stream()
                .filter(e -> e.at().equals(month))
                .map(RetainerBalance.Expiry::value)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal overage = balance.outcomes().stream()
                .filter(o -> o.hasOverage() && o.entry().month().equals(month))
                .map(o -> OveragePrice.amount(contract, month, o.entry(), o.overageHours()))
                .filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal deferred = balance.monthEnds().stream()
                .filter(m -> m.month().equals(month))
                .map(RetainerBalance.MonthEnd::value)
                .findFirst()
                .orElse(BigDecimal.ZERO);
        return new Month(month, drawdown, breakage, overage, deferred);
    }

    public RetainerBalance balance() {
        return balance;
    }
}
