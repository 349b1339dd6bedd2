package dev.ledgerline.hub.sync.milestone;

import dev.ledgerline.core.canonical.MilestoneAcceptance;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.hub.binding.ExternalReference;
import dev.ledgerline.hub.sync.Mapping;
import dev.ledgerline.hub.sync.MappingContext;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Milestone acceptance → {@code is_reached} on the contract milestone's {@code project.milestone}
 * ({@link ContractMilestones}), which Odoo dates itself ({@code reached_date}). The acceptance has no
 * Odoo record of its own: it is written onto the milestone, never creates one, and its deletion (the
 * acceptance withdrawn) marks the milestone not reached again. An acceptance of a milestone whose
 * project is not in Odoo yet stops as a data exception, to be replayed once it is.
 */
@Component
public class MilestoneAcceptanceMapping implements Mapping<MilestoneAcceptance> {

    @Override
    public RecordType type() {
        return RecordType.MILESTONE_ACCEPTANCE;
    }

    @Override
    public Class<MilestoneAcceptance> recordClass() {
        return MilestoneAcceptance.class;
    }

    @Override
    public String model() {
        return "project.milestone";
    }

    @Override
    public ExternalReference reference() {
        return ContractMilestones.FIELD;
    }

    @Override
    public Set<String> fields() {
        return Set.of("is_reached");
    }

    @Override
    public Map<String, Object> values(MilestoneAcceptance a, MappingContext context) {
        return Map.of("is_reached", true);
    }

    @Override
    public Map<String, Object> archiveValues() {
        return Map.of("is_reached", false);
    }

    @Override
    public Optional<String> writesOnto(MilestoneAcceptance a) {
        return Optional.of(ContractMilestones.reference(a.contract().key(RecordType.CONTRACT), a.milestone()));
    }
}
