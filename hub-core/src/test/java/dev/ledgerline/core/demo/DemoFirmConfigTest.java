package dev.ledgerline.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Expense;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.VendorBill;
import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.core.firm.ExchangeRates;
import dev.ledgerline.core.firm.MissingExchangeRateException;
import dev.ledgerline.core.firm.TaxRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The firm's configuration: entities, rate card, taxes, exchange rates and sources. */
class DemoFirmConfigTest {

    private static final DemoFirmConfig CONFIG = SmallFirm.FIRM.config();

    @Test
    void twoEntitiesWithTheirCurrencyZoneCalendarAndRevenueBasis() {
        EntitySettings us = CONFIG.entity("us");
        EntitySettings eu = CONFIG.entity("eu");

        assertThat(us.currency()).isEqualTo("USD");
        assertThat(us.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(us.hasHolidayCalendar()).isTrue();
        assertThat(us.holidays())
                .contains(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 2, 16));
        assertThat(us.isWorkingDay(LocalDate.of(2026, 1, 19))).isFalse();
        assertThat(us.tmRevenue()).isEqualTo(EntitySettings.TmRevenue.AS_BILLED);
        assertThat(eu.currency()).isEqualTo("EUR");
        assertThat(eu.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(eu.hasHolidayCalendar()).isFalse();
        assertThat(eu.tmRevenue()).isEqualTo(EntitySettings.TmRevenue.AS_PERFORMED);
        assertThat(CONFIG.company("eu").vatNumber()).startsWith("DE");
        assertThat(us.periodLocks()).isEmpty();
    }

    @Test
    void periodLocksCloseTheFirstMonthWhenAsked() {
        DemoFirmConfig locked =
                DemoFirm.generate(DemoFirmSpec.small().withPeriodLocks(true)).config();

        assertThat(locked.entity("us").isLocked(LocalDate.of(2026, 1, 31))).isTrue();
        assertThat(locked.entity("eu").isLocked(LocalDate.of(2026, 2, 1))).isFalse();
    }

    @Test
    void theFirmRateCardCoversEveryRoleInBothEntitiesAndChangesOnceMidPeriod() {
        var card = CONFIG.firmRateCard();

        for (String role : List.of(
                "partner",
                "manager",
                "senior_consultant",
                "consultant",
                "analyst",
                "senior_engineer",
                "engineer",
                "designer")) {
            assertThat(card.rate("us", role, CONFIG.periodStart())).isPresent();
            assertThat(card.rate("eu", role, CONFIG.periodStart())).isPresent();
        }
        assertThat(card.rate("us", "senior_consultant", LocalDate.of(2026, 1, 31)))
                .contains(new BigDecimal("240.00"));
        assertThat(card.rate("us", "senior_consultant", LocalDate.of(2026, 2, 1)))
                .contains(new BigDecimal("255.00"));
        assertThat(card.rates())
                .allSatisfy(r -> assertThat(r.currency())
                        .isEqualTo(CONFIG.entity(r.entity()).currency()));
    }

    @Test
    void taxesAreCodesAndRatesTheHubMapsToOdooIds() {
        List<TaxRule> rules = CONFIG.taxRules(t -> 100 + CONFIG.taxes().indexOf(t));

        assertThat(rules).hasSameSizeAs(CONFIG.taxes());
        assertThat(rules.getFirst().odooTaxId()).isEqualTo(100);
        assertThat(CONFIG.taxes()).anyMatch(t -> t.serviceType() != null);
        assertThat(CONFIG.taxes().stream()
                        .filter(t -> t.taxCode().equals("DE-VAT19"))
                        .findFirst()
                        .orElseThrow()
                        .percent())
                .isEqualByComparingTo("19");
    }

    @Test
    void exchangeRatesConvertEveryForeignAmountOnItsDate() {
        for (RecordVersion<CanonicalRecord> r : SmallFirm.RECORDS) {
            switch (r.data()) {
                case Contract c -> rate(c.entity(), c.currency(), CONFIG.periodStart());
                case Expense x -> rate(r.entity(), x.currency(), x.date());
                case VendorBill b -> rate(r.entity(), b.currency(), b.date());
                default -> {}
            }
        }
        ExchangeRates us = CONFIG.exchangeRates("us");

        assertThat(us.rate("USD", CONFIG.periodEnd())).isEqualByComparingTo("1");
        assertThat(us.rate("EUR", CONFIG.periodStart())).isNotEqualByComparingTo(us.rate("EUR", CONFIG.periodEnd()));
        assertThat(us.rate("EUR", CONFIG.periodEnd())).isBetween(new BigDecimal("0.80"), new BigDecimal("1.05"));
        assertThatThrownBy(() -> us.rate("JPY", CONFIG.periodEnd())).isInstanceOf(MissingExchangeRateException.class);
    }

    @Test
    void everyEnvelopeComesFromAConfiguredSourceThatSendsItsType() {
        assertThat(SmallFirm.RECORDS)
                .allSatisfy(r -> assertThat(CONFIG.sources())
                        .anyMatch(s -> s.id().equals(r.key().source())
                                && s.types().contains(r.key().type())));
    }

    private static void rate(String entity, String currency, LocalDate date) {
        assertThat(CONFIG.exchangeRates(entity).rate(currency, date)).isPositive();
    }
}
