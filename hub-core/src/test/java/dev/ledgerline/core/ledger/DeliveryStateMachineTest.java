package dev.ledgerline.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeliveryStateMachineTest {

    @Test
    void happyPathGoesFromReceivedToDelivered() {
        DeliveryState s = DeliveryState.RECEIVED;

        s = DeliveryStateMachine.next(s, DeliveryEvent.ACCEPT).to();
        s = DeliveryStateMachine.next(s, DeliveryEvent.CLAIM).to();
        s = DeliveryStateMachine.next(s, DeliveryEvent.DELIVER).to();

        assertThat(s).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void deliveredRecordCannotBeClaimedAgain() {
        assertThatThrownBy(() -> DeliveryStateMachine.next(DeliveryState.DELIVERED, DeliveryEvent.CLAIM))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("DELIVERED")
                .hasMessageContaining("CLAIM");
    }

    @Test
    void newVersionOfADeliveredRecordGoesBackToPending() {
        assertThat(DeliveryStateMachine.next(DeliveryState.DELIVERED, DeliveryEvent.ACCEPT)
                        .to())
                .isEqualTo(DeliveryState.PENDING);
        assertThat(DeliveryStateMachine.next(DeliveryState.DELIVERED, DeliveryEvent.WAIT_FOR_DEPENDENCY)
                        .to())
                .isEqualTo(DeliveryState.PENDING_DEPENDENCY);
    }

    @Test
    void eachFailureKindStopsWithItsOwnCategory() {
        assertThat(DeliveryStateMachine.next(DeliveryState.IN_FLIGHT, DeliveryEvent.FAIL_DATA)
                        .exceptionCategory())
                .contains(ExceptionCategory.DATA);
        assertThat(DeliveryStateMachine.next(DeliveryState.IN_FLIGHT, DeliveryEvent.FAIL_AUTH)
                        .exceptionCategory())
                .contains(ExceptionCategory.AUTH_CONFIG);
        assertThat(DeliveryStateMachine.next(DeliveryState.IN_FLIGHT, DeliveryEvent.FAIL_POLICY)
                        .exceptionCategory())
                .contains(ExceptionCategory.POLICY);
        assertThat(DeliveryStateMachine.next(DeliveryState.IN_FLIGHT, DeliveryEvent.EXHAUST)
                        .exceptionCategory())
                .contains(ExceptionCategory.TRANSIENT_EXHAUSTED);
        assertThat(DeliveryStateMachine.next(DeliveryState.IN_FLIGHT, DeliveryEvent.FAIL_TRANSIENT)
                        .exceptionCategory())
                .isEmpty();
    }

    @Test
    void transientFailureWaitsAndIsClaimedAgainWhenDue() {
        Transition failed = DeliveryStateMachine.next(DeliveryState.IN_FLIGHT, DeliveryEvent.FAIL_TRANSIENT);

        Transition retried = DeliveryStateMachine.next(failed.to(), DeliveryEvent.CLAIM);

        assertThat(failed.to()).isEqualTo(DeliveryState.RETRY_WAIT);
        assertThat(retried.to()).isEqualTo(DeliveryState.IN_FLIGHT);
    }

    @Test
    void expiredLeaseReturnsInFlightWorkToPending() {
        assertThat(DeliveryStateMachine.next(DeliveryState.IN_FLIGHT, DeliveryEvent.LEASE_EXPIRED)
                        .to())
                .isEqualTo(DeliveryState.PENDING);
    }

    @Test
    void exceptionsCanBeReplayedOrDiscardedButDeliveredRecordsCannot() {
        assertThat(DeliveryStateMachine.next(DeliveryState.EXCEPTION, DeliveryEvent.REPLAY)
                        .to())
                .isEqualTo(DeliveryState.PENDING);
        assertThat(DeliveryStateMachine.next(DeliveryState.EXCEPTION, DeliveryEvent.DISCARD)
                        .to())
                .isEqualTo(DeliveryState.DISCARDED);
        assertThat(DeliveryStateMachine.permits(DeliveryState.DELIVERED, DeliveryEvent.REPLAY))
                .isFalse();
        assertThat(DeliveryStateMachine.permits(DeliveryState.DELIVERED, DeliveryEvent.DISCARD))
                .isFalse();
        assertThat(DeliveryStateMachine.permits(DeliveryState.IN_FLIGHT, DeliveryEvent.DISCARD))
                .isFalse();
    }

    @Test
    void waitingChildIsReleasedWhenItsParentArrives() {
        assertThat(DeliveryStateMachine.next(DeliveryState.PENDING_DEPENDENCY, DeliveryEvent.DEPENDENCY_RESOLVED)
                        .to())
                .isEqualTo(DeliveryState.PENDING);
        assertThat(DeliveryStateMachine.permits(DeliveryState.PENDING_DEPENDENCY, DeliveryEvent.CLAIM))
                .isFalse();
    }

    @Test
    void rejectedKeyAcceptsAFixedVersion() {
        assertThat(DeliveryStateMachine.next(DeliveryState.RECEIVED, DeliveryEvent.REJECT)
                        .to())
                .isEqualTo(DeliveryState.REJECTED);
        assertThat(DeliveryStateMachine.next(DeliveryState.REJECTED, DeliveryEvent.ACCEPT)
                        .to())
                .isEqualTo(DeliveryState.PENDING);
        assertThat(DeliveryStateMachine.permits(DeliveryState.PENDING, DeliveryEvent.REJECT))
                .isFalse();
    }

    @Test
    void transitionNotInTheTableCannotBeConstructed() {
        assertThatThrownBy(() -> new Transition(DeliveryState.PENDING, DeliveryEvent.DELIVER, DeliveryState.DELIVERED))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void noStateLeadsBackToReceivedAndEveryStateIsReachable() {
        Set<DeliveryState> reached = new HashSet<>();
        reached.add(DeliveryState.RECEIVED);
        for (DeliveryStateMachine.Row row : DeliveryStateMachine.rows()) {
            reached.add(row.to());
            assertThat(row.to()).isNotEqualTo(DeliveryState.RECEIVED);
        }

        assertThat(reached).containsExactlyInAnyOrder(DeliveryState.values());
    }

    @Test
    void onlyExceptionStatesCarryACategory() {
        for (DeliveryStateMachine.Row row : DeliveryStateMachine.rows()) {
            Transition t = DeliveryStateMachine.next(row.from(), row.event());
            assertThat(t.exceptionCategory().isPresent())
                    .as(row.toString())
                    .isEqualTo(row.to() == DeliveryState.EXCEPTION);
        }
    }
}
