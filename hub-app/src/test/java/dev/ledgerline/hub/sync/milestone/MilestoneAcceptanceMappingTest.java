package dev.ledgerline.hub.sync.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.MilestoneAcceptance;
import dev.ledgerline.hub.testing.Canonical;
import dev.ledgerline.hub.testing.KnownOdoo;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MilestoneAcceptanceMappingTest {

    private final MilestoneAcceptanceMapping mapping = new MilestoneAcceptanceMapping();

    private final MilestoneAcceptance accepted =
            Canonical.read("portal", "milestone_acceptance", """
            {"contract":"crm:K-1","milestone":"M1","acceptedOn":"2026-03-30","acceptedBy":"cfo@acme.example"}""", MilestoneAcceptance.class);

    @Test
    void acceptanceMarksTheContractMilestoneReachedAndNeverCreatesOne() {
        assertThat(mapping.writesOnto(accepted)).contains("ll:crm:contract.milestone:K-1/M1");
        assertThat(mapping.values(accepted, new KnownOdoo())).isEqualTo(Map.of("is_reached", true));
        assertThat(mapping.model()).isEqualTo("project.milestone");
        assertThat(mapping.reference()).isEqualTo(ContractMilestones.FIELD);
    }

    @Test
    void withdrawnAcceptanceMarksTheMilestoneNotReachedAgain() {
        assertThat(mapping.archiveValues()).isEqualTo(Map.of("is_reached", false));
        assertThat(mapping.fields()).containsAll(mapping.archiveValues().keySet());
    }

    @Test
    void theMilestoneReferenceIsTheOneTheProjectFlowKeepsItUnder() {
        assertThat(mapping.writesOnto(accepted).orElseThrow())
                .isEqualTo(ContractMilestones.reference(
                        dev.ledgerline.core.canonical.RecordKey.of(
                                "crm", dev.ledgerline.core.canonical.RecordType.CONTRACT, "K-1"),
                        "M1"));
    }
}
