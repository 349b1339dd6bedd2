package dev.ledgerline.odoo.sandbox.rpc;

import dev.ledgerline.odoo.sandbox.server.Backend;
import dev.ledgerline.odoo.sandbox.server.Services;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.VirtualThreadPool;

/**
 * The sandbox's HTTP server (Jetty 12, one virtual thread per request): Odoo's paths and the sandbox's
 * admin paths. See ADR 0006 for why Jetty rather than the JDK's server.
 */
public final class SandboxHttpServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;

    public SandboxHttpServer(Backend backend, String host, int port) {
        VirtualThreadPool threads = new VirtualThreadPool();
        threads.setName("odoo-sandbox");
        this.server = new Server(threads);
        this.connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        Services services = new Services(backend);
        FaultGate faults = new FaultGate(backend);
        JsonRpcHandler jsonRpc = new JsonRpcHandler(backend, services, faults);
        Json2Handler json2 = new Json2Handler(backend, services, faults);
        AdminHandler admin = new AdminHandler(backend);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                Exchange exchange = new Exchange(request, response, callback);
                String path = exchange.path();
                if (path.equals("/jsonrpc") && exchange.method().equals("POST")) {
                    jsonRpc.handle(exchange);
                } else if (path.startsWith("/json/2/") && backend.version().servesJson2()) {
                    json2.handle(exchange);
                } else if (path.equals("/web/version")) {
                    Map<String, Object> version = new LinkedHashMap<>();
                    version.put("version_info", backend.version().serverVersionInfo());
                    version.put("version", backend.version().serverVersion());
                    exchange.json(200, version);
                } else if (path.startsWith("/sandbox/")) {
                    admin.handle(exchange);
                } else {
                    exchange.notFound();
                }
                return true;
            }
        });
    }

    public void start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("the sandbox's HTTP server did not start: " + e.getMessage(), e);
        }
    }

    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the sandbox's HTTP server did not stop cleanly", e);
        }
    }
}
