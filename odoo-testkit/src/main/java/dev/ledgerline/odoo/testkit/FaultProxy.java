package dev.ledgerline.odoo.testkit;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.VirtualThreadPool;

/**
 * An HTTP proxy on a loopback port in front of an Odoo server that disturbs the calls a test tells it
 * to: answers 503, delays, resets the connection before forwarding, or forwards and then drops Odoo's
 * answer. Every other call passes through unchanged, so a client pointed at {@link #url()} sees the real
 * Odoo with a bad network in between. Rules match JSON-RPC {@code execute_kw} and JSON-2 calls by model
 * and method; the first active rule that matches a call decides it.
 *
 * <pre>{@code
 * try (FaultProxy proxy = FaultProxy.start(server.url())) {
 *     proxy.add(ProxyRule.of(ProxyFault.DROP_ANSWER).on("res.partner", "create").times(1));
 *     // point the client at proxy.url(): its first partner create commits in Odoo, the answer is lost
 * }
 * }</pre>
 *
 * <p>The server side is Jetty (one virtual thread per request), the forwarding side the JDK's HTTP
 * client; neither reads HTTP by hand.
 */
public final class FaultProxy implements AutoCloseable {

    /** Headers that describe one connection, not the message, and are never passed on. */
    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection",
            "keep-alive",
            "proxy-authenticate",
            "proxy-authorization",
            "te",
            "trailer",
            "transfer-encoding",
            "upgrade",
            "host",
            "content-length",
            "expect");

    private static final Duration UPSTREAM_TIMEOUT = Duration.ofMinutes(5);

    private final URI upstream;
    private final Server server;
    private final ServerConnector connector;
    private final HttpClient http;
    private final List<ActiveRule> rules = new CopyOnWriteArrayList<>();
    private final AtomicReference<Duration> everyCallDelay = new AtomicReference<>(Duration.ZERO);
    private final AtomicLong forwarded = new AtomicLong();
    private final Map<ProxyFault, AtomicLong> fired = new EnumMap<>(ProxyFault.class);

    private FaultProxy(URI upstream) {
        this.upstream = upstream;
        for (ProxyFault f : ProxyFault.values()) {
            fired.put(f, new AtomicLong());
        }
        VirtualThreadPool threads = new VirtualThreadPool();
        threads.setName("fault-proxy");
        this.server = new Server(threads);
        this.connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        // Odoo may think for minutes over a large batch; the connection is idle meanwhile, not dead
        connector.setIdleTimeout(UPSTREAM_TIMEOUT.toMillis());
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                exchange(request, response, callback);
                return true;
            }
        });
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * Starts a proxy on a free loopback port that forwards to {@code upstream} (Odoo's base URL, e.g.
     * {@code http://127.0.0.1:8069}).
     */
    public static FaultProxy start(URI upstream) {
        Objects.requireNonNull(upstream, "upstream");
        FaultProxy proxy = new FaultProxy(trimmed(upstream));
        try {
            proxy.server.start();
        } catch (Exception e) {
            throw new IllegalStateException("the fault proxy did not start: " + e.getMessage(), e);
        }
        return proxy;
    }

    /** Where clients connect instead of Odoo: {@code http://127.0.0.1:<port>}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    /** The Odoo this proxy forwards to. */
    public URI upstream() {
        return upstream;
    }

    /**
     * Disturbs matching calls from now on, after the rules added before it.
     *
     * @throws IllegalArgumentException for a {@link ProxyFault#DELAY} rule without a delay
     */
    public FaultProxy add(ProxyRule rule) {
        Objects.requireNonNull(rule, "rule");
        if (rule.fault() == ProxyFault.DELAY && rule.delay().isZero()) {
            throw new IllegalArgumentException("a DELAY rule needs a delay");
        }
        Instant until = rule.lasting() == null ? null : Instant.now().plus(rule.lasting());
        rules.add(new ActiveRule(rule, until, new AtomicInteger(rule.times())));
        return this;
    }

    /** A fixed wait before every call is forwarded, like a slow server (zero: none). */
    public FaultProxy delayEveryCall(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, was " + delay);
        }
        everyCallDelay.set(delay);
        return this;
    }

    /** Removes every rule and the delay: from now on every call passes through. */
    public void clear() {
        rules.clear();
        everyCallDelay.set(Duration.ZERO);
    }

    /** Calls forwarded to Odoo so far (those a fault dropped the answer of included). */
    public long forwarded() {
        return forwarded.get();
    }

    /** How often a fault has fired so far. */
    public long fired(ProxyFault fault) {
        return fired.get(fault).get();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the fault proxy did not stop cleanly", e);
        } finally {
            http.close();
        }
    }

    @Override
    public String toString() {
        return "FaultProxy[" + url() + " -> " + upstream + "]";
    }

    private void exchange(Request request, Response response, Callback callback) {
        try {
            byte[] body = bytes(Content.Source.asByteBuffer(request));
            String path = Request.getPathInContext(request);
            sleep(everyCallDelay.get());
            Optional<ProxyRule> fault = decide(OdooCall.of(path, body));
            if (fault.isEmpty()) {
                pass(request, response, callback, body);
                return;
            }
            ProxyRule rule = fault.get();
            fired.get(rule.fault()).incrementAndGet();
            switch (rule.fault()) {
                case UNAVAILABLE -> unavailable(response, callback);
                case DELAY -> {
                    sleep(rule.delay());
                    pass(request, response, callback, body);
                }
                case RESET_BEFORE_FORWARD -> reset(request, callback);
                case DROP_ANSWER -> {
                    forward(request, body);
                    reset(request, callback);
                }
            }
        } catch (IOException e) {
            badGateway(response, callback, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            callback.failed(e);
        } catch (RuntimeException e) {
            callback.failed(e);
        }
    }

    private Optional<ProxyRule> decide(OdooCall call) {
        Instant now = Instant.now();
        for (ActiveRule active : rules) {
            if (active.until() != null && now.isAfter(active.until())) {
                rules.remove(active);
                continue;
            }
            if (!active.rule().matches(call)) {
                continue;
            }
            if (active.rule().times() == -1) {
                return Optional.of(active.rule());
            }
            int left = active.left().getAndDecrement();
            if (left > 0) {
                if (left == 1) {
                    rules.remove(active);
                }
                return Optional.of(active.rule());
            }
        }
        return Optional.empty();
    }

    private void pass(Request request, Response response, Callback callback, byte[] body)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = forward(request, body);
        response.setStatus(answer.statusCode());
        answer.headers().map().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                values.forEach(v -> response.getHeaders().add(name, v));
            }
        });
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.body().length);
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
    }

    private HttpResponse<byte[]> forward(Request request, byte[] body) throws IOException, InterruptedException {
        String query = request.getHttpURI().getQuery();
        URI target = URI.create(
                upstream + Request.getPathInContext(request) + (query == null || query.isEmpty() ? "" : "?" + query));
        HttpRequest.Builder out = HttpRequest.newBuilder(target)
                .timeout(UPSTREAM_TIMEOUT)
                .method(request.getMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        for (HttpField field : request.getHeaders()) {
            if (!HOP_BY_HOP.contains(field.getLowerCaseName())) {
                out.header(field.getName(), field.getValue());
            }
        }
        HttpResponse<byte[]> answer = http.send(out.build(), HttpResponse.BodyHandlers.ofByteArray());
        forwarded.incrementAndGet();
        return answer;
    }

    private static void unavailable(Response response, Callback callback) {
        page(response, callback, 503, "Service Unavailable");
    }

    private static void badGateway(Response response, Callback callback, IOException cause) {
        if (response.isCommitted()) {
            callback.failed(cause);
        } else {
            page(response, callback, 502, "Bad Gateway");
        }
    }

    private static void page(Response response, Callback callback, int status, String reason) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        String html = "<!doctype html>\n<html lang=en>\n<title>" + status + " " + reason + "</title>\n<h1>" + reason
                + "</h1>\n";
        Content.Sink.write(response, true, html, callback);
    }

    /** A TCP reset (SO_LINGER 0, then close): the client sees "connection reset", never an answer. */
    private static void reset(Request request, Callback callback) {
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        if (endPoint.getTransport() instanceof SocketChannel channel) {
            try {
                channel.setOption(StandardSocketOptions.SO_LINGER, 0);
            } catch (IOException ignored) {
                // the channel is closing anyway; a plain close still loses the answer
            }
        }
        endPoint.close();
        callback.failed(new IOException("connection reset by the fault proxy"));
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.get(out);
        return out;
    }

    private static URI trimmed(URI upstream) {
        String s = upstream.toString();
        return URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    }

    private static void sleep(Duration delay) throws InterruptedException {
        if (!delay.isZero()) {
            Thread.sleep(delay);
        }
    }

    /** A rule as added: its deadline and the calls it may still disturb. */
    private record ActiveRule(ProxyRule rule, Instant until, AtomicInteger left) {}
}
