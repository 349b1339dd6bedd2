package dev.ledgerline.hub.canonical;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordVersion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Version histories of several records, as the ledger held them at an instant: each key's versions
 * oldest first, keys in the order of their text form ({@code source:type:externalId}).
 */
public final class Histories {

    private static final Comparator<RecordVersion<CanonicalRecord>> ORDER = Comparator.comparing(
                    (RecordVersion<CanonicalRecord> v) -> v.key().toString())
            .thenComparingLong(RecordVersion::version);

    private final List<RecordVersion<CanonicalRecord>> versions;

    private Histories(List<RecordVersion<CanonicalRecord>> versions) {
        this.versions = versions;
    }

    static Histories of(Collection<RecordVersion<CanonicalRecord>> versions) {
        Map<String, RecordVersion<CanonicalRecord>> unique = new TreeMap<>();
        for (RecordVersion<CanonicalRecord> v : versions) {
            unique.putIfAbsent(v.key() + "#" + v.version(), v);
        }
        List<RecordVersion<CanonicalRecord>> sorted = new ArrayList<>(unique.values());
        sorted.sort(ORDER);
        return new Histories(List.copyOf(sorted));
    }

    public static Histories empty() {
        return new Histories(List.of());
    }

    /** Every version of every record, in key then version order. */
    public List<RecordVersion<CanonicalRecord>> all() {
        return versions;
    }

    /** The versions whose data is of {@code type}, in key then version order. */
    @SuppressWarnings("unchecked")
    public <T extends CanonicalRecord> List<RecordVersion<T>> of(Class<T> type) {
        List<RecordVersion<T>> found = new ArrayList<>();
        for (RecordVersion<CanonicalRecord> v : versions) {
            if (type.isInstance(v.data())) {
                found.add((RecordVersion<T>) (RecordVersion<?>) v);
            }
        }
        return List.copyOf(found);
    }

    /** The keys present, in order. */
    public Set<RecordKey> keys() {
        Set<RecordKey> keys = new LinkedHashSet<>();
        versions.forEach(v -> keys.add(v.key()));
        return keys;
    }

    public boolean isEmpty() {
        return versions.isEmpty();
    }

    /** These histories and {@code other}'s, each version once. */
    public Histories with(Histories other) {
        List<RecordVersion<CanonicalRecord>> all = new ArrayList<>(versions);
        all.addAll(other.versions);
        return of(all);
    }
}
