package dev.ledgerline.core.validation;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.RecordVersion;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What {@link CanonicalReader} made of one envelope. */
public sealed interface Reading {

    /**
     * A valid envelope: the typed record and the {@code data} tree it was read from (for a
     * tombstone sent without content, the last known content with {@code deleted: true}).
     */
    record Valid(RecordVersion<CanonicalRecord> record, Map<String, Object> data) implements Reading {
        public Valid {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(data, "data");
        }
    }

    /** An envelope refused with every problem found in it. */
    record Invalid(List<Problem> problems) implements Reading {
        public Invalid {
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid reading needs a problem");
            }
            problems = List.copyOf(problems);
        }
    }
}
