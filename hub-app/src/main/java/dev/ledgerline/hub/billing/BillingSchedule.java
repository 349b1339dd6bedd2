package dev.ledgerline.hub.billing;

import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.hub.canonical.CanonicalStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The daily billing run: once the schedule's time of day has passed in its zone, every contract whose
 * invoice day is today (a day beyond the month's length is its last day; a contract without one uses
 * {@code default-invoice-day}) is run with today as run date. The day counts as done once its run
 * finished, also when no contract was due; the hub checks every {@code check-interval}.
 */
@Component
public class BillingSchedule {

    private final BillingRuns runs;
    private final RunRepository runRecords;
    private final CanonicalStore store;
    private final BillingProperties.Schedule schedule;
    private final Clock clock;

    BillingSchedule(
            BillingRuns runs,
            RunRepository runRecords,
            CanonicalStore store,
            BillingProperties properties,
            Clock clock) {
        this.runs = runs;
        this.runRecords = runRecords;
        this.store = store;
        this.schedule = properties.schedule();
        this.clock = clock;
    }

    /** Runs today's contracts when the run is due and not yet done; empty when nothing was due. */
    public Optional<RunOutcome> runDue() {
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(schedule.zone());
        LocalDate today = local.toLocalDate();
        if (local.toLocalTime().isBefore(schedule.timeOfDay()) || runRecords.scheduledRunDone(today)) {
            return Optional.empty();
        }
        List<RecordVersion<Contract>> due = store.current(RecordType.CONTRACT, Contract.class, now).stream()
                .filter(c -> isInvoiceDay(c.data().currentTerms().invoiceDay(), today))
                .toList();
        return Optional.of(runs.scheduled(today, due));
    }

    /** Whether {@code date} is the invoice day {@code invoiceDay} (null: the default) of its month. */
    boolean isInvoiceDay(Integer invoiceDay, LocalDate date) {
        int day = invoiceDay == null ? schedule.defaultInvoiceDay() : invoiceDay;
        return date.getDayOfMonth() == Math.min(day, date.lengthOfMonth());
    }
}
