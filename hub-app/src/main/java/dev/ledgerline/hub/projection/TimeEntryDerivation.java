package dev.ledgerline.hub.projection;

import dev.ledgerline.core.billability.ClassifiedEntry;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.cost.StandardLabourCost;
import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.core.firm.MissingExchangeRateException;
import dev.ledgerline.core.metrics.Attributes;
import dev.ledgerline.core.metrics.Attribution;
import dev.ledgerline.core.metrics.ClassifiedTime;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.metrics.ReportCurrency;
import dev.ledgerline.core.rates.StandardRate;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies the hub-core rules to one time entry with the records held alongside it: classification
 * and values ({@code core.billability} through {@link ClassifiedTime}), the groups it belongs to
 * ({@link Attribution}), and its part of a provisional cost cell ({@link StandardLabourCost}). Nothing
 * here decides a rule; it only copies the rules' answers into a row.
 */
final class TimeEntryDerivation {

    private final HeldRecords held;
    private final FirmSettings settings;
    private final ClassifiedTime time;
    private final Attribution attribution;
    private final StandardLabourCost labour;

    TimeEntryDerivation(HeldRecords held, FirmSettings settings) {
        this.held = held;
        this.settings = settings;
        this.time = new ClassifiedTime(held, settings);
        this.attribution = new Attribution(held);
        this.labour = new StandardLabourCost(attribution, settings, ReportCurrency.entityCurrency(settings));
    }

    TimeEntryFact derive(UUID recordId, RecordVersion<TimeEntry> version) {
        TimeEntry entry = version.data();
        Attributes work = attribution.ofEntry(entry);
        Attributes person = attribution.ofEntryForPeople(entry);
        Optional<Project> project = held.project(entry.project());
        Optional<Contract> contract = project.flatMap(p -> held.contract(p.contract()));
        String entity = work.get(Dimension.ENTITY);
        EntitySettings entitySettings =
                entity == null ? null : settings.entities().get(entity);

        String problem = null;
        Optional<ClassifiedEntry> classified = Optional.empty();
        Optional<ClassifiedEntry> ifApproved = Optional.empty();
        Optional<StandardLabourCost.EntryLabour> cost = Optional.empty();
        try {
            classified = time.classify(version);
            ifApproved = time.asIfApproved(version);
            cost = labour.ofEntry(version);
        } catch (MissingExchangeRateException e) {
            problem = "MISSING_EXCHANGE_RATE";
        } catch (IllegalArgumentException e) {
            // a rule met an entity the firm configuration does not know
            problem = "UNKNOWN_ENTITY";
        }
        Optional<ClassifiedEntry> c = classified;
        return new TimeEntryFact(
                recordId,
                version.key().source(),
                version.key().externalId(),
                version.version(),
                entry.employee().toString(),
                entry.project().toString(),
                entry.task() == null ? null : entry.task().toString(),
                work.get(Dimension.CUSTOMER),
                work.get(Dimension.CONTRACT),
                entity,
                entitySettings == null ? null : entitySettings.currency(),
                work.get(Dimension.PRACTICE),
                work.get(Dimension.ROLE),
                person.get(Dimension.ENTITY),
                person.get(Dimension.PRACTICE),
                person.get(Dimension.ROLE),
                entry.date(),
                entry.status().name(),
                project.map(p -> p.kind().name()).orElse(null),
                contract.map(k -> k.billingModel().name()).orElse(null),
                contract.map(k -> k.currentTerms().notToExceed()).orElse(null),
                c.map(e -> e.billability().code()).orElse(null),
                ifApproved.map(e -> e.billability().code()).orElse(null),
                entry.hours(),
                c.map(ClassifiedEntry::billableHours).orElse(null),
                c.flatMap(ClassifiedEntry::contractValue).orElse(null),
                contract.map(Contract::currency).orElse(null),
                c.flatMap(ClassifiedEntry::standardValue).orElse(null),
                c.flatMap(ClassifiedEntry::standardRate)
                        .map(StandardRate::currency)
                        .orElse(null),
                cost.isPresent(),
                cost.map(StandardLabourCost.EntryLabour::currency).orElse(null),
                cost.map(StandardLabourCost.EntryLabour::exact).orElse(null),
                entry.approvedAt(),
                version.receivedAt(),
                problem);
    }
}
