package dev.ledgerline.core.validation;

import dev.ledgerline.core.canonical.RecordKey;
import java.util.Map;
import java.util.Optional;

/** The {@code data} of the newest accepted version under a key, for tombstones sent without content. */
@FunctionalInterface
public interface LastKnown {

    LastKnown NONE = key -> Optional.empty();

    Optional<Map<String, Object>> data(RecordKey key);
}
