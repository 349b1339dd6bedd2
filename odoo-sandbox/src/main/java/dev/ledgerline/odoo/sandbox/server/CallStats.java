package dev.ledgerline.odoo.sandbox.server;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts of calls per {@code model.method} (or service method), errors and injected faults. */
public final class CallStats {
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> faults = new ConcurrentHashMap<>();

    public void call(String key) {
        calls.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    public void error(String name) {
        errors.computeIfAbsent(name, k -> new LongAdder()).increment();
    }

    public void fault(String kind) {
        faults.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    public long calls(String key) {
        LongAdder count = calls.get(key);
        return count == null ? 0 : count.sum();
    }

    public long totalCalls() {
        return calls.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> out = new TreeMap<>();
        out.put("calls", sums(calls));
        out.put("errors", sums(errors));
        out.put("faults", sums(faults));
        out.put("total_calls", totalCalls());
        return out;
    }

    private static Map<String, Long> sums(Map<String, LongAdder> counts) {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public void clear() {
        calls.clear();
        errors.clear();
        faults.clear();
    }
}
