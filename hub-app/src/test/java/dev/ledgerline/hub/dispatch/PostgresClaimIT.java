package dev.ledgerline.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.ledgerline.hub.testing.PostgresExtension;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

@ExtendWith(PostgresExtension.class)
class PostgresClaimIT extends ClaimContract {

    private static HikariDataSource dataSource;

    @BeforeAll
    static void database() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(PostgresExtension.server().createDatabase());
        dataSource.setUsername(PostgresExtension.server().user());
        dataSource.setMaximumPoolSize(6);
        dataSource.setConnectionInitSql("SET TIME ZONE '" + PostgresExtension.sessionTimeZone() + "'");
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }

    @Override
    protected ClaimStrategy strategy(NamedParameterJdbcTemplate jdbc) {
        ClaimStrategy strategy = ClaimStrategies.forDatabase(dataSource, jdbc);
        assertThat(strategy).isInstanceOf(SkipLockedClaim.class);
        return strategy;
    }
}
