package dev.ledgerline.hub.billing;

import dev.ledgerline.core.billing.BillingRun;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.ContractTerms;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.hub.canonical.CanonicalStore;
import dev.ledgerline.hub.canonical.Histories;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Billing runs: {@code run(runDate, entity?, contracts?)} bills the contracts asked for (all held
 * contracts, or those of one entity, when none are named) as the ledger holds them when the run
 * starts. Each contract, or each group of contracts a customer invoice combines, is computed and
 * stored in its own transaction under its lock; a run is idempotent per contract and run date
 * (docs/adr/0112).
 */
@Component
public class BillingRuns {

    private static final Logger log = LoggerFactory.getLogger(BillingRuns.class);

    private final CanonicalStore store;
    private final BillingSetups setups;
    private final UnitRun units;
    private final RunRepository runs;
    private final TransactionTemplate transaction;
    private final Clock clock;

    BillingRuns(
            CanonicalStore store,
            BillingSetups setups,
            UnitRun units,
            RunRepository runs,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.store = store;
        this.setups = setups;
        this.units = units;
        this.runs = runs;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Runs billing for {@code runDate}.
     *
     * @param entity only contracts of this entity (null: any)
     * @param contracts the contracts to bill (empty: every contract the ledger holds)
     * @param actor who asked ({@code token:…}), for the run's record
     * @throws BillingRequestException {@code INVALID_VALUE} for an entity that is not configured or a
     *     contract of another entity, {@code UNKNOWN_REFERENCE} for contracts the ledger does not hold
     */
    public RunOutcome run(LocalDate runDate, String entity, List<RecordKey> contracts, String actor) {
        Instant startedAt = clock.instant();
        if (entity != null && !setups.knowsEntity(entity)) {
            throw new BillingRequestException(400, ErrorCode.INVALID_VALUE, "entity " + entity + " is not configured");
        }
        List<RecordVersion<Contract>> chosen = contracts.isEmpty()
                ? store.current(RecordType.CONTRACT, Contract.class, startedAt).stream()
                        .filter(c -> entity == null || entity.equals(c.data().entity()))
                        .toList()
                : named(contracts, entity, startedAt);
        return execute(runDate, entity, contracts, chosen, RunRepository.Trigger.API, actor, startedAt);
    }

    /** The scheduled run of {@code runDate} over {@code contracts} (possibly none: the day is recorded as done). */
    RunOutcome scheduled(LocalDate runDate, List<RecordVersion<Contract>> contracts) {
        List<RecordKey> keys = contracts.stream().map(RecordVersion::key).toList();
        return execute(
                runDate, null, keys, contracts, RunRepository.Trigger.SCHEDULE, "system:schedule", clock.instant());
    }

    private RunOutcome execute(
            LocalDate runDate,
            String entity,
            List<RecordKey> requested,
            List<RecordVersion<Contract>> contracts,
            RunRepository.Trigger trigger,
            String actor,
            Instant startedAt) {
        String runId = UUID.randomUUID().toString();
        transaction.executeWithoutResult(
                s -> runs.insert(runId, runDate, entity, requested, trigger, actor, startedAt));
        BillingRun engine = new BillingRun(setups.current());
        List<StoredProposal> proposals = new ArrayList<>();
        for (List<RecordKey> unit : units(contracts)) {
            proposals.addAll(transaction.execute(s -> units.run(unit, runDate, runId, startedAt, engine)));
        }
        transaction.executeWithoutResult(s -> runs.finish(runId, clock.instant()));
        return new RunOutcome(runId, runDate, proposals);
    }

    private List<RecordVersion<Contract>> named(List<RecordKey> keys, String entity, Instant at) {
        Histories held = store.histories(keys, at);
        Map<RecordKey, RecordVersion<Contract>> latest = new LinkedHashMap<>();
        held.of(Contract.class).forEach(v -> latest.put(v.key(), v));
        List<String> unknown = keys.stream()
                .filter(k -> !latest.containsKey(k) || latest.get(k).deleted())
                .map(k -> k.source() + ":" + k.externalId())
                .toList();
        if (!unknown.isEmpty()) {
            throw new BillingRequestException(
                    400, ErrorCode.UNKNOWN_REFERENCE, "the ledger holds no contract " + unknown, unknown);
        }
        List<String> foreign = latest.values().stream()
                .filter(c -> (entity != null && !entity.equals(c.data().entity()))
                        || !setups.knowsEntity(c.data().entity()))
                .map(c -> c.key().source() + ":" + c.key().externalId())
                .toList();
        if (!foreign.isEmpty()) {
            throw new BillingRequestException(
                    400,
                    ErrorCode.INVALID_VALUE,
                    "contracts " + foreign + " are not of a configured entity"
                            + (entity == null ? "" : " or not of " + entity),
                    foreign);
        }
        return List.copyOf(latest.values());
    }

    /**
     * The contracts billed together: each alone, except contracts grouped by customer, which share
     * invoices per customer, entity and currency. Contracts of an entity that is not configured are
     * left out with a warning.
     */
    private List<List<RecordKey>> units(Collection<RecordVersion<Contract>> contracts) {
        Map<String, List<RecordKey>> units = new LinkedHashMap<>();
        for (RecordVersion<Contract> v : contracts) {
            Contract c = v.data();
            if (!setups.knowsEntity(c.entity())) {
                log.warn("contract {} names entity {} that is not configured: not billed", v.key(), c.entity());
                continue;
            }
            String unit = c.currentTerms().invoiceGroupingOrDefault() == ContractTerms.InvoiceGrouping.CUSTOMER
                    ? "customer|" + c.customer() + "|" + c.entity() + "|" + c.currency()
                    : "contract|" + v.key();
            units.computeIfAbsent(unit, k -> new ArrayList<>()).add(v.key());
        }
        return List.copyOf(units.values());
    }
}
