package dev.ledgerline.hub.dispatch;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

class H2ClaimTest extends ClaimContract {

    private final JdbcDataSource dataSource = new JdbcDataSource();

    H2ClaimTest() {
        dataSource.setURL("jdbc:h2:mem:claim-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        dataSource.setUser("sa");
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }

    @Override
    protected ClaimStrategy strategy(NamedParameterJdbcTemplate jdbc) {
        ClaimStrategy strategy = ClaimStrategies.forDatabase(dataSource, jdbc);
        org.assertj.core.api.Assertions.assertThat(strategy).isInstanceOf(ConditionalUpdateClaim.class);
        return strategy;
    }
}
