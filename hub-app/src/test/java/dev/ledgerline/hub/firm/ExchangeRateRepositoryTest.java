package dev.ledgerline.hub.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.core.firm.MissingExchangeRateException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class ExchangeRateRepositoryTest {

    private ExchangeRateRepository rates;
    private final List<Object> published = new java.util.ArrayList<>();

    @BeforeEach
    void migrate() {
        var ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:rates-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).load().migrate();
        rates = new ExchangeRateRepository(
                JdbcClient.create(ds),
                Clock.fixed(Instant.parse("2026-03-31T12:00:00Z"), ZoneOffset.UTC),
                published::add);
    }

    @Test
    void theRateOnADateIsTheLatestOnOrBeforeIt() {
        rates.store(
                "us",
                List.of(
                        new ExchangeRateRepository.Rate("EUR", LocalDate.of(2026, 1, 1), new BigDecimal("0.9100")),
                        new ExchangeRateRepository.Rate("EUR", LocalDate.of(2026, 2, 15), new BigDecimal("0.9250"))));

        var usd = rates.ratesOf(EntitySettings.of("us", "USD"));

        assertThat(usd.rate("USD", LocalDate.of(2025, 1, 1))).isEqualTo(BigDecimal.ONE);
        assertThat(usd.rate("EUR", LocalDate.of(2026, 2, 14))).isEqualByComparingTo("0.9100");
        assertThat(usd.rate("EUR", LocalDate.of(2026, 2, 15))).isEqualByComparingTo("0.9250");
        assertThatThrownBy(() -> usd.rate("EUR", LocalDate.of(2025, 12, 31)))
                .isInstanceOf(MissingExchangeRateException.class);
        assertThatThrownBy(() -> usd.rate("GBP", LocalDate.of(2026, 3, 1)))
                .isInstanceOf(MissingExchangeRateException.class);
    }

    @Test
    void aPulledRateReplacesTheOneOfTheSameDateAndIsKeptPerEntity() {
        rates.store(
                "us",
                List.of(new ExchangeRateRepository.Rate("EUR", LocalDate.of(2026, 1, 1), new BigDecimal("0.91"))));
        rates.store(
                "us",
                List.of(new ExchangeRateRepository.Rate("EUR", LocalDate.of(2026, 1, 1), new BigDecimal("0.92"))));
        rates.store(
                "eu",
                List.of(new ExchangeRateRepository.Rate("USD", LocalDate.of(2026, 1, 1), new BigDecimal("1.09"))));

        assertThat(rates.ratesOf(EntitySettings.of("us", "USD")).rate("EUR", LocalDate.of(2026, 1, 2)))
                .isEqualByComparingTo("0.92");
        assertThat(rates.ratesOf(EntitySettings.of("eu", "EUR")).rate("USD", LocalDate.of(2026, 1, 2)))
                .isEqualByComparingTo("1.09");
    }

    @Test
    void storingRatesAnnouncesTheEarliestDateTheyChange() {
        rates.store(
                "us",
                List.of(
                        new ExchangeRateRepository.Rate("EUR", LocalDate.of(2026, 2, 15), new BigDecimal("0.9250")),
                        new ExchangeRateRepository.Rate("GBP", LocalDate.of(2026, 1, 5), new BigDecimal("0.7900"))));

        assertThat(published).containsExactly(new ExchangeRatesStored("us", LocalDate.of(2026, 1, 5)));
    }
}
