package dev.ledgerline.hub.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.stereotype.Component;

/** Counters of {@code ledgerline.ingest.*}: items received and what became of them. */
@Component
class IngestMetrics {

    private final Counter received;
    private final Counter accepted;
    private final Counter rejected;
    private final Counter duplicates;
    private final Counter stale;

    IngestMetrics(MeterRegistry registry) {
        received = Counter.builder("ledgerline.ingest.received")
                .description("envelopes received in batches that were processed")
                .register(registry);
        accepted = Counter.builder("ledgerline.ingest.accepted")
                .description("envelopes stored as a new version")
                .register(registry);
        rejected = Counter.builder("ledgerline.ingest.rejected")
                .description("envelopes refused with reasons")
                .register(registry);
        duplicates = Counter.builder("ledgerline.ingest.duplicates")
                .description("duplicate envelopes suppressed")
                .register(registry);
        stale = Counter.builder("ledgerline.ingest.stale")
                .description("envelopes older than the stored version")
                .register(registry);
    }

    void record(List<IngestOutcome> outcomes) {
        received.increment(outcomes.size());
        for (IngestOutcome o : outcomes) {
            switch (o) {
                case IngestOutcome.Accepted a -> accepted.increment();
                case IngestOutcome.Rejected r -> rejected.increment();
                case IngestOutcome.Duplicate d -> duplicates.increment();
                case IngestOutcome.Stale s -> stale.increment();
            }
        }
    }
}
