package dev.ledgerline.hub.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.core.firm.ExchangeRates;
import dev.ledgerline.core.firm.MissingExchangeRateException;
import dev.ledgerline.hub.testing.SandboxTarget;
import dev.ledgerline.odoo.client.Domain;
import dev.ledgerline.odoo.client.OdooClient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The hub's rates follow the Odoo company's {@code res.currency.rate}, as Odoo chooses them. */
@SpringBootTest
@ActiveProfiles("test")
class ExchangeRatePullIT {

    private static final SandboxTarget ODOO = SandboxTarget.shared();
    private static OdooClient client;

    @Autowired
    ExchangeRatePull pull;

    @Autowired
    ExchangeRateRepository rates;

    @Autowired
    FirmConfiguration firm;

    @DynamicPropertySource
    static void target(DynamicPropertyRegistry registry) {
        registry.add("ledgerline.targets.default.url", ODOO::url);
        registry.add("ledgerline.targets.default.database", ODOO::database);
        registry.add("ledgerline.targets.default.user", ODOO::user);
        registry.add("ledgerline.targets.default.api-key", ODOO::apiKey);
        registry.add("ledgerline.targets.default.password", () -> "");
        registry.add("ledgerline.targets.default.company-id", () -> "1");
        registry.add("ledgerline.firm.entities.us.currency", () -> "USD");
    }

    @BeforeAll
    static void connect() {
        client = OdooClient.builder()
                .url(ODOO.url())
                .database(ODOO.database())
                .login(ODOO.user())
                .apiKey(ODOO.apiKey())
                .build();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private ExchangeRates us() {
        return rates.ratesOf(firm.entity("us").orElseThrow());
    }

    private static long currency(String code) {
        long id = client.model("res.currency")
                .searchRead(Domain.eq("name", code).and(Domain.in("active", List.of(true, false))), List.of("name"))
                .getFirst()
                .id();
        client.model("res.currency").write(id, Map.of("active", true));
        return id;
    }

    @Test
    void ratesOfTheCompanyAreReadChangedAndRemovedAsOdooHasThem() {
        long chf = currency("CHF");
        var rate = client.model("res.currency.rate");
        long shared = rate.create(Map.of("currency_id", chf, "name", "2031-01-01", "rate", 0.9));
        long own = rate.create(Map.of("currency_id", chf, "name", "2031-03-01", "rate", 0.88, "company_id", 1));

        assertThat(pull.pullAll()).isPositive();

        ExchangeRates us = us();
        // Odoo takes the company's own rate on or before the date when there is one, else the shared one.
        assertThat(us.rate("CHF", LocalDate.parse("2031-02-15"))).isEqualByComparingTo("0.9");
        assertThat(us.rate("CHF", LocalDate.parse("2031-03-01"))).isEqualByComparingTo("0.88");
        assertThat(us.rate("CHF", LocalDate.parse("2031-12-31"))).isEqualByComparingTo("0.88");
        assertThatThrownBy(() -> us.rate("CHF", LocalDate.parse("2030-12-31")))
                .isInstanceOf(MissingExchangeRateException.class);

        assertThat(pull.pullAll())
                .as("a second read with nothing changed in Odoo")
                .isZero();

        rate.write(own, Map.of("rate", 0.87));
        assertThat(pull.pullAll()).isEqualTo(1);
        assertThat(us().rate("CHF", LocalDate.parse("2031-06-30"))).isEqualByComparingTo(new BigDecimal("0.87"));

        rate.unlink(List.of(own));
        pull.pullAll();
        assertThat(us().rate("CHF", LocalDate.parse("2031-06-30"))).isEqualByComparingTo("0.9");
        rate.unlink(List.of(shared));
    }
}
