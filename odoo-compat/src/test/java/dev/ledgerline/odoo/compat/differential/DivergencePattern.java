package dev.ledgerline.odoo.compat.differential;

import java.math.BigDecimal;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A divergence the run tolerates: the operation kinds it applies to (a regular expression found in the
 * kind), the difference lines it covers, and why.
 */
record DivergencePattern(Pattern kinds, Predicate<String> difference, String reason) {

    private static final Pattern NUMBERS =
            Pattern.compile("\\.(\\w+) = (-?[\\d.]+) from the sandbox, (-?[\\d.]+) from Odoo$");
    private static final BigDecimal CENT = new BigDecimal("0.01");

    /** Difference lines in which {@code difference}, a regular expression, is found. */
    static DivergencePattern of(String kinds, String difference, String reason) {
        Pattern pattern = Pattern.compile(difference);
        return new DivergencePattern(
                Pattern.compile(kinds), line -> pattern.matcher(line).find(), reason);
    }

    /** Differences of exactly one cent in one of {@code fields} (a regular expression of field names). */
    static DivergencePattern oneCent(String kinds, String fields, String reason) {
        Pattern names = Pattern.compile(fields);
        return new DivergencePattern(
                Pattern.compile(kinds),
                line -> {
                    Matcher numbers = NUMBERS.matcher(line);
                    return numbers.find()
                            && names.matcher(numbers.group(1)).matches()
                            && new BigDecimal(numbers.group(2))
                                            .subtract(new BigDecimal(numbers.group(3)))
                                            .abs()
                                            .compareTo(CENT)
                                    == 0;
                },
                reason);
    }

    boolean covers(String kind, String differenceLine) {
        return kinds.matcher(kind).find() && difference.test(differenceLine);
    }
}
