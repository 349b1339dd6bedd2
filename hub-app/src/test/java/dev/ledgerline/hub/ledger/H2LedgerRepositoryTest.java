package dev.ledgerline.hub.ledger;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

class H2LedgerRepositoryTest extends LedgerRepositoryContract {

    private final JdbcDataSource dataSource = new JdbcDataSource();

    H2LedgerRepositoryTest() {
        dataSource.setURL("jdbc:h2:mem:repo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
