package dev.ledgerline.hub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * The reports the database answers and the ones the calculators answer are the same: the same groups
 * in the same order, each with the same currency, flags and figures to the last digit the calculator
 * gives (so to the cent, and to the 4 decimals of a ratio), or the same refusal.
 */
final class SameRows {

    private SameRows() {}

    /** Runs both; when the calculator refuses, the database must refuse with the same exception type. */
    static void assertSame(Supplier<MetricReport> sql, Supplier<MetricReport> core, String what) {
        MetricReport expected = null;
        Throwable refused = null;
        try {
            expected = core.get();
        } catch (RuntimeException e) {
            refused = e;
        }
        if (expected == null) {
            Throwable thrown = catchThrowable(sql::get);
            assertThat(thrown)
                    .as(what + ": the calculator refused with " + refused)
                    .isNotNull();
            assertThat(thrown.getClass()).as(what).isEqualTo(refused.getClass());
            return;
        }
        assertSame(sql.get(), expected, what);
    }

    static void assertSame(MetricReport actual, MetricReport expected, String what) {
        assertThat(actual.currency()).as(what + ": currency").isEqualTo(expected.currency());
        assertThat(actual.rows().stream().map(MetricRow::group).toList())
                .as(what + ": groups")
                .containsExactlyElementsOf(
                        expected.rows().stream().map(MetricRow::group).toList());
        for (int i = 0; i < expected.rows().size(); i++) {
            MetricRow a = actual.rows().get(i);
            MetricRow e = expected.rows().get(i);
            String row = what + " row " + e.group();
            assertThat(a.currency()).as(row + ": currency").isEqualTo(e.currency());
            assertNumber(a.value(), e.value(), row + ": value");
            assertNumber(a.numerator(), e.numerator(), row + ": numerator");
            assertNumber(a.denominator(), e.denominator(), row + ": denominator");
            assertThat(a.flags()).as(row + ": flags").isEqualTo(e.flags());
            assertThat(a.fields().keySet())
                    .as(row + ": fields")
                    .containsExactlyElementsOf(e.fields().keySet());
            e.fields().forEach((name, value) -> assertNumber(a.field(name), value, row + ": " + name));
        }
    }

    private static void assertNumber(BigDecimal actual, BigDecimal expected, String what) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isNotNull();
            assertThat(actual.compareTo(expected))
                    .as("%s: %s, expected %s", what, actual, expected)
                    .isZero();
        }
    }
}
