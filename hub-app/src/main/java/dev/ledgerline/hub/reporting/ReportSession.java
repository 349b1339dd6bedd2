package dev.ledgerline.hub.reporting;

import java.sql.DatabaseMetaData;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * What a report's read-only transaction sets before its query, per database: one class per database,
 * chosen once from the database the hub finds.
 */
sealed interface ReportSession permits ReportSession.Postgres, ReportSession.Plain {

    void prepare(JdbcTemplate jdbc);

    static ReportSession of(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return product != null && product.toLowerCase(Locale.ROOT).contains("postgres")
                    ? new Postgres()
                    : new Plain();
        } catch (MetaDataAccessException e) {
            return new Plain();
        }
    }

    /**
     * PostgreSQL: a report groups up to a million facts into tens of thousands of rows with a dozen
     * sums each, which spills to disk at the default 4 MB of working memory; and compiling the
     * expressions (JIT) costs more than it saves at this size. Both only for the transaction.
     */
    record Postgres() implements ReportSession {
        @Override
        public void prepare(JdbcTemplate jdbc) {
            jdbc.execute("SET LOCAL work_mem = '64MB'");
            jdbc.execute("SET LOCAL jit = off");
        }
    }

    /** H2 and others: nothing to set. */
    record Plain() implements ReportSession {
        @Override
        public void prepare(JdbcTemplate jdbc) {}
    }
}
