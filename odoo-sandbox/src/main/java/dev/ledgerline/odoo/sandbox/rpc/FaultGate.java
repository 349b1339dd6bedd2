package dev.ledgerline.odoo.sandbox.rpc;

import dev.ledgerline.odoo.sandbox.fault.FaultRule;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.server.Backend;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs one call through the configured faults: delay, refuse, fail or lose the answer. */
final class FaultGate {
    private final Backend backend;

    FaultGate(Backend backend) {
        this.backend = backend;
    }

    /**
     * Runs {@code call} unless a fault says otherwise; {@code answer} writes a normal answer, {@code
     * serializationFailure} writes the protocol's concurrency error.
     */
    <T> void run(
            Exchange exchange,
            String model,
            String method,
            Supplier<T> call,
            Consumer<T> answer,
            Runnable serializationFailure) {
        sleep(backend.faults().callDelay());
        Optional<FaultRule> fault = backend.faults().decide(model, method);
        if (fault.isEmpty()) {
            answer.accept(call.get());
            return;
        }
        FaultRule rule = fault.get();
        backend.stats().fault(rule.kind().name());
        switch (rule.kind()) {
            case LATENCY -> {
                sleep(rule.latency());
                answer.accept(call.get());
            }
            case HTTP_500 -> exchange.text(500, "text/html; charset=utf-8", page(500, "Internal Server Error"));
            case HTTP_502 -> exchange.text(502, "text/html; charset=utf-8", page(502, "Bad Gateway"));
            case HTTP_503 -> exchange.text(503, "text/html; charset=utf-8", page(503, "Service Unavailable"));
            case RATE_LIMIT -> {
                long seconds = Math.max(1, rule.latency().toSeconds());
                exchange.response.getHeaders().put("Retry-After", String.valueOf(seconds));
                exchange.text(429, "text/html; charset=utf-8", page(429, "Too Many Requests"));
            }
            case RESET_BEFORE_COMMIT -> exchange.reset();
            case RESET_AFTER_COMMIT -> {
                try {
                    call.get();
                } catch (OdooException ignored) {
                    // the answer is lost either way
                }
                exchange.reset();
            }
            case SERIALIZATION_FAILURE -> serializationFailure.run();
        }
    }

    static OdooException serializationError() {
        return new OdooException(
                OdooException.SERIALIZATION_FAILURE, "could not serialize access due to concurrent update\n");
    }

    private static String page(int status, String reason) {
        return "<!doctype html>\n<html lang=en>\n<title>" + status + " " + reason + "</title>\n<h1>" + reason
                + "</h1>\n";
    }

    private static void sleep(Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
