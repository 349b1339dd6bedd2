package dev.ledgerline.hub.ingest;

import dev.ledgerline.core.validation.Problem;
import java.util.List;
import java.util.UUID;

/** The answer to one envelope of a batch. */
public sealed interface IngestOutcome {

    /**
     * Stored as a new version; {@code ledgerId} is the record's id in the ledger. {@code warnings}
     * name what was not applied as sent (foreign fields kept at their stored values).
     */
    record Accepted(UUID ledgerId, List<Problem> warnings) implements IngestOutcome {
        public Accepted {
            warnings = List.copyOf(warnings);
        }

        public Accepted(UUID ledgerId) {
            this(ledgerId, List.of());
        }
    }

    /** Same key, version and content as already stored: nothing changed. */
    record Duplicate(UUID ledgerId) implements IngestOutcome {}

    /** Older than the version already stored: nothing changed. */
    record Stale(UUID ledgerId) implements IngestOutcome {}

    /** Refused with every reason; kept in the rejections with the envelope. */
    record Rejected(List<Problem> problems) implements IngestOutcome {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}
