package dev.ledgerline.odoo.client.internal;

import dev.ledgerline.odoo.client.OdooTransportException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP connection pool to one Odoo: {@code java.net.http} on HTTP/1.1 (Odoo's server does not speak
 * HTTP/2), a small bounded executor, at most {@code maxConcurrentRequests} requests in flight (which
 * also bounds the pooled connections), and the request timeout on every call. Turns I/O failures into
 * {@link OdooTransportException}s; every HTTP status is handed back to the caller to interpret.
 */
public final class HttpChannel implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("dev.ledgerline.odoo.client");

    private final String base;
    private final HttpClient http;
    private final ExecutorService executor;
    private final Semaphore permits;
    private final Duration requestTimeout;
    private final String userAgent;

    /**
     * An answer of any status.
     *
     * @param status the HTTP status
     * @param contentType the {@code Content-Type} header, or an empty string
     * @param body the body
     */
    public record Answer(int status, String contentType, byte[] body) {
        /**
         * The body as text.
         *
         * @return the UTF-8 body
         */
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /**
         * Whether the body claims to be JSON.
         *
         * @return {@code true} for {@code application/json}
         */
        public boolean isJson() {
            return contentType.toLowerCase(java.util.Locale.ROOT).contains("json");
        }
    }

    /**
     * Opens the pool (connections are made on first use).
     *
     * @param base the server's base URL, e.g. {@code https://erp.example.com} or {@code
     *     http://host:8069/odoo}
     * @param connectTimeout the TCP/TLS connect timeout
     * @param requestTimeout the time to wait for a whole answer
     * @param maxConcurrentRequests the most requests in flight at once
     * @param userAgent the {@code User-Agent} header
     */
    public HttpChannel(
            URI base, Duration connectTimeout, Duration requestTimeout, int maxConcurrentRequests, String userAgent) {
        String text = base.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.requestTimeout = requestTimeout;
        this.userAgent = userAgent;
        this.permits = new Semaphore(maxConcurrentRequests, true);
        this.executor = Executors.newFixedThreadPool(Math.max(2, Math.min(maxConcurrentRequests, 8)), daemonThreads());
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "odoo-client-http-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Posts a JSON body.
     *
     * @param path the path below the base URL, e.g. {@code /jsonrpc}
     * @param headers extra headers
     * @param body the JSON body
     * @param model the model called, for errors (or {@code null})
     * @param method the method called, for errors
     * @return the answer, whatever its status
     * @throws OdooTransportException when no answer arrived
     */
    public Answer post(String path, Map<String, String> headers, byte[] body, String model, String method) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(requestTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request.build(), model, method);
    }

    /**
     * Sends a GET.
     *
     * @param path the path below the base URL
     * @param model the model called, for errors (or {@code null})
     * @param method the method called, for errors
     * @return the answer, whatever its status
     * @throws OdooTransportException when no answer arrived
     */
    public Answer get(String path, String model, String method) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .header("User-Agent", userAgent)
                .GET()
                .build();
        return send(request, model, method);
    }

    private Answer send(HttpRequest request, String model, String method) {
        String target = model == null ? method : model + "." + method;
        long started = System.nanoTime();
        acquire(model, method);
        CompletableFuture<HttpResponse<byte[]>> exchange = null;
        try {
            exchange = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
            // the request's own timeout stops at the response headers; this bounds the body as well
            HttpResponse<byte[]> response = exchange.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
            LOG.log(
                    System.Logger.Level.DEBUG,
                    () -> String.format(
                            "%s %s %s -> %d in %d ms",
                            request.method(),
                            request.uri().getPath(),
                            target,
                            response.statusCode(),
                            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw failure(
                    new HttpTimeoutException("request timed out"),
                    "no complete answer from " + base + " within " + requestTimeout.toMillis() + " ms",
                    model,
                    method,
                    true);
        } catch (ExecutionException e) {
            throw failure(e.getCause(), model, method);
        } catch (InterruptedException e) {
            if (exchange != null) {
                exchange.cancel(true);
            }
            Thread.currentThread().interrupt();
            throw failure(e, "interrupted while waiting for " + base, model, method, true);
        } finally {
            permits.release();
        }
    }

    private OdooTransportException failure(Throwable cause, String model, String method) {
        return switch (cause) {
            case HttpConnectTimeoutException e ->
                failure(e, "could not connect to " + base + " within the connect timeout", model, method, false);
            case HttpTimeoutException e ->
                failure(
                        e,
                        "no answer from " + base + " within " + requestTimeout.toMillis() + " ms",
                        model,
                        method,
                        true);
            case ConnectException e ->
                failure(e, "could not connect to " + base + ": " + describe(e), model, method, false);
            case IOException e -> failure(e, "connection to " + base + " failed: " + describe(e), model, method, true);
            default -> failure(cause, "request to " + base + " failed: " + describe(cause), model, method, true);
        };
    }

    private void acquire(String model, String method) {
        try {
            if (!permits.tryAcquire(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new OdooTransportException(
                        "java.util.concurrent.TimeoutException",
                        "no free connection to " + base + " within " + requestTimeout.toMillis() + " ms",
                        model,
                        method,
                        0,
                        false,
                        null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(e, "interrupted while waiting for a connection to " + base, model, method, false);
        }
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static OdooTransportException failure(
            Throwable cause, String message, String model, String method, boolean outcomeUnknown) {
        return new OdooTransportException(cause.getClass().getName(), message, model, method, 0, outcomeUnknown, cause);
    }

    /** Closes the pooled connections and stops the executor. */
    @Override
    public void close() {
        http.shutdownNow();
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "HttpChannel[" + base + "]";
    }
}
