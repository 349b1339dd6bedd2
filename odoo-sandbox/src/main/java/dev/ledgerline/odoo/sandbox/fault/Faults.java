package dev.ledgerline.odoo.sandbox.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The faults a sandbox injects, changed from tests through this Java API or over
 * {@code /sandbox/faults}. Decisions are deterministic for a given seed and call sequence.
 */
public final class Faults {
    private final List<Active> rules = new ArrayList<>();
    private final long seed;
    private Random random;
    private volatile Duration callDelay = Duration.ZERO;

    public Faults(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** Adds a rule; rules are tried in the order they were added and the first that fires wins. */
    public synchronized Faults add(FaultRule rule) {
        rules.add(new Active(rule));
        return this;
    }

    /** Removes every rule and the per-call delay, and restarts the random sequence. */
    public synchronized void clear() {
        rules.clear();
        callDelay = Duration.ZERO;
        random = new Random(seed);
    }

    public synchronized List<FaultRule> rules() {
        return rules.stream().map(a -> a.rule).toList();
    }

    /** A fixed delay before every call, to imitate a real server's cost. */
    public Faults callDelay(Duration delay) {
        this.callDelay = delay == null ? Duration.ZERO : delay;
        return this;
    }

    public Duration callDelay() {
        return callDelay;
    }

    /** The fault to inject into this call, if any rule fires. */
    public synchronized Optional<FaultRule> decide(String model, String method) {
        for (Active active : rules) {
            FaultRule rule = active.rule;
            if (!rule.matches(model, method) || active.fired == rule.times()) {
                continue;
            }
            active.seen++;
            if (active.seen % rule.everyNth() != 0) {
                continue;
            }
            if (rule.probability() < 1.0 && random.nextDouble() >= rule.probability()) {
                continue;
            }
            active.fired++;
            return Optional.of(rule);
        }
        return Optional.empty();
    }

    private static final class Active {
        final FaultRule rule;
        long seen;
        int fired;

        Active(FaultRule rule) {
            this.rule = rule;
        }
    }
}
