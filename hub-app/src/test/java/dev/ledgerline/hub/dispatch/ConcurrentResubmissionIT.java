package dev.ledgerline.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.testing.Customers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ConcurrentResubmissionIT extends DeliveryScenario {

    @Test
    @Tag("R4")
    void sameBatchPostedThreeTimesAtOnceIsOnceInTheLedgerAndOnceInOdoo() throws Exception {
        int count = 1_000;
        String prefix = prefix("R4");
        List<String> batch = Customers.many(prefix, count);

        ExecutorService senders = Executors.newFixedThreadPool(3);
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sent.add(senders.submit(() -> post(batch)));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        senders.shutdown();

        awaitDelivered(prefix, count, Duration.ofSeconds(60));
        assertThat(states(prefix).values().stream().mapToLong(Long::longValue).sum())
                .as("records in the ledger")
                .isEqualTo(count);
        assertThat(sql.sql("""
                        SELECT COUNT(*) FROM ledger_record_version v JOIN ledger_record r ON r.id = v.record_id
                         WHERE r.external_id LIKE :p
                        """).param("p", prefix + "%").query(Long.class).single())
                .as("versions kept")
                .isEqualTo(count);
        assertThat(partners(prefix)).as("partners in Odoo").isEqualTo(count);
    }
}
