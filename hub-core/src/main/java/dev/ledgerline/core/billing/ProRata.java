package dev.ledgerline.core.billing;

import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Allocates an adjustment to the records of a line pro rata to their amounts: each share is
 * {@code round(value × amount / Σ amounts)}, the last record taking what rounding leaves so the shares
 * sum exactly to the value.
 */
final class ProRata {

    private ProRata() {}

    static List<LineSource> allocate(BigDecimal value, List<LineSource> sources) {
        if (sources.isEmpty()) {
            return List.of();
        }
        BigDecimal base = sources.stream().map(LineSource::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<LineSource> shares = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < sources.size(); i++) {
            LineSource s = sources.get(i);
            BigDecimal share;
            if (i == sources.size() - 1) {
                share = value.subtract(given);
            } else if (base.signum() == 0) {
                share = BigDecimal.ZERO.setScale(2);
            } else {
                share = Rounding.cents(value.multiply(s.amount()).divide(base, Rounding.DIVISION));
            }
            given = given.add(share);
            shares.add(LineSource.of(s.ref(), s.version(), share));
        }
        return shares;
    }
}
