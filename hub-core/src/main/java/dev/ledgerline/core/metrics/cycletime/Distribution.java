package dev.ledgerline.core.metrics.cycletime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A sorted list of values and its median and nearest-rank percentiles: p is the value at rank
 * {@code ⌈p × n⌉}; the median of an even count is the mean of the two middle values.
 */
public record Distribution(List<BigDecimal> values) {

    public Distribution {
        values = values.stream().sorted().toList();
    }

    public int count() {
        return values.size();
    }

    /** The median, null for no values. */
    public BigDecimal median() {
        int n = values.size();
        if (n == 0) {
            return null;
        }
        if (n % 2 == 1) {
            return values.get(n / 2);
        }
        return values.get(n / 2 - 1).add(values.get(n / 2)).divide(BigDecimal.valueOf(2));
    }

    /** The value at rank {@code ⌈p × n⌉} (1-based), null for no values. */
    public BigDecimal percentile(BigDecimal p) {
        int n = values.size();
        if (n == 0) {
            return null;
        }
        int rank = p.multiply(BigDecimal.valueOf(n))
                .setScale(0, RoundingMode.CEILING)
                .intValueExact();
        return values.get(Math.max(rank, 1) - 1);
    }
}
