package dev.ledgerline.hub.ledger;

import com.zaxxer.hikari.HikariDataSource;
import dev.ledgerline.hub.testing.PostgresExtension;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class PostgresLedgerRepositoryIT extends LedgerRepositoryContract {

    private static HikariDataSource dataSource;

    @BeforeAll
    static void database() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(PostgresExtension.server().createDatabase());
        dataSource.setUsername(PostgresExtension.server().user());
        dataSource.setMaximumPoolSize(4);
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
}
