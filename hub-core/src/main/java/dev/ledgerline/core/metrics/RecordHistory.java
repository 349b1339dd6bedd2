package dev.ledgerline.core.metrics;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every version of every record the reports read, as the ledger keeps them (tombstones included).
 * {@link #asOf} gives the records as the ledger held them at an instant of ledger time.
 */
public final class RecordHistory {

    private final Map<RecordKey, List<RecordVersion<?>>> versionsByKey = new HashMap<>();

    private RecordHistory(Collection<? extends RecordVersion<?>> versions) {
        for (RecordVersion<?> v : versions) {
            versionsByKey.computeIfAbsent(v.key(), k -> new ArrayList<>()).add(v);
        }
        versionsByKey.values().forEach(list -> list.sort(Comparator.comparingLong(RecordVersion::version)));
    }

    public static RecordHistory of(Collection<? extends RecordVersion<?>> versions) {
        return new RecordHistory(versions);
    }

    @SafeVarargs
    public static RecordHistory of(RecordVersion<? extends CanonicalRecord>... versions) {
        return new RecordHistory(List.of(versions));
    }

    /** The records as held at {@code instant}: per key, the versions received on or before it. */
    public HeldRecords asOf(Instant instant) {
        Map<RecordKey, List<RecordVersion<?>>> held = new HashMap<>();
        versionsByKey.forEach((key, versions) -> {
            List<RecordVersion<?>> received =
                    versions.stream().filter(v -> v.heldAt(instant)).toList();
            if (!received.isEmpty()) {
                held.put(key, received);
            }
        });
        return new HeldRecords(instant, held);
    }
}
