package dev.ledgerline.hub.ingest;

import static dev.ledgerline.hub.testing.Envelopes.batch;
import static dev.ledgerline.hub.testing.Envelopes.timeEntry;
import static dev.ledgerline.hub.testing.Envelopes.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.ledger.DependencyRepository;
import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.TestTokens;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * One transaction per batch: a failure after part of the batch is written leaves nothing of it, and
 * a 429 above the backlog limit writes nothing either.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledgerline.ingest.max-backlog=3")
@ActiveProfiles("test")
class BatchAtomicityTest {

    /** Fails the dependency write, which comes after records, versions and history of the batch. */
    @TestConfiguration
    static class FailingDependencies {
        @Bean
        @Primary
        DependencyRepository failingDependencies(NamedParameterJdbcTemplate jdbc) {
            return new DependencyRepository(jdbc) {
                @Override
                public void replace(Collection<UUID> records, List<Missing> missing) {
                    if (missing.stream().anyMatch(m -> m.parent().externalId().equals("EXPLODE"))) {
                        throw new IllegalStateException("injected failure");
                    }
                    super.replace(records, missing);
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient sql;

    private long count(String table) {
        return sql.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void failureMidBatchLeavesNothingOfTheBatch() {
        long records = count("ledger_record");
        long versions = count("ledger_record_version");
        long history = count("ledger_transition");

        Api.Answer answer = new Api(port)
                .postEvents(
                        TestTokens.PSA,
                        batch(timeEntry(unique("TE"), 1, "P-1", "1"), timeEntry(unique("TE"), 1, "EXPLODE", "1")));

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.errorCode()).isEqualTo("INTERNAL_ERROR");
        assertThat(count("ledger_record")).isEqualTo(records);
        assertThat(count("ledger_record_version")).isEqualTo(versions);
        assertThat(count("ledger_transition")).isEqualTo(history);
    }

    @Test
    void backlogAboveTheLimitIsAnsweredTooManyRequestsWithRetryAfter() throws InterruptedException {
        Api api = new Api(port);
        for (int i = 0; i < 4; i++) {
            api.postEvents(TestTokens.PSA, batch(timeEntry(unique("TE"), 1, "P-1", "1")));
        }
        Thread.sleep(1100); // the backlog count is reused for one second
        long records = count("ledger_record");

        Api.Answer answer = api.postEvents(TestTokens.PSA, batch(timeEntry(unique("TE"), 1, "P-1", "1")));

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.errorCode()).isEqualTo("BACKLOG_FULL");
        assertThat(answer.header("Retry-After")).isEqualTo("30");
        assertThat(count("ledger_record")).isEqualTo(records);
    }
}
