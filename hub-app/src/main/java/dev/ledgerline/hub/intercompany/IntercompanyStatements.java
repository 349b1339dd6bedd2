package dev.ledgerline.hub.intercompany;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Employee;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.intercompany.IntercompanyCharges;
import dev.ledgerline.core.intercompany.TransferRate;
import dev.ledgerline.core.metrics.RecordHistory;
import dev.ledgerline.hub.canonical.CanonicalStore;
import dev.ledgerline.hub.firm.FirmConfiguration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intercompany charges of a period as the ledger holds it now: approved time dated in the period,
 * the employees' entities on each date, the projects' billing entities.
 */
@Service
public class IntercompanyStatements {

    private final CanonicalStore store;
    private final List<TransferRate> rates;
    private final Clock clock;

    IntercompanyStatements(
            CanonicalStore store, IntercompanyProperties properties, FirmConfiguration firm, Clock clock) {
        this.store = store;
        this.rates = properties.rates();
        this.clock = clock;
        for (TransferRate rate : rates) {
            for (String entity : List.of(rate.from(), rate.to())) {
                if (firm.entity(entity).isEmpty()) {
                    throw new IllegalArgumentException("ledgerline.intercompany.transfer-rates names entity '" + entity
                            + "' that is not configured");
                }
            }
        }
    }

    @Transactional(readOnly = true)
    public IntercompanyCharges.Result of(LocalDate from, LocalDate to) {
        Instant now = clock.instant();
        List<RecordVersion<? extends CanonicalRecord>> held = new ArrayList<>();
        held.addAll(store.ofType(RecordType.EMPLOYEE, Employee.class, now));
        held.addAll(store.ofType(RecordType.PROJECT, Project.class, now));
        held.addAll(store.ofType(RecordType.CONTRACT, Contract.class, now));
        List<RecordVersion<TimeEntry>> entries = new ArrayList<>();
        // versions arrive by key, then version: keep each entry's latest, and only the period's, in memory
        List<RecordVersion<TimeEntry>> latest = new ArrayList<>(1);
        store.forEachOfType(RecordType.TIME_ENTRY, TimeEntry.class, now, v -> {
            if (!latest.isEmpty() && !latest.getFirst().key().equals(v.key())) {
                keepIfInPeriod(latest.getFirst(), from, to, entries);
            }
            latest.clear();
            latest.add(v);
        });
        latest.forEach(v -> keepIfInPeriod(v, from, to, entries));
        return IntercompanyCharges.of(from, to, entries, RecordHistory.of(held).asOf(now), rates);
    }

    private static void keepIfInPeriod(
            RecordVersion<TimeEntry> version, LocalDate from, LocalDate to, List<RecordVersion<TimeEntry>> kept) {
        LocalDate date = version.data().date();
        if (!version.deleted() && !date.isBefore(from) && !date.isAfter(to)) {
            kept.add(version);
        }
    }
}
