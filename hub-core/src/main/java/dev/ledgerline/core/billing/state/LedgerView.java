package dev.ledgerline.core.billing.state;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The versions of one record type as the ledger held them at an instant (by receipt time): the
 * latest held version of each key, the held history of a key, and any version by number (an earlier
 * proposal may name a version this view no longer treats as latest). Keys are ordered by their text
 * form, so iteration is deterministic.
 */
public final class LedgerView<T extends CanonicalRecord> {

    private static final Comparator<RecordKey> BY_TEXT = Comparator.comparing(RecordKey::toString);

    private final Map<RecordKey, List<RecordVersion<T>>> held;
    private final Map<RecordKey, List<RecordVersion<T>>> all;

    private LedgerView(Map<RecordKey, List<RecordVersion<T>>> held, Map<RecordKey, List<RecordVersion<T>>> all) {
        this.held = held;
        this.all = all;
    }

    public static <T extends CanonicalRecord> LedgerView<T> asOf(
            Collection<RecordVersion<T>> versions, Instant instant) {
        Map<RecordKey, List<RecordVersion<T>>> all = new TreeMap<>(BY_TEXT);
        Map<RecordKey, List<RecordVersion<T>>> held = new TreeMap<>(BY_TEXT);
        for (RecordVersion<T> v : versions) {
            all.computeIfAbsent(v.key(), k -> new ArrayList<>()).add(v);
            if (v.heldAt(instant)) {
                held.computeIfAbsent(v.key(), k -> new ArrayList<>()).add(v);
            }
        }
        all.values().forEach(list -> list.sort(Comparator.comparingLong(RecordVersion::version)));
        held.values().forEach(list -> list.sort(Comparator.comparingLong(RecordVersion::version)));
        return new LedgerView<>(held, all);
    }

    /** The latest held version of every key, tombstones included, in key order. */
    public List<RecordVersion<T>> latest() {
        return held.values().stream().map(List::getLast).toList();
    }

    /** The latest held version of every key that is not a tombstone, in key order. */
    public List<RecordVersion<T>> live() {
        return latest().stream().filter(v -> !v.deleted()).toList();
    }

    public Optional<RecordVersion<T>> latest(RecordKey key) {
        List<RecordVersion<T>> versions = held.get(key);
        return versions == null ? Optional.empty() : Optional.of(versions.getLast());
    }

    /** The held versions of {@code key}, oldest first. */
    public List<RecordVersion<T>> held(RecordKey key) {
        return held.getOrDefault(key, List.of());
    }

    /** Version {@code version} of {@code key}, held or not. */
    public Optional<RecordVersion<T>> version(RecordKey key, long version) {
        return all.getOrDefault(key, List.of()).stream()
                .filter(v -> v.version() == version)
                .findFirst();
    }

    public boolean knows(RecordKey key) {
        return held.containsKey(key);
    }
}
