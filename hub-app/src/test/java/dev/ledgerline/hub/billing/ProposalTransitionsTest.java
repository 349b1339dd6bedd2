package dev.ledgerline.hub.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.billing.ProposalStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProposalTransitionsTest {

    @Test
    void exactlyTheFiveMovesOfTheProposalLifecycleAreLegal() {
        List<String> legal = new ArrayList<>();
        for (ProposalStatus from : ProposalStatus.values()) {
            for (ProposalStatus to : ProposalStatus.values()) {
                if (ProposalTransitions.isLegal(from, to)) {
                    legal.add(from + "->" + to);
                }
            }
        }

        assertThat(legal)
                .containsExactlyInAnyOrder(
                        "PROPOSED->APPROVED",
                        "PROPOSED->REJECTED",
                        "APPROVED->PROPOSED",
                        "APPROVED->DELIVERED",
                        "DELIVERED->POSTED");
    }
}
