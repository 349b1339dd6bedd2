package dev.ledgerline.core.rates;

import static dev.ledgerline.core.testdata.Dates.d;
import static dev.ledgerline.core.testdata.Dates.dec;
import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.firm.ExchangeRates;
import dev.ledgerline.core.firm.FirmRate;
import dev.ledgerline.core.firm.FirmRateCard;
import dev.ledgerline.core.firm.MissingExchangeRateException;
import dev.ledgerline.core.testdata.Firm;
import dev.ledgerline.core.testdata.TimeEntries;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RatePrecedenceTest {

    static final Ref E1 = new Ref("psa", "E1");

    final FirmRateCard firmCard = new FirmRateCard(List.of(
            Firm.firmRate("senior", "180", "2025-01-01"),
            Firm.firmRate("senior", "190", "2026-02-01"),
            Firm.firmRate("junior", "100", "2025-01-01"),
            Firm.firmRate("architect", "250", "2025-01-01")));
    final RatePrecedence precedence = RatePrecedence.withoutConversion(firmCard);
    final EmployeeHistory seniorAda = EmployeeHistory.single(E1, Firm.employee("senior"));

    static TimeEntry entryOn(String date, String role) {
        return TimeEntries.approved("TE-1").on(date).role(role).build();
    }

    @Nested
    class Precedence {

        @Test
        void contractEmployeeRateWinsOverEveryRateCard() {
            Contract c = terms().employeeRate("E1", "210")
                    .rate("senior", "200")
                    .rate("architect", "300")
                    .contract(BillingModel.TIME_AND_MATERIALS);

            EntryRates rates = precedence.resolve(c, entryOn("2026-01-05", "architect"), seniorAda);

            assertThat(rates.rate()).hasValueSatisfying(r -> {
                assertThat(r.amount()).isEqualByComparingTo("210");
                assertThat(r.source()).isEqualTo(RateSource.CONTRACT_EMPLOYEE_RATE);
                assertThat(r.role()).isNull();
                assertThat(r.currency()).isEqualTo("USD");
            });
        }

        @Test
        void contractRateOfTheEntryRoleWinsOverTheEmployeeRole() {
            Contract c =
                    terms().rate("senior", "200").rate("architect", "300").contract(BillingModel.TIME_AND_MATERIALS);

            Rate rate = precedence
                    .resolve(c, entryOn("2026-01-05", "architect"), seniorAda)
                    .rate()
                    .orElseThrow();

            assertThat(rate.amount()).isEqualByComparingTo("300");
            assertThat(rate.source()).isEqualTo(RateSource.CONTRACT_ENTRY_ROLE);
            assertThat(rate.role()).isEqualTo("architect");
        }

        @Test
        void contractRateOfTheEmployeeRoleWinsOverTheFirmRateOfTheEntryRole() {
            Contract c = terms().rate("senior", "200").contract(BillingModel.TIME_AND_MATERIALS);

            Rate rate = precedence
                    .resolve(c, entryOn("2026-01-05", "architect"), seniorAda)
                    .rate()
                    .orElseThrow();

            assertThat(rate.amount()).isEqualByComparingTo("200");
            assertThat(rate.source()).isEqualTo(RateSource.CONTRACT_EMPLOYEE_ROLE);
        }

        @Test
        void firmRateOfTheEntryRoleComesBeforeTheFirmRateOfTheEmployeeRole() {
            Contract c = terms().contract(BillingModel.TIME_AND_MATERIALS);

            Rate rate = precedence
                    .resolve(c, entryOn("2026-01-05", "architect"), seniorAda)
                    .rate()
                    .orElseThrow();

            assertThat(rate.amount()).isEqualByComparingTo("250");
            assertThat(rate.source()).isEqualTo(RateSource.FIRM_ENTRY_ROLE);
        }

        @Test
        void firmRateOfTheEmployeeRoleIsTheLastResortAndIsDated() {
            Contract c = terms().contract(BillingModel.TIME_AND_MATERIALS);

            Rate january = precedence
                    .resolve(c, entryOn("2026-01-31", null), seniorAda)
                    .rate()
                    .orElseThrow();
            Rate february = precedence
                    .resolve(c, entryOn("2026-02-01", null), seniorAda)
                    .rate()
                    .orElseThrow();

            assertThat(january.amount()).isEqualByComparingTo("180");
            assertThat(february.amount()).isEqualByComparingTo("190");
            assertThat(february.source()).isEqualTo(RateSource.FIRM_EMPLOYEE_ROLE);
        }

        @Test
        void entryRoleUnknownAnywhereFallsBackToTheEmployeeRole() {
            Contract c = terms().rate("senior", "200").contract(BillingModel.TIME_AND_MATERIALS);

            Rate rate = precedence
                    .resolve(c, entryOn("2026-01-05", "astronaut"), seniorAda)
                    .rate()
                    .orElseThrow();

            assertThat(rate.amount()).isEqualByComparingTo("200");
        }

        @Test
        void noRateAnywhereIsNoRate() {
            Contract c = terms().rate("junior", "120").contract(BillingModel.TIME_AND_MATERIALS);
            EmployeeHistory noRole = EmployeeHistory.single(E1, Firm.employee(null));

            EntryRates rates = precedence.resolve(c, entryOn("2026-01-05", "astronaut"), noRole);

            assertThat(rates.rate()).isEmpty();
            assertThat(rates.flags()).containsExactly(RateFlag.NO_RATE, RateFlag.NO_STANDARD_RATE);
        }

        @Test
        void firmRateBeforeItsFirstValidFromDoesNotApply() {
            FirmRateCard late = new FirmRateCard(List.of(Firm.firmRate("senior", "180", "2026-03-01")));
            Contract c = terms().contract(BillingModel.TIME_AND_MATERIALS);

            EntryRates rates =
                    RatePrecedence.withoutConversion(late).resolve(c, entryOn("2026-02-28", null), seniorAda);

            assertThat(rates.rate()).isEmpty();
        }

        @Test
        void firmRateOfAnotherEntityDoesNotApply() {
            FirmRateCard uk =
                    new FirmRateCard(List.of(new FirmRate("uk", "senior", dec("150"), "GBP", d("2025-01-01"))));
            Contract c = terms().contract(BillingModel.TIME_AND_MATERIALS);

            assertThat(RatePrecedence.withoutConversion(uk)
                            .resolve(c, entryOn("2026-01-05", null), seniorAda)
                            .rate())
                    .isEmpty();
        }
    }

    @Nested
    class Amendments {

        final Contract amended = terms().rate("senior", "200")
                .rate("junior", "120")
                .contract(
                        BillingModel.TIME_AND_MATERIALS,
                        terms().rate("senior", "220").amendment("A1", "2026-02-01", true),
                        terms().rate("senior", "999").amendment("A2", "2026-01-01", false));

        @Test
        void signedAmendmentAppliesFromItsEffectiveDate() {
            assertThat(precedence
                            .resolve(amended, entryOn("2026-01-31", null), seniorAda)
                            .rate()
                            .orElseThrow()
                            .amount())
                    .isEqualByComparingTo("200");
            assertThat(precedence
                            .resolve(amended, entryOn("2026-02-01", null), seniorAda)
                            .rate()
                            .orElseThrow()
                            .amount())
                    .isEqualByComparingTo("220");
        }

        @Test
        void amendmentMergesRateCardPerRoleSoOtherRolesKeepTheirRate() {
            EmployeeHistory junior = EmployeeHistory.single(E1, Firm.employee("junior"));

            assertThat(precedence
                            .resolve(amended, entryOn("2026-03-01", null), junior)
                            .rate()
                            .orElseThrow()
                            .amount())
                    .isEqualByComparingTo("120");
        }

        @Test
        void unsignedAmendmentNeverApplies() {
            assertThat(precedence
                            .resolve(amended, entryOn("2026-01-15", null), seniorAda)
                            .rate()
                            .orElseThrow()
                            .amount())
                    .isEqualByComparingTo("200");
        }
    }

    @Nested
    class EmployeeRoleAtTheEntryDate {

        final EmployeeHistory promoted = new EmployeeHistory(
                E1, List.of(Firm.employee("junior", "2025-06-01"), Firm.employee("senior", "2026-02-01")));
        final Contract c =
                terms().rate("junior", "120").rate("senior", "200").contract(BillingModel.TIME_AND_MATERIALS);

        @Test
        void roleValidAtTheEntryDateIsUsed() {
            assertThat(precedence
                            .resolve(c, entryOn("2026-01-31", null), promoted)
                            .rate()
                            .orElseThrow()
                            .amount())
                    .isEqualByComparingTo("120");
            assertThat(precedence
                            .resolve(c, entryOn("2026-02-01", null), promoted)
                            .rate()
                            .orElseThrow()
                            .amount())
                    .isEqualByComparingTo("200");
        }

        @Test
        void datesBeforeTheFirstValidFromUseTheEarliestVersion() {
            assertThat(precedence
                            .resolve(c, entryOn("2025-01-10", null), promoted)
                            .rate()
                            .orElseThrow()
                            .amount())
                    .isEqualByComparingTo("120");
        }
    }

    @Nested
    class StandardRates {

        @Test
        void standardRateIsTheFirmRateOfTheRoleThatGaveTheContractRate() {
            Contract c = terms().rate("architect", "300").contract(BillingModel.TIME_AND_MATERIALS);

            EntryRates rates = precedence.resolve(c, entryOn("2026-01-05", "architect"), seniorAda);

            assertThat(rates.standardRate()).hasValueSatisfying(s -> {
                assertThat(s.amount()).isEqualByComparingTo("250");
                assertThat(s.role()).isEqualTo("architect");
            });
        }

        @Test
        void standardRateAfterAnEmployeeRateUsesTheEntryRole() {
            Contract c = terms().employeeRate("E1", "210").contract(BillingModel.TIME_AND_MATERIALS);

            StandardRate s = precedence
                    .resolve(c, entryOn("2026-01-05", "junior"), seniorAda)
                    .standardRate()
                    .orElseThrow();

            assertThat(s.amount()).isEqualByComparingTo("100");
            assertThat(s.role()).isEqualTo("junior");
        }

        @Test
        void standardRateAfterAnEmployeeRateFallsBackToTheEmployeeRole() {
            Contract c = terms().employeeRate("E1", "210").contract(BillingModel.TIME_AND_MATERIALS);

            StandardRate s = precedence
                    .resolve(c, entryOn("2026-02-10", null), seniorAda)
                    .standardRate()
                    .orElseThrow();

            assertThat(s.amount()).isEqualByComparingTo("190");
            assertThat(s.role()).isEqualTo("senior");
        }

        @Test
        void contractRateOfARoleWithoutFirmRateIsFlaggedNoStandardRate() {
            Contract c = terms().rate("astronaut", "500").contract(BillingModel.TIME_AND_MATERIALS);

            EntryRates rates = precedence.resolve(c, entryOn("2026-01-05", "astronaut"), seniorAda);

            assertThat(rates.rate()).isPresent();
            assertThat(rates.standardRate()).isEmpty();
            assertThat(rates.flags()).containsExactly(RateFlag.NO_STANDARD_RATE);
        }

        @Test
        void standardRateOutsideAContractUsesTheEntryRoleThenTheEmployeeRole() {
            assertThat(precedence.standardRate("us", entryOn("2026-01-05", "junior"), seniorAda))
                    .hasValueSatisfying(s -> assertThat(s.amount()).isEqualByComparingTo("100"));
            assertThat(precedence.standardRate("us", entryOn("2026-01-05", null), seniorAda))
                    .hasValueSatisfying(s -> assertThat(s.amount()).isEqualByComparingTo("180"));
        }
    }

    @Nested
    class ForeignCurrencyContract {

        // EUR per USD (company currency USD = 1): 0.9 on 2026-01-01, 0.8 from 2026-02-01
        final ExchangeRates rates = (currency, date) -> switch (currency) {
            case "USD" -> BigDecimal.ONE;
            case "EUR" -> date.isBefore(d("2026-02-01")) ? dec("0.9") : dec("0.8");
            default -> throw new MissingExchangeRateException(currency, date);
        };
        final RatePrecedence converting = new RatePrecedence(firmCard, entity -> rates);

        @Test
        void firmRateIsConvertedToTheContractCurrencyAtTheEntryDateToTheCent() {
            Contract eur = terms().contract(BillingModel.TIME_AND_MATERIALS, "EUR");

            Rate jan = converting
                    .resolve(eur, entryOn("2026-01-05", null), seniorAda)
                    .rate()
                    .orElseThrow();
            Rate feb = converting
                    .resolve(eur, entryOn("2026-02-05", null), seniorAda)
                    .rate()
                    .orElseThrow();

            assertThat(jan.amount()).isEqualByComparingTo("162.00"); // 180 × 0.9
            assertThat(jan.currency()).isEqualTo("EUR");
            assertThat(feb.amount()).isEqualByComparingTo("152.00"); // 190 × 0.8
        }

        @Test
        void contractRatesAreAlreadyInContractCurrencyAndNeverConverted() {
            Contract eur = terms().rate("senior", "175").contract(BillingModel.TIME_AND_MATERIALS, "EUR");

            assertThat(converting
                            .resolve(eur, entryOn("2026-01-05", null), seniorAda)
                            .rate()
                            .orElseThrow()
                            .amount())
                    .isEqualByComparingTo("175");
        }

        @Test
        void standardRateStaysInTheEntityCurrency() {
            Contract eur = terms().rate("senior", "175").contract(BillingModel.TIME_AND_MATERIALS, "EUR");

            StandardRate s = converting
                    .resolve(eur, entryOn("2026-01-05", null), seniorAda)
                    .standardRate()
                    .orElseThrow();

            assertThat(s.amount()).isEqualByComparingTo("180");
            assertThat(s.currency()).isEqualTo("USD");
        }

        @Test
        void missingExchangeRateIsAnErrorNotASilentRate() {
            Contract gbp = terms().contract(BillingModel.TIME_AND_MATERIALS, "GBP");

            assertThatThrownBy(() -> converting.resolve(gbp, entryOn("2026-01-05", null), seniorAda))
                    .isInstanceOf(MissingExchangeRateException.class);
        }
    }

    @Test
    void conversionFollowsOdooRoundingHalfUp() {
        ExchangeRates r = (currency, date) -> currency.equals("EUR") ? dec("0.925") : BigDecimal.ONE;
        CurrencyConversion conversion = new CurrencyConversion(r);

        assertThat(conversion.convert(dec("22.30"), "USD", "EUR", d("2026-01-01")))
                .isEqualByComparingTo("20.63");
        assertThat(conversion.convert(dec("-22.30"), "USD", "EUR", d("2026-01-01")))
                .isEqualByComparingTo("-20.63");
        assertThat(conversion.convert(dec("100.00"), "EUR", "USD", d("2026-01-01")))
                .isEqualByComparingTo("108.11");
        assertThat(conversion.convert(dec("100.00"), "USD", "USD", d("2026-01-01")))
                .isEqualByComparingTo("100.00");
    }
}
