package dev.ledgerline.core.billability;

import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.Task;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.numbers.Rounding;
import dev.ledgerline.core.rates.EntryRates;
import dev.ledgerline.core.rates.RatePrecedence;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Classifies time entries (domain.md "Classification of entries"). An approved entry is billable when
 * its effective {@code billable} flag (its own, else its task's, else its project's) is true, its
 * project is billable, a client project and not closed, its date lies within the contract period
 * after every signed amendment, and a rate is found. Otherwise it carries the first reason that
 * applies, or {@code NO_RATE} when only the rate is missing.
 *
 * <p>Billable hours use the {@code roundingIncrementHours} in force on the entry date; the contract
 * period is the one after every signed amendment (docs/adr/0103). An entry's own flag wins over its
 * task's, never over a non-billable project (docs/adr/0102).
 */
public final class EntryClassifier {

    private final RatePrecedence ratePrecedence;

    public EntryClassifier(RatePrecedence ratePrecedence) {
        this.ratePrecedence = Objects.requireNonNull(ratePrecedence, "ratePrecedence");
    }

    public ClassifiedEntry classify(EntryFacts facts) {
        TimeEntry entry = facts.entry().data();
        Contract contract = facts.contract();
        BigDecimal increment =
                contract == null ? null : contract.termsOn(entry.date()).roundingIncrementHours();
        BigDecimal billableHours = BillableHours.of(entry.hours(), increment);

        EntryRates rates = contract == null
                ? new EntryRates(
                        Optional.empty(),
                        ratePrecedence.standardRate(facts.project().entity(), entry, facts.employee()))
                : ratePrecedence.resolve(contract, entry, facts.employee());

        Billability billability = reason(facts)
                .map(Billability::excluded)
                .orElse(rates.rate().isPresent() ? Billability.BILLABLE : Billability.AWAITING_RATE);

        return new ClassifiedEntry(
                facts.entry().key(),
                facts.entry().version(),
                entry,
                billability,
                entry.hours(),
                billableHours,
                rates,
                rates.rate().map(r -> Rounding.cents(billableHours.multiply(r.amount()))),
                rates.standardRate().map(r -> Rounding.cents(billableHours.multiply(r.amount()))));
    }

    /** The first reason that applies, in the order of domain.md; empty when none does. */
    static Optional<BillabilityReason> reason(EntryFacts facts) {
        TimeEntry entry = facts.entry().data();
        Project project = facts.project();
        switch (entry.status()) {
            case REJECTED -> {
                return Optional.of(BillabilityReason.REJECTED);
            }
            case DRAFT, SUBMITTED -> {
                return Optional.of(BillabilityReason.NOT_APPROVED);
            }
            case APPROVED -> {}
        }
        if (!project.isClient() || !project.billable() || !effectiveFlag(entry, facts.task(), project)) {
            return Optional.of(BillabilityReason.PROJECT_NOT_BILLABLE);
        }
        if (project.isClosed()) {
            return Optional.of(BillabilityReason.PROJECT_CLOSED);
        }
        if (!facts.contract().currentTerms().covers(entry.date())) {
            return Optional.of(BillabilityReason.OUTSIDE_CONTRACT_PERIOD);
        }
        return Optional.empty();
    }

    private static boolean effectiveFlag(TimeEntry entry, Task task, Project project) {
        if (entry.billable() != null) {
            return entry.billable();
        }
        if (task != null && task.billable() != null) {
            return task.billable();
        }
        return project.billable();
    }
}
