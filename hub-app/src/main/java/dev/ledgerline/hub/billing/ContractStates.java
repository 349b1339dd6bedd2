package dev.ledgerline.hub.billing;

import dev.ledgerline.core.billing.ContractState;
import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.billing.LineSource;
import dev.ledgerline.core.billing.ProposalLine;
import dev.ledgerline.core.billing.ProposalStatus;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.hub.canonical.CanonicalStore;
import dev.ledgerline.hub.canonical.ContractRecords;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Each contract's {@link ContractState} for the engine: its records from the canonical store and its
 * stored proposals, as the engine must see them (docs/adr/0112). A proposal still {@code proposed}
 * holds its work like an approved one, so a later run never bills it a second time; only the
 * proposals of the run date being computed are left out, since that computation makes them again.
 */
@Component
class ContractStates {

    private final CanonicalStore store;

    ContractStates(CanonicalStore store) {
        this.store = store;
    }

    /** The states a computation of {@code runDate} starts from. */
    List<ContractState> forRun(
            Collection<RecordKey> contracts, LocalDate runDate, Instant asOf, List<StoredProposal> stored) {
        return states(contracts, asOf, stored, p -> forRun(p, runDate));
    }

    /** The states finance's decision on {@code decided} reads (the not-to-exceed of its contracts). */
    List<ContractState> forDecision(StoredProposal decided, Instant asOf, List<StoredProposal> stored) {
        return states(
                decided.contractKeys(),
                asOf,
                stored,
                p -> p.id().equals(decided.id()) ? Optional.of(p.proposal()) : holding(p));
    }

    /** What the engine sees of a stored proposal when computing {@code runDate}. */
    static Optional<InvoiceProposal> forRun(StoredProposal p, LocalDate runDate) {
        if (p.status() == ProposalStatus.PROPOSED && p.proposal().runDate().equals(runDate)) {
            return Optional.empty();
        }
        return holding(p);
    }

    private static Optional<InvoiceProposal> holding(StoredProposal p) {
        return Optional.of(
                p.status() == ProposalStatus.PROPOSED
                        ? p.proposal().withStatus(ProposalStatus.APPROVED)
                        : p.proposal());
    }

    private List<ContractState> states(
            Collection<RecordKey> contracts,
            Instant asOf,
            List<StoredProposal> stored,
            Function<StoredProposal, Optional<InvoiceProposal>> seen) {
        List<ContractState> states = new ArrayList<>();
        for (RecordKey contract : contracts) {
            List<StoredProposal> own = stored.stream()
                    .filter(p -> p.contractKeys().contains(contract))
                    .toList();
            ContractRecords records = store.forContract(contract, billedKeys(own), asOf);
            if (!records.hasContract()) {
                continue;
            }
            List<InvoiceProposal> proposals = new ArrayList<>();
            own.forEach(p -> seen.apply(p).ifPresent(proposals::add));
            states.add(new ContractState(
                    records.contract(),
                    records.customer(),
                    records.projects(),
                    records.tasks(),
                    records.employees(),
                    records.timeEntries(),
                    records.expenses(),
                    records.vendorBills(),
                    records.milestoneAcceptances(),
                    proposals));
        }
        return states;
    }

    private static Set<RecordKey> billedKeys(List<StoredProposal> proposals) {
        Set<RecordKey> keys = new LinkedHashSet<>();
        for (StoredProposal p : proposals) {
            for (ProposalLine line : p.proposal().lines()) {
                line.sources().stream().map(LineSource::ref).forEach(keys::add);
            }
        }
        return keys;
    }
}
