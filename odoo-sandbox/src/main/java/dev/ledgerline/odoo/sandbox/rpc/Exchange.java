package dev.ledgerline.odoo.sandbox.rpc;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import tools.jackson.databind.json.JsonMapper;

/** One HTTP request and its answer, with the ways the sandbox can answer (or not). */
final class Exchange {
    static final JsonMapper JSON = JsonMapper.builder().build();

    final Request request;
    final Response response;
    final Callback callback;

    Exchange(Request request, Response response, Callback callback) {
        this.request = request;
        this.response = response;
        this.callback = callback;
    }

    String path() {
        return Request.getPathInContext(request);
    }

    String method() {
        return request.getMethod();
    }

    String header(String name) {
        return request.getHeaders().get(name);
    }

    String body() throws IOException {
        return Content.Source.asString(request, StandardCharsets.UTF_8);
    }

    void json(int status, Object value) {
        send(status, "application/json; charset=utf-8", JSON.writeValueAsString(value));
    }

    void text(int status, String contentType, String body) {
        send(status, contentType, body);
    }

    void send(int status, String contentType, String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        Content.Sink.write(response, true, body, callback);
    }

    /** Odoo's (werkzeug's) page for an unknown path. */
    void notFound() {
        text(404, "text/html; charset=utf-8", """
                <!doctype html>
                <html lang=en>
                <title>404 Not Found</title>
                <h1>Not Found</h1>
                <p>The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.</p>
                """);
    }

    /**
     * Drops the connection with a TCP reset (SO_LINGER 0, then close), so the client sees
     * "connection reset" instead of an answer.
     */
    void reset() {
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        Object transport = endPoint.getTransport();
        if (transport instanceof SocketChannel channel) {
            try {
                channel.setOption(StandardSocketOptions.SO_LINGER, 0);
            } catch (IOException ignored) {
                // the channel is closing anyway; a plain close still loses the answer
            }
        }
        endPoint.close();
        callback.failed(new IOException("connection reset by fault injection"));
    }
}
