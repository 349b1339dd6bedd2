package dev.ledgerline.core.billability;

import static dev.ledgerline.core.testdata.Dates.dec;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class BillableHoursTest {

    @Test
    void hoursAreRoundedUpToTheIncrement() {
        assertThat(BillableHours.of(dec("1.1"), dec("0.25"))).isEqualByComparingTo("1.25");
        assertThat(BillableHours.of(dec("1.25"), dec("0.25"))).isEqualByComparingTo("1.25");
        assertThat(BillableHours.of(dec("0.01"), dec("0.5"))).isEqualByComparingTo("0.5");
        assertThat(BillableHours.of(dec("7.2"), dec("1"))).isEqualByComparingTo("8");
        assertThat(BillableHours.of(dec("1"), dec("0.3"))).isEqualByComparingTo("1.2");
    }

    @Test
    void withoutIncrementBillableHoursAreRecordedHours() {
        assertThat(BillableHours.of(dec("1.13"), null)).isEqualByComparingTo("1.13");
        assertThat(BillableHours.of(dec("1.13"), BigDecimal.ZERO)).isEqualByComparingTo("1.13");
    }

    @Property
    void billableHoursAreTheSmallestMultipleOfTheIncrementNotBelowRecorded(
            @ForAll @BigRange(min = "0.01", max = "24") @Scale(2) BigDecimal hours,
            @ForAll @BigRange(min = "0.05", max = "2") @Scale(2) BigDecimal increment) {
        BigDecimal billable = BillableHours.of(hours, increment);

        assertThat(billable).isGreaterThanOrEqualTo(hours);
        assertThat(billable.subtract(increment)).isLessThan(hours);
        assertThat(billable.remainder(increment)).isEqualByComparingTo("0");
    }
}
