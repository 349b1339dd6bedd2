package dev.ledgerline.hub.projection;

import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.HeldRecords;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Derives and writes the facts of time entries, a thousand at a time. */
@Component
class TimeEntryProjection {

    private final StoredVersions versions;
    private final TimeEntryFactRepository facts;

    TimeEntryProjection(StoredVersions versions, TimeEntryFactRepository facts) {
        this.versions = versions;
        this.facts = facts;
    }

    /** Recomputes the facts of the time entries {@code ids}; deleted or unknown ones lose theirs. */
    void refresh(Collection<UUID> ids, FirmSettings settings) {
        refresh(ids, FactDeriver.Batch.none(), settings);
    }

    /** The same, taking the versions the batch wrote from it, and replacing no facts of its new records. */
    void refresh(Collection<UUID> ids, FactDeriver.Batch batch, FirmSettings settings) {
        for (List<UUID> chunk : Chunks.of(List.copyOf(ids))) {
            Map<UUID, StoredVersions.Stored> current = versions.currentById(chunk, batch);
            List<Map.Entry<UUID, RecordVersion<TimeEntry>>> live = new ArrayList<>();
            Context context = new Context(versions);
            current.forEach((id, stored) -> {
                if (!stored.version().deleted() && stored.version().key().type() == RecordType.TIME_ENTRY) {
                    @SuppressWarnings("unchecked")
                    RecordVersion<TimeEntry> v = (RecordVersion<TimeEntry>) (RecordVersion<?>) stored.version();
                    live.add(Map.entry(id, v));
                    context.project(v.data().project())
                            .task(v.data().task())
                            .employee(v.data().employee());
                }
            });
            List<TimeEntryFact> derived = new ArrayList<>(live.size());
            if (!live.isEmpty()) {
                HeldRecords held =
                        context.hold(live.stream().map(Map.Entry::getValue).toList());
                TimeEntryDerivation derivation = new TimeEntryDerivation(held, settings);
                live.forEach(e -> derived.add(derivation.derive(e.getKey(), e.getValue())));
            }
            facts.replace(chunk.stream().filter(id -> !batch.fresh.contains(id)).toList(), derived);
        }
    }
}
