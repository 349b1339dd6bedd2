package dev.ledgerline.odoo.sandbox.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected values are what Odoo 18's {@code float_round} and {@code float_is_zero} return for the same floats. */
class FloatRoundingTest {

    @Test
    void aTaxEndingInAHalfCentRoundsUpAsInOdoo() {
        double tax = 383.3 * 15 / 100; // 57.49499999… as a double
        assertThat(FloatRounding.cents(tax)).isEqualTo(57.5);
        assertThat(FloatRounding.cents(-tax)).isEqualTo(-57.5);
    }

    @Test
    void valuesJustBelowTheTieInBinaryStillRoundAwayFromZero() {
        assertThat(FloatRounding.cents(2.675)).isEqualTo(2.68);
        assertThat(FloatRounding.cents(1.005)).isEqualTo(1.01);
        assertThat(FloatRounding.cents(0.125)).isEqualTo(0.13);
    }

    @Test
    void otherValuesRoundToTheNearestStep() {
        assertThat(FloatRounding.cents(39.996)).isEqualTo(40.0);
        assertThat(FloatRounding.cents(26.664)).isEqualTo(26.66);
        assertThat(FloatRounding.cents(105.26315789)).isEqualTo(105.26);
        assertThat(FloatRounding.round(1.3, 0.5)).isEqualTo(1.5);
        assertThat(FloatRounding.round(1234.5, 1.0)).isEqualTo(1235.0);
        assertThat(FloatRounding.cents(0.0)).isEqualTo(0.0);
    }

    @Test
    void zeroAndComparisonFollowTheRoundedValues() {
        assertThat(FloatRounding.isZero(0.004, 0.01)).isTrue();
        assertThat(FloatRounding.isZero(0.005, 0.01)).isFalse();
        assertThat(FloatRounding.compare(100.0, 60.0 + 40.0000001, 0.01)).isZero();
        assertThat(FloatRounding.compare(99.99, 100.0, 0.01)).isNegative();
    }
}
