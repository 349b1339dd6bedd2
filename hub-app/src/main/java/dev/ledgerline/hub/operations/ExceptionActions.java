package dev.ledgerline.hub.operations;

import dev.ledgerline.core.ledger.DeliveryEvent;
import dev.ledgerline.core.ledger.DeliveryState;
import dev.ledgerline.core.ledger.DeliveryStateMachine;
import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.hub.audit.AuditLog;
import dev.ledgerline.hub.dispatch.Replay;
import dev.ledgerline.hub.ledger.Cause;
import dev.ledgerline.hub.ledger.ExceptionRepository;
import dev.ledgerline.hub.ledger.ExceptionRepository.Filter;
import dev.ledgerline.hub.ledger.ExceptionRepository.OpenException;
import dev.ledgerline.hub.ledger.ExceptionRepository.Subject;
import dev.ledgerline.hub.ledger.LedgerRepository;
import dev.ledgerline.hub.ledger.StateChange;
import dev.ledgerline.hub.ledger.StateWriter;
import dev.ledgerline.hub.security.ApiPrincipal;
import dev.ledgerline.hub.web.ApiException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replay and discard, one record or all open exceptions matching a filter. Each change and its audit
 * entry commit together; the record's history names the operator and the reason too.
 */
@Component
class ExceptionActions {

    /** Records replayed in one transaction (and named in one audit entry) by a replay by filter. */
    static final int PAGE = 500;

    private final Replay replay;
    private final ExceptionRepository exceptions;
    private final LedgerRepository ledger;
    private final StateWriter states;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    ExceptionActions(
            Replay replay,
            ExceptionRepository exceptions,
            LedgerRepository ledger,
            StateWriter states,
            AuditLog audit,
            TransactionTemplate tx,
            Clock clock) {
        this.replay = replay;
        this.exceptions = exceptions;
        this.ledger = ledger;
        this.states = states;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** Sends one stopped record again; a delivered one is left alone (replay is safe). */
    Map<String, Object> replay(UUID id, ApiPrincipal caller, String reason) {
        Subject subject = subject(id);
        return tx.execute(status -> {
            Replay.Result result = replay.replay(id, caller.name(), reason);
            switch (result) {
                case UNKNOWN_RECORD -> throw notFound(id);
                case NOT_STOPPED ->
                    throw new ApiException(
                            409,
                            ErrorCode.INVALID_STATE,
                            "record " + subject.key() + " is " + subject.state()
                                    + ": only an exception or a discarded record is replayed");
                default -> {
                    // REPLAYED and ALREADY_DELIVERED are answered and audited
                }
            }
            Map<String, Object> details = details(subject, reason);
            details.put("result", result.name().toLowerCase(java.util.Locale.ROOT));
            audit.record(caller.actor(), "exception.replayed", subject.key().toString(), details);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("ledgerId", id.toString());
            answer.put("result", result.name().toLowerCase(java.util.Locale.ROOT));
            answer.put(
                    "state",
                    result == Replay.Result.REPLAYED ? DeliveryState.PENDING.name() : DeliveryState.DELIVERED.name());
            return answer;
        });
    }

    /**
     * Replays every open exception matching {@code filter}, a page at a time: each page in one
     * transaction with one audit entry naming its records.
     */
    Map<String, Object> replayMatching(Filter filter, Map<String, Object> asked, ApiPrincipal caller, String reason) {
        int replayed = 0;
        int skipped = 0;
        UUID after = null;
        while (true) {
            List<OpenException> page = exceptions.find(filter, after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            after = page.getLast().ledgerId();
            int[] counts = tx.execute(status -> {
                List<String> keys = new ArrayList<>();
                int skippedHere = 0;
                for (OpenException e : page) {
                    if (replay.replay(e.ledgerId(), caller.name(), reason) == Replay.Result.REPLAYED) {
                        keys.add(e.key().toString());
                    } else {
                        skippedHere++;
                    }
                }
                if (!keys.isEmpty()) {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("filter", asked);
                    details.put("reason", reason);
                    details.put("count", keys.size());
                    details.put("records", keys);
                    audit.record(caller.actor(), "exception.replayed", null, details);
                }
                return new int[] {keys.size(), skippedHere};
            });
            replayed += counts[0];
            skipped += counts[1];
            if (page.size() < PAGE) {
                break;
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("replayed", replayed);
        answer.put("skipped", skipped);
        return answer;
    }

    /** Gives a record up ({@code DISCARDED}) with a reason; a later version or a replay brings it back. */
    Map<String, Object> discard(UUID id, ApiPrincipal caller, String reason) {
        Subject subject = subject(id);
        return tx.execute(status -> {
            DeliveryState state = ledger.lockStates(List.of(id)).get(id);
            if (state == null) {
                throw notFound(id);
            }
            if (!DeliveryStateMachine.permits(state, DeliveryEvent.DISCARD)) {
                throw new ApiException(
                        409,
                        ErrorCode.INVALID_STATE,
                        "record " + subject.key() + " is " + state + " and cannot be discarded");
            }
            states.apply(List.of(new StateChange(
                    id,
                    subject.version(),
                    DeliveryStateMachine.next(state, DeliveryEvent.DISCARD),
                    Cause.of("operator:" + caller.name(), reason),
                    clock.instant(),
                    null)));
            Map<String, Object> details = details(subject, reason);
            details.put("from", state.name());
            audit.record(caller.actor(), "exception.discarded", subject.key().toString(), details);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("ledgerId", id.toString());
            answer.put("result", "discarded");
            answer.put("state", DeliveryState.DISCARDED.name());
            return answer;
        });
    }

    private Subject subject(UUID id) {
        return exceptions.subject(id).orElseThrow(() -> notFound(id));
    }

    static ApiException notFound(UUID id) {
        return new ApiException(404, ErrorCode.NOT_FOUND, "no record with ledger id " + id);
    }

    private static Map<String, Object> details(Subject subject, String reason) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("ledgerId", subject.id().toString());
        details.put("version", subject.version());
        details.put("reason", reason);
        return details;
    }
}
