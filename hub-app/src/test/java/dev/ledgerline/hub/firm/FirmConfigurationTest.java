package dev.ledgerline.hub.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.core.firm.EntitySettings;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FirmConfigurationTest {

    private static final FirmProperties.Entity US = new FirmProperties.Entity(
            "USD", ZoneId.of("America/New_York"), null, Set.of(LocalDate.of(2026, 7, 3)), null, null, null, null);
    private static final FirmProperties.Entity EU = new FirmProperties.Entity(
            "EUR",
            null,
            Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
            null,
            List.of(new FirmProperties.Lock(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))),
            EntitySettings.TmRevenue.AS_PERFORMED,
            EntitySettings.LockPolicy.REJECT,
            null);

    @Test
    void entitiesKeepTheirCalendarsLocksAndPolicies() {
        var firm = new FirmConfiguration(new FirmProperties(Map.of("us", US, "eu", EU), null, null));

        EntitySettings us = firm.entity("us").orElseThrow();
        EntitySettings eu = firm.entity("eu").orElseThrow();

        assertThat(us.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(us.hasHolidayCalendar()).isTrue();
        assertThat(us.isWorkingDay(LocalDate.of(2026, 7, 3))).isFalse();
        assertThat(us.tmRevenue()).isEqualTo(EntitySettings.TmRevenue.AS_BILLED);
        assertThat(eu.isWorkingDay(LocalDate.of(2026, 3, 6))).as("a Friday").isFalse();
        assertThat(eu.isLocked(LocalDate.of(2026, 1, 15))).isTrue();
        assertThat(eu.firstOpenDateOnOrAfter(LocalDate.of(2026, 1, 15))).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(eu.lockPolicy()).isEqualTo(EntitySettings.LockPolicy.REJECT);
        assertThat(firm.entity("apac")).isEmpty();
    }

    @Test
    void rateCardLinesTakeTheCurrencyOfTheirEntity() {
        var firm = new FirmConfiguration(new FirmProperties(
                Map.of("us", US, "eu", EU),
                List.of(
                        new FirmProperties.Rate("us", "senior", new BigDecimal("200.00"), LocalDate.of(2026, 1, 1)),
                        new FirmProperties.Rate("us", "senior", new BigDecimal("220.00"), LocalDate.of(2026, 3, 1)),
                        new FirmProperties.Rate("eu", "senior", new BigDecimal("180.00"), LocalDate.of(2026, 1, 1))),
                null));

        assertThat(firm.rateCard().rate("us", "senior", LocalDate.of(2026, 2, 28)))
                .contains(new BigDecimal("200.00"));
        assertThat(firm.rateCard().rate("us", "senior", LocalDate.of(2026, 3, 1)))
                .contains(new BigDecimal("220.00"));
        assertThat(firm.rateCard().rates())
                .filteredOn(r -> r.entity().equals("eu"))
                .singleElement()
                .satisfies(r -> assertThat(r.currency()).isEqualTo("EUR"));
    }

    @Test
    void aRateOfAnUnconfiguredEntityStopsStartupWithThePropertyName() {
        assertThatThrownBy(() -> new FirmProperties(
                        Map.of("us", US),
                        List.of(new FirmProperties.Rate("apac", "senior", BigDecimal.TEN, LocalDate.of(2026, 1, 1))),
                        null))
                .hasMessageContaining("ledgerline.firm.rate-card")
                .hasMessageContaining("apac");
    }
}
