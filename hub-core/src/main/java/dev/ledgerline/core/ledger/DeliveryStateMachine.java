package dev.ledgerline.core.ledger;

import static dev.ledgerline.core.ledger.DeliveryEvent.ACCEPT;
import static dev.ledgerline.core.ledger.DeliveryEvent.CLAIM;
import static dev.ledgerline.core.ledger.DeliveryEvent.DELIVER;
import static dev.ledgerline.core.ledger.DeliveryEvent.DEPENDENCY_RESOLVED;
import static dev.ledgerline.core.ledger.DeliveryEvent.DISCARD;
import static dev.ledgerline.core.ledger.DeliveryEvent.EXHAUST;
import static dev.ledgerline.core.ledger.DeliveryEvent.FAIL_AUTH;
import static dev.ledgerline.core.ledger.DeliveryEvent.FAIL_DATA;
import static dev.ledgerline.core.ledger.DeliveryEvent.FAIL_POLICY;
import static dev.ledgerline.core.ledger.DeliveryEvent.FAIL_TRANSIENT;
import static dev.ledgerline.core.ledger.DeliveryEvent.LEASE_EXPIRED;
import static dev.ledgerline.core.ledger.DeliveryEvent.REJECT;
import static dev.ledgerline.core.ledger.DeliveryEvent.REPLAY;
import static dev.ledgerline.core.ledger.DeliveryEvent.WAIT_FOR_DEPENDENCY;
import static dev.ledgerline.core.ledger.DeliveryState.DELIVERED;
import static dev.ledgerline.core.ledger.DeliveryState.DISCARDED;
import static dev.ledgerline.core.ledger.DeliveryState.EXCEPTION;
import static dev.ledgerline.core.ledger.DeliveryState.IN_FLIGHT;
import static dev.ledgerline.core.ledger.DeliveryState.PENDING;
import static dev.ledgerline.core.ledger.DeliveryState.PENDING_DEPENDENCY;
import static dev.ledgerline.core.ledger.DeliveryState.RECEIVED;
import static dev.ledgerline.core.ledger.DeliveryState.REJECTED;
import static dev.ledgerline.core.ledger.DeliveryState.RETRY_WAIT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The single transition table of a ledger record. Any (state, event) pair not listed here throws
 * {@link IllegalTransitionException}; the hub persists only transitions obtained from {@link #next}.
 *
 * <p>A new version of a record restarts its delivery from wherever it stands ({@code ACCEPT} or
 * {@code WAIT_FOR_DEPENDENCY}), including {@code IN_FLIGHT}: the dispatcher's outcome for the older
 * version is then written only if it still holds the lease, and the newer version is delivered next.
 */
public final class DeliveryStateMachine {

    private static final List<Row> TABLE = new ArrayList<>();
    private static final Map<DeliveryState, Map<DeliveryEvent, DeliveryState>> INDEX =
            new EnumMap<>(DeliveryState.class);

    /** One row of the table with the reason it exists, for the generated diagram and for readers. */
    public record Row(DeliveryState from, DeliveryEvent event, DeliveryState to, String why) {}

    static {
        // ingest: the first decision on a key, and every later accepted version
        add(RECEIVED, ACCEPT, PENDING, "first version accepted");
        add(RECEIVED, WAIT_FOR_DEPENDENCY, PENDING_DEPENDENCY, "accepted, a parent is not in the ledger yet");
        add(RECEIVED, REJECT, REJECTED, "no valid version under this key yet");
        for (DeliveryState s : List.of(
                PENDING, PENDING_DEPENDENCY, IN_FLIGHT, DELIVERED, RETRY_WAIT, EXCEPTION, DISCARDED, REJECTED)) {
            add(s, ACCEPT, PENDING, "new version");
            add(s, WAIT_FOR_DEPENDENCY, PENDING_DEPENDENCY, "new version waits for a parent");
        }
        // parents
        add(PENDING_DEPENDENCY, DEPENDENCY_RESOLVED, PENDING, "last missing parent arrived");
        // dispatcher
        add(PENDING, CLAIM, IN_FLIGHT, "claimed under a lease");
        add(RETRY_WAIT, CLAIM, IN_FLIGHT, "retry due, claimed under a lease");
        add(IN_FLIGHT, DELIVER, DELIVERED, "Odoo holds this version");
        add(IN_FLIGHT, FAIL_TRANSIENT, RETRY_WAIT, "timeout, 5xx, lock: back off");
        add(IN_FLIGHT, EXHAUST, EXCEPTION, "retries exhausted (TRANSIENT_EXHAUSTED)");
        add(IN_FLIGHT, FAIL_DATA, EXCEPTION, "Odoo refused the data (DATA)");
        add(IN_FLIGHT, FAIL_POLICY, EXCEPTION, "a hub policy stopped it (POLICY)");
        add(IN_FLIGHT, FAIL_AUTH, EXCEPTION, "Odoo refused access (AUTH_CONFIG)");
        add(IN_FLIGHT, LEASE_EXPIRED, PENDING, "the claiming instance died or stalled");
        // operators
        add(EXCEPTION, REPLAY, PENDING, "cause fixed, send again");
        add(DISCARDED, REPLAY, PENDING, "discard undone");
        for (DeliveryState s : List.of(PENDING, PENDING_DEPENDENCY, RETRY_WAIT, EXCEPTION)) {
            add(s, DISCARD, DISCARDED, "given up by an operator, with a reason");
        }
    }

    private DeliveryStateMachine() {}

    private static void add(DeliveryState from, DeliveryEvent event, DeliveryState to, String why) {
        DeliveryState previous = INDEX.computeIfAbsent(from, f -> new EnumMap<>(DeliveryEvent.class))
                .putIfAbsent(event, to);
        if (previous != null) {
            throw new IllegalStateException("two rows for " + from + " on " + event);
        }
        TABLE.add(new Row(from, event, to, why));
    }

    /** The transition {@code event} causes in state {@code from}; throws when the table has none. */
    public static Transition next(DeliveryState from, DeliveryEvent event) {
        DeliveryState to = INDEX.getOrDefault(from, Map.of()).get(event);
        if (to == null) {
            throw new IllegalTransitionException(from, event);
        }
        return new Transition(from, event, to);
    }

    /** Whether {@code event} is allowed in state {@code from}. */
    public static boolean permits(DeliveryState from, DeliveryEvent event) {
        return INDEX.getOrDefault(from, Map.of()).containsKey(event);
    }

    static boolean allows(DeliveryState from, DeliveryEvent event, DeliveryState to) {
        return INDEX.getOrDefault(from, Map.of()).get(event) == to;
    }

    /** Every row in declaration order. */
    public static List<Row> rows() {
        return Collections.unmodifiableList(TABLE);
    }
}
