package dev.ledgerline.hub.projection;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.metrics.RecordHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The records the rules need beside the ones being derived, read from the ledger as it stands: the
 * current projects, tasks and contracts, and every version of the employees. Held "now": the facts
 * are the ledger's present state; a point in the past is a snapshot's business.
 */
final class Context {

    private final StoredVersions versions;
    private final Set<RecordKey> projects = new LinkedHashSet<>();
    private final Set<RecordKey> tasks = new LinkedHashSet<>();
    private final Set<RecordKey> employees = new LinkedHashSet<>();

    Context(StoredVersions versions) {
        this.versions = versions;
    }

    Context project(Ref ref) {
        add(projects, ref, RecordType.PROJECT);
        return this;
    }

    Context task(Ref ref) {
        add(tasks, ref, RecordType.TASK);
        return this;
    }

    Context employee(Ref ref) {
        add(employees, ref, RecordType.EMPLOYEE);
        return this;
    }

    /** The given versions held together with the context they need. */
    HeldRecords hold(Collection<? extends RecordVersion<?>> subjects) {
        List<RecordVersion<?>> all = new ArrayList<>(subjects);
        List<RecordVersion<CanonicalRecord>> projectVersions = versions.currentByKey(projects);
        all.addAll(projectVersions);
        Set<RecordKey> contracts = new LinkedHashSet<>();
        for (RecordVersion<CanonicalRecord> p : projectVersions) {
            if (!p.deleted() && p.data() instanceof Project project && project.contract() != null) {
                contracts.add(project.contract().key(RecordType.CONTRACT));
            }
        }
        all.addAll(versions.currentByKey(contracts));
        all.addAll(versions.currentByKey(tasks));
        all.addAll(versions.allVersions(employees));
        return RecordHistory.of(all).asOf(Instant.MAX);
    }

    private static void add(Set<RecordKey> keys, Ref ref, RecordType type) {
        if (ref != null) {
            keys.add(Objects.requireNonNull(ref.key(type)));
        }
    }
}
