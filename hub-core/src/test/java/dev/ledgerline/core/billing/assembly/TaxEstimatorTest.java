package dev.ledgerline.core.billing.assembly;

import static dev.ledgerline.core.testdata.Dates.dec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.firm.TaxRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaxEstimatorTest {

    final TaxEstimator taxes = new TaxEstimator(List.of(
            new TaxRule("us", "STD", null, null, 1, dec("0.10")),
            new TaxRule("us", "STD", "expense", null, 2, dec("0.05")),
            new TaxRule("us", "STD", null, "CA", 3, dec("0.00")),
            new TaxRule("us", "STD", "expense", "CA", 4, dec("0.07")),
            new TaxRule("uk", "STD", null, null, 5, dec("0.20"))));

    long taxOf(String serviceType, String country) {
        return taxes.rule("us", "STD", serviceType, country).orElseThrow().odooTaxId();
    }

    @Test
    void mostSpecificRuleWinsCountryBeforeServiceType() {
        assertThat(taxOf("time", "US")).isEqualTo(1);
        assertThat(taxOf("expense", "US")).isEqualTo(2);
        assertThat(taxOf("time", "CA")).isEqualTo(3);
        assertThat(taxOf("expense", "CA")).isEqualTo(4);
    }

    @Test
    void noRuleForTheEntityOrTaxCodeIsNoMapping() {
        assertThat(taxes.rule("de", "STD", "time", "DE")).isEmpty();
        assertThat(taxes.rule("us", "REDUCED", "time", "US")).isEmpty();
        assertThat(taxes.rule("us", null, "time", "US")).isEmpty();
    }

    @Test
    void tieGoesToTheLowestOdooTaxId() {
        TaxEstimator duplicated = new TaxEstimator(List.of(
                new TaxRule("us", "STD", null, null, 8, dec("0.10")),
                new TaxRule("us", "STD", null, null, 6, dec("0.10"))));

        assertThat(duplicated.rule("us", "STD", "time", "US").orElseThrow().odooTaxId())
                .isEqualTo(6);
    }
}
