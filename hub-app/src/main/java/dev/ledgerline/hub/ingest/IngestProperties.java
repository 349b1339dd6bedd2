package dev.ledgerline.hub.ingest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and backpressure of {@code POST /api/v1/events}.
 *
 * @param maxBodySize largest request body; larger answers 413 {@code PAYLOAD_TOO_LARGE}
 * @param maxBatchSize most envelopes in one batch; more answers 413 {@code BATCH_TOO_LARGE}
 * @param maxDepth deepest nesting of objects and arrays in one envelope (the envelope is level 1)
 * @param maxStringLength longest string value or field name in an envelope, in characters
 * @param maxNumberLength longest number literal in an envelope, in characters
 * @param maxItemSize largest canonical JSON of one record's data, in characters
 * @param maxBacklog records not yet delivered above which ingest answers 429
 * @param backlogCheckInterval how long a backlog count is reused before counting again
 * @param retryAfter what a 429 answer asks the client to wait
 * @param interactiveBatchSize batches of at most this many envelopes go to the interactive lane
 * @param transactionAttempts how often a batch is tried when concurrent batches touch the same keys
 */
@ConfigurationProperties("ledgerline.ingest")
public record IngestProperties(
        @DefaultValue("10MB") DataSize maxBodySize,
        @DefaultValue("5000") int maxBatchSize,
        @DefaultValue("32") int maxDepth,
        @DefaultValue("65536") int maxStringLength,
        @DefaultValue("100") int maxNumberLength,
        @DefaultValue("1000000") int maxItemSize,
        @DefaultValue("500000") long maxBacklog,
        @DefaultValue("1s") Duration backlogCheckInterval,
        @DefaultValue("30s") Duration retryAfter,
        @DefaultValue("10") int interactiveBatchSize,
        @DefaultValue("5") int transactionAttempts) {

    public IngestProperties {
        positive("max-batch-size", maxBatchSize);
        positive("max-depth", maxDepth);
        positive("max-string-length", maxStringLength);
        positive("max-number-length", maxNumberLength);
        positive("max-item-size", maxItemSize);
        positive("transaction-attempts", transactionAttempts);
        if (maxBodySize.toBytes() <= 0 || maxBodySize.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("ledgerline.ingest.max-body-size must be between 1B and 2GB");
        }
        if (maxItemSize > 1_000_000) {
            throw new IllegalArgumentException("ledgerline.ingest.max-item-size must be at most 1000000 (column size)");
        }
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("ledgerline.ingest." + name + " must be positive, was " + value);
        }
    }
}
