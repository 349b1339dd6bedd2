package dev.ledgerline.core.demo;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The default test firm, generated once for all tests that only read it. */
final class SmallFirm {

    static final DemoFirm FIRM = DemoFirm.generate(DemoFirmSpec.small());
    static final List<Map<String, Object>> ENVELOPES = FIRM.envelopes().toList();
    static final List<RecordVersion<CanonicalRecord>> RECORDS = FIRM.records().toList();

    private SmallFirm() {}

    /** Every version of records of one type, in ingest order. */
    @SuppressWarnings("unchecked")
    static <T extends CanonicalRecord> List<RecordVersion<T>> all(Class<T> type) {
        return RECORDS.stream()
                .filter(r -> type.isInstance(r.data()))
                .map(r -> (RecordVersion<T>) (RecordVersion<?>) r)
                .toList();
    }

    /** The latest version of each record of one type, by key. */
    static <T extends CanonicalRecord> Map<RecordKey, RecordVersion<T>> latest(Class<T> type) {
        Map<RecordKey, RecordVersion<T>> latest = new LinkedHashMap<>();
        for (RecordVersion<T> r : all(type)) {
            latest.merge(r.key(), r, (a, b) -> b.version() > a.version() ? b : a);
        }
        return latest;
    }

    static <T extends CanonicalRecord> T latest(Class<T> type, String ref) {
        return latest(type).values().stream()
                .filter(r -> r.key().ref().toString().equals(ref))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + ref))
                .data();
    }
}
