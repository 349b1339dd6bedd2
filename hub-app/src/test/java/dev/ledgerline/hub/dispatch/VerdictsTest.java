package dev.ledgerline.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.ledger.DeliveryEvent;
import dev.ledgerline.core.ledger.DeliveryState;
import dev.ledgerline.core.ledger.ExceptionCategory;
import dev.ledgerline.hub.ledger.Settlement;
import dev.ledgerline.hub.sync.SyncItem;
import dev.ledgerline.hub.sync.SyncOutcome;
import dev.ledgerline.hub.sync.validation.DeliveryRefusedException;
import dev.ledgerline.odoo.client.OdooTransportException;
import dev.ledgerline.odoo.client.OdooValidationException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VerdictsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T17:05:00Z");

    private final DispatchProperties properties = new DispatchProperties(
            true,
            500,
            4,
            Duration.ofMillis(200),
            Duration.ofMinutes(10),
            3,
            Duration.ofSeconds(1),
            2,
            0.5,
            Duration.ofMinutes(15),
            Duration.ofSeconds(5),
            "hub-1");
    private final Verdicts verdicts = new Verdicts("hub-1", properties);

    private static ClaimedRecord claimed(int attempts) {
        SyncItem item = new SyncItem(
                UUID.randomUUID(), RecordKey.of("crm", RecordType.CUSTOMER, "ACC-1"), 3, "{}", false, "us", NOW);
        return new ClaimedRecord(item, DeliveryState.RETRY_WAIT, attempts, 7, "crm:customer:ACC-1", 1, null);
    }

    private static OdooTransportException unavailable() {
        return new OdooTransportException("http.503", "Service Unavailable", "res.partner", "create", 503, false, null);
    }

    @Test
    void transientFailureWaitsABackOffWithJitterAndCountsTheAttempt() {
        Settlement s = verdicts.settle(claimed(1), null, new SyncOutcome.Failed(unavailable()), NOW);

        assertThat(s.transition().event()).isEqualTo(DeliveryEvent.FAIL_TRANSIENT);
        assertThat(s.attempts()).isEqualTo(2);
        // second attempt: 1 s × 2 = 2 s, ± 50 %
        assertThat(Duration.between(NOW, s.nextAttemptAt())).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(3));
        assertThat(s.cause().errorName()).isEqualTo("http.503");
        assertThat(s.cause().errorMessage()).isEqualTo("Service Unavailable");
        assertThat(s.cause().attempt()).isEqualTo(2);
        assertThat(s.lockVersion()).isEqualTo(7);
    }

    @Test
    void transientFailureOfTheLastAllowedAttemptIsExhausted() {
        Settlement s = verdicts.settle(claimed(2), null, new SyncOutcome.Failed(unavailable()), NOW);

        assertThat(s.transition().to()).isEqualTo(DeliveryState.EXCEPTION);
        assertThat(s.transition().exceptionCategory()).contains(ExceptionCategory.TRANSIENT_EXHAUSTED);
        assertThat(s.attempts()).isEqualTo(3);
    }

    @Test
    void openCircuitWaitsWithoutUsingAnAttempt() {
        CircuitBreaker open = CircuitBreaker.ofDefaults("default");
        open.transitionToOpenState();

        Settlement s = verdicts.settle(
                claimed(2),
                null,
                new SyncOutcome.Failed(CallNotPermittedException.createCallNotPermittedException(open)),
                NOW);

        assertThat(s.transition().event()).isEqualTo(DeliveryEvent.FAIL_TRANSIENT);
        assertThat(s.attempts()).isEqualTo(2);
        assertThat(s.nextAttemptAt()).isAfter(NOW);
    }

    @Test
    void refusedDataIsADataExceptionAtOnceWithOdoosNameAndMessage() {
        Settlement s = verdicts.settle(
                claimed(0),
                null,
                new SyncOutcome.Failed(new OdooValidationException(
                        "odoo.exceptions.ValidationError",
                        "Contacts require a name",
                        "res.partner",
                        "create",
                        0,
                        null)),
                NOW);

        assertThat(s.transition().exceptionCategory()).contains(ExceptionCategory.DATA);
        assertThat(s.attempts()).isEqualTo(1);
        assertThat(s.cause().errorName()).isEqualTo("odoo.exceptions.ValidationError");
        assertThat(s.cause().errorMessage()).isEqualTo("Contacts require a name");
    }

    @Test
    void waitingForAParentNamesIt() {
        RecordKey parent = RecordKey.of("crm", RecordType.CUSTOMER, "GRP-1");

        Settlement s = verdicts.settle(claimed(0), null, new SyncOutcome.Waiting(parent), NOW);

        assertThat(s.transition().to()).isEqualTo(DeliveryState.PENDING_DEPENDENCY);
        assertThat(s.dependency()).isEqualTo(parent);
        assertThat(s.attempts()).isZero();
    }

    @Test
    void aRefusalByTheFirmsRulesIsAPolicyExceptionAndADataRefusalStaysData() {
        Settlement policy = verdicts.settle(
                claimed(0),
                null,
                new SyncOutcome.Failed(new DeliveryRefusedException(
                        ExceptionCategory.POLICY, "OUTSIDE_CONTRACT_PERIOD", "dated after the contract")),
                NOW);
        Settlement data = verdicts.settle(
                claimed(0),
                null,
                new SyncOutcome.Failed(new DeliveryRefusedException(
                        ExceptionCategory.DATA, "TASK_NOT_ON_PROJECT", "the task belongs elsewhere")),
                NOW);

        assertThat(policy.transition().event()).isEqualTo(DeliveryEvent.FAIL_POLICY);
        assertThat(policy.transition().exceptionCategory()).contains(ExceptionCategory.POLICY);
        assertThat(policy.cause().errorMessage()).isEqualTo("OUTSIDE_CONTRACT_PERIOD: dated after the contract");
        assertThat(data.transition().exceptionCategory()).contains(ExceptionCategory.DATA);
    }

    @Test
    void aVersionItsFlowKeepsBackIsDeliveredWithTheFlowsReasonAndAKeptTypeWithItsOwn() {
        Settlement keptBack =
                verdicts.settle(claimed(0), null, new SyncOutcome.Kept("NOT_APPROVED: a draft stays"), NOW);
        Settlement keptType = verdicts.settle(claimed(0), null, new SyncOutcome.Kept(), NOW);

        assertThat(keptBack.transition().to()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(keptBack.cause().reason()).isEqualTo("kept in the hub: NOT_APPROVED: a draft stays");
        assertThat(keptType.cause().reason()).isEqualTo("kept in the hub: no Odoo flow for customer");
    }
}
