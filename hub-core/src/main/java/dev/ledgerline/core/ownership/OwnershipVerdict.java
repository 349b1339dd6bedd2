package dev.ledgerline.core.ownership;

import dev.ledgerline.core.validation.Problem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What {@link OwnershipPolicy} decided about one incoming version. */
public sealed interface OwnershipVerdict {

    /** The fields the sender changed without owning them; empty when the version is applied as sent. */
    List<FieldViolation> violations();

    /** Nothing foreign changed: apply {@code data} as sent. */
    record Allowed(Map<String, Object> data) implements OwnershipVerdict {
        public Allowed {
            Objects.requireNonNull(data, "data");
        }

        @Override
        public List<FieldViolation> violations() {
            return List.of();
        }
    }

    /** Refuse the whole item: one {@code OWNERSHIP_VIOLATION} per foreign field. */
    record Rejected(List<FieldViolation> violations) implements OwnershipVerdict {
        public Rejected {
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("a rejection needs a violation");
            }
            violations = List.copyOf(violations);
        }

        public List<Problem> problems() {
            return violations.stream().map(FieldViolation::problem).toList();
        }
    }

    /**
     * Apply {@code data}: the sent data with every foreign field back at its stored value (or left out
     * when nothing was stored), and answer a warning per foreign field.
     */
    record Ignored(Map<String, Object> data, List<FieldViolation> violations) implements OwnershipVerdict {
        public Ignored {
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("an ignored change needs a violation");
            }
            data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
            violations = List.copyOf(violations);
        }

        public List<Problem> warnings() {
            return violations.stream().map(FieldViolation::warning).toList();
        }
    }
}
