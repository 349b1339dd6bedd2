package dev.ledgerline.core.firm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.firm.CompanyRateTable.OdooRate;
import dev.ledgerline.core.firm.CompanyRateTable.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyRateTableTest {

    private static OdooRate rate(String currency, String date, String rate, Long company) {
        return new OdooRate(currency, LocalDate.parse(date), new BigDecimal(rate), company);
    }

    private static Rate row(String currency, String date, String rate) {
        return new Rate(currency, LocalDate.parse(date), new BigDecimal(rate).setScale(CompanyRateTable.SCALE));
    }

    @Test
    void companyRatesWinOverSharedRatesWhateverTheirDates() {
        List<Rate> table = CompanyRateTable.of(
                1,
                "USD",
                List.of(),
                List.of(
                        rate("EUR", "2026-01-01", "0.95", 1L),
                        rate("EUR", "2026-03-01", "0.90", null),
                        rate("EUR", "2026-04-01", "0.92", 1L)));

        // The shared March rate never applies: Odoo looks at the company's own rates first.
        assertThat(table).containsExactly(row("EUR", "2026-01-01", "0.95"), row("EUR", "2026-04-01", "0.92"));
    }

    @Test
    void sharedRatesApplyWhenTheCompanyHasNone() {
        List<Rate> table = CompanyRateTable.of(
                1,
                "USD",
                List.of(),
                List.of(rate("EUR", "2026-01-01", "0.95", null), rate("GBP", "2026-02-01", "0.8", null)));

        assertThat(table).containsExactly(row("EUR", "2026-01-01", "0.95"), row("GBP", "2026-02-01", "0.8"));
    }

    @Test
    void ratesOfOtherCompaniesAreIgnored() {
        List<Rate> table = CompanyRateTable.of(
                1,
                "USD",
                List.of(),
                List.of(rate("EUR", "2026-01-01", "0.95", 2L), rate("EUR", "2026-01-01", "0.97", 1L)));

        assertThat(table).containsExactly(row("EUR", "2026-01-01", "0.97"));
    }

    @Test
    void aCompanyWhoseCurrencyHasRatesGetsOtherCurrenciesRelativeToIt() {
        // A EUR company in a database whose rates are kept against USD: 1 EUR = 1 / 0.8 USD.
        List<Rate> table = CompanyRateTable.of(
                2,
                "EUR",
                List.of("USD", "EUR"),
                List.of(rate("EUR", "2026-01-01", "0.8", null), rate("EUR", "2026-02-01", "0.9", null)));

        assertThat(table).containsExactly(row("USD", "2026-01-01", "1.25"), row("USD", "2026-02-01", "1.111111111111"));
    }

    @Test
    void aCurrencyWithoutAnyRateAgainstACompanyCurrencyWithoutRatesHasNoRow() {
        // Odoo would convert at 1.0; the hub refuses to convert instead of inventing a rate.
        assertThat(CompanyRateTable.of(1, "USD", List.of("GBP"), List.of())).isEmpty();
    }

    @Test
    void aRateEqualToThePreviousOneAddsNoRow() {
        List<Rate> table = CompanyRateTable.of(
                1,
                "USD",
                List.of(),
                List.of(rate("EUR", "2026-01-01", "0.95", null), rate("EUR", "2026-02-01", "0.950", null)));

        assertThat(table).containsExactly(row("EUR", "2026-01-01", "0.95"));
    }
}
