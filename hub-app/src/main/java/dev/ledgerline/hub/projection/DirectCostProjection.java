package dev.ledgerline.hub.projection;

import dev.ledgerline.core.canonical.Expense;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.VendorBill;
import dev.ledgerline.core.metrics.FirmSettings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Derives and writes the facts of expenses and vendor bills. */
@Component
class DirectCostProjection {

    private final StoredVersions versions;
    private final DirectCostFactRepository facts;

    DirectCostProjection(StoredVersions versions, DirectCostFactRepository facts) {
        this.versions = versions;
        this.facts = facts;
    }

    /** Recomputes the facts of the expenses and vendor bills {@code ids}; deleted ones lose theirs. */
    void refresh(Collection<UUID> ids, FirmSettings settings) {
        refresh(ids, FactDeriver.Batch.none(), settings);
    }

    /** The same, taking the versions the batch wrote from it. */
    void refresh(Collection<UUID> ids, FactDeriver.Batch batch, FirmSettings settings) {
        for (List<UUID> chunk : Chunks.of(List.copyOf(ids))) {
            List<DirectCostFact> derived = new ArrayList<>();
            versions.currentById(chunk, batch).forEach((id, stored) -> {
                RecordVersion<?> v = stored.version();
                if (v.deleted()) {
                    return;
                }
                Context context = new Context(versions);
                switch (v.data()) {
                    case Expense e -> context.project(e.project()).employee(e.employee());
                    case VendorBill b -> context.project(b.project());
                    default -> {
                        return;
                    }
                }
                // one record at a time: the cost rules value every cost record they are given
                derived.add(new DirectCostDerivation(context.hold(List.of(v)), settings).derive(id, v));
            });
            facts.replace(chunk, derived);
        }
    }
}
