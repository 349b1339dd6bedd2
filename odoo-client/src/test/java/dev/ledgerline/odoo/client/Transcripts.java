package dev.ledgerline.odoo.client;

import dev.ledgerline.odoo.client.internal.OdooJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** The recorded Odoo 18 calls of {@code ../shared/odoo/transcripts}. */
final class Transcripts {

    /**
     * One recorded call.
     *
     * @param transcript the transcript's file name without {@code .json}
     * @param index the step's position, from 0
     * @param note what the step shows
     * @param status the HTTP status Odoo answered
     * @param request the JSON-RPC request, or {@code null} for a raw or XML-RPC request
     * @param response the recorded response
     */
    record Step(String transcript, int index, String note, int status, JsonNode request, JsonNode response) {

        String key() {
            return transcript + "#" + index;
        }

        boolean isJsonRpc() {
            return request != null;
        }

        boolean isError() {
            return status != 200 || response.has("error");
        }

        JsonNode params() {
            return request.path("params");
        }

        boolean isExecuteKw() {
            return isJsonRpc() && "execute_kw".equals(params().path("method").asString(""));
        }

        /** execute_kw's model, or {@code null}. */
        String model() {
            return isExecuteKw() ? params().path("args").path(3).asString() : null;
        }

        /** execute_kw's method, {@code service.method}, or {@code jsonrpc} for a raw body. */
        String method() {
            if (!isJsonRpc()) {
                return "jsonrpc";
            }
            return isExecuteKw()
                    ? params().path("args").path(4).asString()
                    : params().path("service").asString("") + "."
                            + params().path("method").asString("");
        }

        /** The {@code non_json_body} of a non-JSON answer. */
        String rawBody() {
            return response.path("_non_json_body").asString("");
        }

        @Override
        public String toString() {
            return key() + " (" + note + ")";
        }
    }

    private Transcripts() {}

    static Path shared() {
        String property = System.getProperty("ledgerline.shared");
        Path path = property != null ? Path.of(property) : Path.of("../../shared");
        return path.toAbsolutePath().normalize();
    }

    static Path models() {
        return shared().resolve("odoo/models-18.0.json");
    }

    static List<String> names() {
        try (Stream<Path> files = Files.list(shared().resolve("odoo/transcripts"))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(String name) {
        try {
            return OdooJson.parse(Files.readAllBytes(shared().resolve("odoo/transcripts/" + name + ".json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Step> steps(String name) {
        JsonNode transcript = read(name);
        List<Step> steps = new ArrayList<>();
        int index = 0;
        for (JsonNode step : transcript.path("steps")) {
            JsonNode request = step.has("request") ? step.get("request") : null;
            int status = step.path("http").path("status").asInt(200);
            steps.add(new Step(name, index++, step.path("note").asString(""), status, request, step.path("response")));
        }
        return steps;
    }

    /** Every step of the JSON-RPC transcripts (all but 08, which is XML-RPC). */
    static List<Step> jsonRpcSteps() {
        return names().stream()
                .flatMap(name -> steps(name).stream())
                .filter(step -> step.isJsonRpc() || step.status() != 200)
                .toList();
    }
}
