package dev.ledgerline.core.billing.draft;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Consumes the room left under a cap (the not-to-exceed, a month's expense cap) in the order given:
 * each amount is billed while room remains, the one that crosses the cap in part, every later one at
 * zero. The excess of each amount is what its adjustment line takes back.
 */
public final class CapAllocation {

    private CapAllocation() {}

    /**
     * The excess of each amount, in order.
     *
     * @param room what may still be billed under the cap (negative when the cap was lowered below
     *     what is billed: nothing more may be billed, nothing is taken back)
     * @param amounts the amounts in consumption order (each entry's contract value, each cost line)
     * @param lineDifference how much the lines that carry the amounts differ from their sum (a
     *     summarized layout's rounding difference); the excess is set so the lines, not the amounts,
     *     stay within the cap
     */
    public static List<BigDecimal> excess(BigDecimal room, List<BigDecimal> amounts, BigDecimal lineDifference) {
        BigDecimal remaining = room.max(BigDecimal.ZERO);
        List<BigDecimal> excess = new ArrayList<>(amounts.size());
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        int lastWithExcess = -1;
        for (int i = 0; i < amounts.size(); i++) {
            BigDecimal amount = amounts.get(i);
            sum = sum.add(amount);
            BigDecimal billed = amount.min(remaining).max(BigDecimal.ZERO);
            remaining = remaining.subtract(billed);
            BigDecimal over = amount.subtract(billed);
            excess.add(over);
            total = total.add(over);
            if (over.signum() > 0) {
                lastWithExcess = i;
            }
        }
        BigDecimal linesTotal = sum.add(lineDifference);
        BigDecimal target = linesTotal.subtract(room.max(BigDecimal.ZERO)).max(BigDecimal.ZERO);
        BigDecimal difference = target.subtract(total);
        if (difference.signum() != 0 && !amounts.isEmpty()) {
            int at = lastWithExcess >= 0 ? lastWithExcess : amounts.size() - 1;
            excess.set(at, excess.get(at).add(difference).max(BigDecimal.ZERO));
        }
        return excess;
    }
}
