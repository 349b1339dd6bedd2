package dev.ledgerline.hub.ingest;

import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.hub.ledger.LedgerRepository;
import dev.ledgerline.hub.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Backpressure: above {@code ledgerline.ingest.max-backlog} records not yet delivered, ingest answers
 * 429 with {@code Retry-After} instead of growing the queue. The count is reused for a short interval
 * so a burst of batches does not count the table once each.
 */
@Component
class BacklogGate {

    private final LedgerRepository ledger;
    private final IngestProperties properties;
    private final Clock clock;
    private volatile long count;
    private volatile Instant countedAt = Instant.MIN;

    BacklogGate(LedgerRepository ledger, IngestProperties properties, Clock clock) {
        this.ledger = ledger;
        this.properties = properties;
        this.clock = clock;
    }

    void check() {
        Instant now = clock.instant();
        if (countedAt.plus(properties.backlogCheckInterval()).isBefore(now)) {
            count = ledger.backlog();
            countedAt = now;
        }
        if (count > properties.maxBacklog()) {
            throw new ApiException(
                    429,
                    ErrorCode.BACKLOG_FULL,
                    "the hub holds " + count + " records not yet delivered; send again later",
                    List.of(),
                    Map.of("Retry-After", Long.toString(properties.retryAfter().toSeconds())));
        }
    }
}
