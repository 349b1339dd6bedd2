package dev.ledgerline.hub.sync.milestone;

import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Milestone;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.hub.binding.ExternalReference;
import dev.ledgerline.hub.sync.Companion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A contract's milestones as {@code project.milestone} records (docs/adr/0601): kept with the contract's
 * project when the project is delivered, one Odoo milestone per contract milestone whatever the number
 * of projects (it goes to the first project delivered). Name and deadline follow the contract; whether
 * it is reached follows the client's {@code milestone_acceptance} ({@link MilestoneAcceptanceMapping}).
 */
public final class ContractMilestones {

    /** Odoo's milestones have no reference field of their own: the hub adds {@code x_ledgerline_ref}. */
    public static final ExternalReference FIELD = ExternalReference.customField();

    private ContractMilestones() {}

    /** {@code ll:crm:contract.milestone:K-1/M1}. */
    public static String reference(RecordKey contract, String milestoneId) {
        return ExternalReference.companionOf(contract, "milestone", milestoneId);
    }

    /**
     * A milestone goes to the project when created and stays there. It is never created inside a new
     * project's {@code create}: the contract's other project may hold it already.
     */
    public static final Companion.Link PROJECT = new Companion.Link("project_id", true, null);

    /** The milestones of the contract's current terms, to be kept on the project being delivered. */
    public static List<Companion> of(RecordKey contractKey, Contract contract) {
        List<Milestone> milestones = contract.currentTerms().milestones();
        return milestones == null
                ? List.of()
                : milestones.stream().map(m -> companion(contractKey, m)).toList();
    }

    private static Companion companion(RecordKey contractKey, Milestone m) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", m.name() == null || m.name().isBlank() ? m.id() : m.name());
        values.put("deadline", m.dueDate() == null ? false : m.dueDate());
        return Companion.kept("project.milestone", FIELD, reference(contractKey, m.id()), values, PROJECT);
    }
}
