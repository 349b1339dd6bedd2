package dev.ledgerline.hub.dispatch;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Chooses the claim strategy once, from the database the hub runs on. */
final class ClaimStrategies {

    private ClaimStrategies() {}

    static ClaimStrategy forDatabase(DataSource dataSource, NamedParameterJdbcTemplate jdbc) {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database the ledger is on", e);
        }
        return "PostgreSQL".equalsIgnoreCase(product) ? new SkipLockedClaim(jdbc) : new ConditionalUpdateClaim(jdbc);
    }
}
