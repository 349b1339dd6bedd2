package dev.ledgerline.odoo.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * When a {@link FaultProxy} disturbs a call, and how: a {@link ProxyFault} for the calls of one model
 * and method ({@code null} for any), at most {@code times} times ({@code -1}: until removed), for at most
 * {@code lasting} from the moment the rule is added ({@code null}: no time limit).
 *
 * <pre>{@code
 * proxy.add(ProxyRule.of(ProxyFault.DROP_ANSWER).on("res.partner", "create").times(1));
 * proxy.add(ProxyRule.of(ProxyFault.UNAVAILABLE).lasting(Duration.ofSeconds(5)));
 * proxy.add(ProxyRule.of(ProxyFault.DELAY).delay(Duration.ofSeconds(2)).on("account.move", "action_post"));
 * }</pre>
 *
 * @param fault what happens to a matching call
 * @param model the Odoo model a call must be on ({@code execute_kw}'s model, JSON-2's path), or {@code
 *     null} for every call, the {@code common} service's included
 * @param method the model's method ({@code create}, {@code write}…), or {@code null} for any
 * @param times how many calls the rule disturbs at most; {@code -1} for no limit
 * @param delay the wait of {@link ProxyFault#DELAY} (which a proxy refuses without one)
 * @param lasting how long after being added the rule stays active, or {@code null}
 */
public record ProxyRule(ProxyFault fault, String model, String method, int times, Duration delay, Duration lasting) {

    public ProxyRule {
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(delay, "delay");
        if (times < -1 || times == 0) {
            throw new IllegalArgumentException("times must be positive or -1 (no limit), was " + times);
        }
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, was " + delay);
        }
        if (lasting != null && (lasting.isNegative() || lasting.isZero())) {
            throw new IllegalArgumentException("lasting must be positive, was " + lasting);
        }
        if (model == null && method != null) {
            throw new IllegalArgumentException("a method needs its model");
        }
    }

    /** Every call, without limit, until the rule is removed. */
    public static ProxyRule of(ProxyFault fault) {
        return new ProxyRule(fault, null, null, -1, Duration.ZERO, null);
    }

    /** Only calls of {@code method} on {@code model} ({@code method} null: any method of the model). */
    public ProxyRule on(String model, String method) {
        return new ProxyRule(fault, Objects.requireNonNull(model, "model"), method, times, delay, lasting);
    }

    /** At most {@code n} matching calls. */
    public ProxyRule times(int n) {
        return new ProxyRule(fault, model, method, n, delay, lasting);
    }

    /** The wait of a {@link ProxyFault#DELAY} rule. */
    public ProxyRule delay(Duration wait) {
        return new ProxyRule(fault, model, method, times, wait, lasting);
    }

    /** Active for this long after it is added, then it no longer fires. */
    public ProxyRule lasting(Duration period) {
        return new ProxyRule(fault, model, method, times, delay, period);
    }

    boolean matches(OdooCall call) {
        if (model == null) {
            return true;
        }
        return model.equals(call.model()) && (method == null || method.equals(call.method()));
    }
}
