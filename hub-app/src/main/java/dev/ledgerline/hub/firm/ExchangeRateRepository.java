package dev.ledgerline.hub.firm;

import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.core.firm.ExchangeRates;
import dev.ledgerline.core.firm.MissingExchangeRateException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exchange rates per entity, as pulled from the entity's Odoo company. Rates are never configured or
 * ingested: the hub converts as Odoo does, with Odoo's rates.
 */
@Repository
public class ExchangeRateRepository {

    private static final String SQL_DELETE = """
            DELETE FROM exchange_rate WHERE entity = :entity AND currency = :currency AND valid_from = :validFrom
            """;

    private static final String SQL_INSERT = """
            INSERT INTO exchange_rate (entity, currency, valid_from, rate, pulled_at)
            VALUES (:entity, :currency, :validFrom, :rate, :pulledAt)
            """;

    private static final String SQL_OF_ENTITY = """
            SELECT currency, valid_from, rate FROM exchange_rate WHERE entity = :entity
            """;

    /** One rate as Odoo holds it. */
    public record Rate(String currency, LocalDate validFrom, BigDecimal rate) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public ExchangeRateRepository(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Stores rates pulled from Odoo for an entity, replacing a rate of the same currency and date. */
    @Transactional
    public void store(String entity, List<Rate> rates) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        for (Rate r : rates) {
            jdbc.sql(SQL_DELETE)
                    .param("entity", entity)
                    .param("currency", r.currency())
                    .param("validFrom", r.validFrom())
                    .update();
            jdbc.sql(SQL_INSERT)
                    .param("entity", entity)
                    .param("currency", r.currency())
                    .param("validFrom", r.validFrom())
                    .param("rate", r.rate())
                    .param("pulledAt", now)
                    .update();
        }
        rates.stream()
                .map(Rate::validFrom)
                .min(LocalDate::compareTo)
                .ifPresent(earliest -> events.publishEvent(new ExchangeRatesStored(entity, earliest)));
    }

    /**
     * Makes the entity's rates exactly {@code table} (the company's rates as Odoo converts with them):
     * adds and changes what differs, removes what Odoo no longer has, and leaves equal rates alone, so
     * that amounts are converted again only from the earliest date that changed.
     *
     * @return how many rates were added, changed or removed
     */
    @Transactional
    public int replace(String entity, List<Rate> table) {
        Map<String, Rate> stored = jdbc
                .sql(SQL_OF_ENTITY)
                .param("entity", entity)
                .query((rs, n) -> new Rate(
                        rs.getString("currency"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getBigDecimal("rate")))
                .list()
                .stream()
                .collect(Collectors.toMap(r -> r.currency() + "@" + r.validFrom(), r -> r));
        List<Rate> changed = new java.util.ArrayList<>();
        for (Rate r : table) {
            Rate old = stored.remove(r.currency() + "@" + r.validFrom());
            if (old == null || old.rate().compareTo(r.rate()) != 0) {
                changed.add(r);
            }
        }
        for (Rate gone : stored.values()) {
            jdbc.sql(SQL_DELETE)
                    .param("entity", entity)
                    .param("currency", gone.currency())
                    .param("validFrom", gone.validFrom())
                    .update();
        }
        if (!changed.isEmpty()) {
            store(entity, changed);
        }
        stored.values().stream()
                .map(Rate::validFrom)
                .min(LocalDate::compareTo)
                .filter(earliest ->
                        changed.stream().noneMatch(c -> !c.validFrom().isAfter(earliest)))
                .ifPresent(earliest -> events.publishEvent(new ExchangeRatesStored(entity, earliest)));
        return changed.size() + stored.size();
    }

    /**
     * The rates of an entity: its own currency is 1; another currency's rate on a date is the latest on
     * or before it, and none is a {@link MissingExchangeRateException}.
     */
    public ExchangeRates ratesOf(EntitySettings entity) {
        Map<String, NavigableMap<LocalDate, BigDecimal>> byCurrency = jdbc
                .sql(SQL_OF_ENTITY)
                .param("entity", entity.id())
                .query((rs, n) -> new Rate(
                        rs.getString("currency"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getBigDecimal("rate")))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Rate::currency, Collectors.toMap(Rate::validFrom, Rate::rate, (a, b) -> b, TreeMap::new)));
        return (currency, date) -> {
            if (currency.equals(entity.currency())) {
                return BigDecimal.ONE;
            }
            NavigableMap<LocalDate, BigDecimal> rates = byCurrency.get(currency);
            Map.Entry<LocalDate, BigDecimal> rate = rates == null ? null : rates.floorEntry(date);
            if (rate == null) {
                throw new MissingExchangeRateException(currency, date);
            }
            return rate.getValue();
        };
    }
}
