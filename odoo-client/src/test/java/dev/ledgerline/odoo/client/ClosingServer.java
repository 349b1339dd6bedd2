package dev.ledgerline.odoo.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw HTTP/1.1 server that answers the first requests from a list and, at the request marked {@code
 * null}, reads it and then closes the socket without a byte of answer: the server dying mid-call.
 * {@code com.sun.net.httpserver} cannot drop a connection on purpose, hence this.
 */
final class ClosingServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread acceptor;
    private final AtomicInteger requests = new AtomicInteger();

    /**
     * @param answers JSON bodies for the requests in order; {@code null} closes the connection instead
     */
    ClosingServer(List<String> answers) throws IOException {
        this.socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        this.acceptor = Thread.ofVirtual().start(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket connection = socket.accept();
                    Thread.ofVirtual().start(() -> serve(connection, answers));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    private void serve(Socket connection, List<String> answers) {
        try (connection) {
            InputStream in = connection.getInputStream();
            OutputStream out = connection.getOutputStream();
            while (true) {
                if (!readRequest(in)) {
                    return;
                }
                int index = requests.getAndIncrement();
                String answer = index < answers.size() ? answers.get(index) : null;
                if (answer == null) {
                    return; // closes the socket: no status line, no body
                }
                byte[] body = answer.getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                                + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            }
        } catch (IOException ignored) {
            // the client went away
        }
    }

    /** Reads one request (headers and Content-Length body); false at end of stream. */
    private static boolean readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int next = in.read();
            if (next < 0) {
                return false;
            }
            head.write(next);
            matched = (next == '\r' || next == '\n') && "\r\n\r\n".charAt(matched) == next ? matched + 1 : 0;
        }
        int length = 0;
        for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(
                        line.substring("content-length:".length()).strip());
            }
        }
        in.readNBytes(length);
        return true;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        acceptor.interrupt();
    }
}
