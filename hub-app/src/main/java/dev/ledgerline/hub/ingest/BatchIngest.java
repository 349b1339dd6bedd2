package dev.ledgerline.hub.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ingests one parsed batch: prepares every item, then decides and writes all of them in one
 * transaction, answering only after it committed. When concurrent batches race on the same new
 * keys, the loser's transaction is rolled back and the batch decided again against the winner's
 * rows, so the same batch sent three times at once stores each record once.
 */
@Component
public class BatchIngest {

    private final ItemPreparation preparation;
    private final BatchWriter writer;
    private final TransactionTemplate transaction;
    private final IngestMetrics metrics;
    private final IngestProperties properties;
    private final Clock clock;

    BatchIngest(
            ItemPreparation preparation,
            BatchWriter writer,
            TransactionTemplate transaction,
            IngestMetrics metrics,
            IngestProperties properties,
            Clock clock) {
        this.preparation = preparation;
        this.writer = writer;
        this.transaction = transaction;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    List<IngestOutcome> ingest(List<ParsedItem> items, String actor) {
        Instant receivedAt = clock.instant();
        int priority = items.size() <= properties.interactiveBatchSize() ? 0 : 1;
        List<PreparedItem> prepared = items.stream()
                .map(i -> preparation.prepare(i, receivedAt, priority))
                .toList();
        List<IngestOutcome> outcomes = writeWithRetry(prepared, actor);
        metrics.record(outcomes);
        return outcomes;
    }

    private List<IngestOutcome> writeWithRetry(List<PreparedItem> prepared, String actor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> writer.write(prepared, actor));
            } catch (DuplicateKeyException | ConcurrencyFailureException e) {
                if (attempt >= properties.transactionAttempts()) {
                    throw e;
                }
            }
        }
    }
}
