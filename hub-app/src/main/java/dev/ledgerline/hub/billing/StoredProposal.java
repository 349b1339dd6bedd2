package dev.ledgerline.hub.billing;

import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.billing.ProposalStatus;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.Ref;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A proposal as the hub keeps it: the engine's proposal with its current status, the run that
 * last computed it and the ledger instant it saw, finance's decision and the Odoo document it became.
 */
public record StoredProposal(
        InvoiceProposal proposal,
        String runId,
        Instant ledgerAsOf,
        String contentHash,
        Decision decision,
        OdooMove odoo) {

    public StoredProposal {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(runId, "runId");
    }

    public String id() {
        return proposal.id();
    }

    public ProposalStatus status() {
        return proposal.status();
    }

    /** The keys of the contracts the proposal bills. */
    public List<RecordKey> contractKeys() {
        return proposal.contracts().stream().map(StoredProposal::contractKey).toList();
    }

    static RecordKey contractKey(Ref contract) {
        return contract.key(RecordType.CONTRACT);
    }
}
