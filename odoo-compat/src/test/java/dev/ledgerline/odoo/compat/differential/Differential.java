package dev.ledgerline.odoo.compat.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends each call to Odoo and then to the sandbox, compares the answers and keeps count: operations per
 * kind, time per side, and every divergence.
 */
final class Differential {

    private final JsonRpcServer sandbox;
    private final JsonRpcServer real;
    private final AnswerComparison comparison;
    private final Map<String, Integer> perKind = new TreeMap<>();
    private final Map<String, Long> realMillisPerKind = new TreeMap<>();
    private final List<Divergence> divergences = new ArrayList<>();
    private int operations;
    private long sandboxMillis;
    private long realMillis;

    Differential(JsonRpcServer sandbox, JsonRpcServer real, Schema schema) {
        this.sandbox = sandbox;
        this.real = real;
        this.comparison = new AnswerComparison(schema);
    }

    Exchange run(Call call) {
        Answer fromOdoo = real.execute(call.model(), call.method(), call.args(Side.REAL), call.kwargs(Side.REAL));
        Answer fromSandbox =
                sandbox.execute(call.model(), call.method(), call.args(Side.SANDBOX), call.kwargs(Side.SANDBOX));
        if (TRACE != null) {
            try {
                Files.writeString(
                        TRACE,
                        call.kind() + " " + call.model() + "." + call.method() + " " + call.args(Side.REAL) + " "
                                + call.kwargs(Side.REAL) + "\n  odoo: " + fromOdoo + "\n  sandbox: " + fromSandbox
                                + "\n",
                        StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return record(call, fromSandbox, fromOdoo);
    }

    /**
     * {@code -Dledgerline.differential.trace=<file>} writes every call with both answers there, in order, to
     * find the steps that led to a divergence of the records read at the end.
     */
    private static final Path TRACE = System.getProperty("ledgerline.differential.trace") == null
            ? null
            : Path.of(System.getProperty("ledgerline.differential.trace"));

    /** {@code common.authenticate} on both sides, compared as an operation of its own. */
    Exchange authenticate(String kind, String login, String secret) {
        Answer fromOdoo = real.authenticate(login, secret);
        Answer fromSandbox = sandbox.authenticate(login, secret);
        return record(new Call(kind, "res.users", "authenticate", List.of(), Map.of()), fromSandbox, fromOdoo);
    }

    private Exchange record(Call call, Answer fromSandbox, Answer fromOdoo) {
        operations++;
        perKind.merge(call.kind(), 1, Integer::sum);
        sandboxMillis += fromSandbox.millis();
        realMillis += fromOdoo.millis();
        realMillisPerKind.merge(call.kind(), fromOdoo.millis(), Long::sum);
        String difference = call.method().equals("authenticate")
                ? (fromSandbox.json() != null
                                && fromOdoo.json() != null
                                && fromSandbox.result() != null
                                && fromSandbox.result().getNodeType()
                                        == fromOdoo.result().getNodeType()
                        ? null
                        : "authenticate: " + fromSandbox.shown() + " / " + fromOdoo.shown())
                : comparison.compare(call, fromSandbox, fromOdoo);
        if (difference != null) {
            divergences.add(
                    new Divergence(call.kind(), call.shown(), difference, fromSandbox.shown(), fromOdoo.shown()));
        }
        return new Exchange(call, fromSandbox, fromOdoo, difference == null);
    }

    int operations() {
        return operations;
    }

    Map<String, Integer> operationsPerKind() {
        return Map.copyOf(perKind);
    }

    /** Odoo's time per operation kind, slowest first, for the report. */
    String slowestKinds(int count) {
        return realMillisPerKind.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(count)
                .map(e -> e.getKey() + " " + e.getValue() + " ms/" + perKind.get(e.getKey()))
                .toList()
                .toString();
    }

    List<Divergence> divergences() {
        return List.copyOf(divergences);
    }

    long sandboxMillis() {
        return sandboxMillis;
    }

    long realMillis() {
        return realMillis;
    }
}
