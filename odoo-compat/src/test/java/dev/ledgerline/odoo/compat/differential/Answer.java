package dev.ledgerline.odoo.compat.differential;

import tools.jackson.databind.JsonNode;

/**
 * One server's answer to a JSON-RPC call.
 *
 * @param status the HTTP status
 * @param json the parsed body, or {@code null} when it is not JSON (Odoo's HTML error pages)
 * @param body the raw body
 * @param millis how long the call took
 */
record Answer(int status, JsonNode json, String body, long millis) {

    boolean isResult() {
        return status == 200 && json != null && json.has("result");
    }

    boolean isError() {
        return json != null && json.has("error");
    }

    JsonNode result() {
        return json == null ? null : json.get("result");
    }

    /** {@code error.data.name}, or empty. */
    String errorName() {
        return json == null ? "" : json.path("error").path("data").path("name").asString("");
    }

    /** A short form for reports: the status and the body, clipped. */
    String shown() {
        String text = json != null ? json.toString() : body;
        if (isError()) {
            JsonNode error = json.get("error");
            text = "error code " + error.path("code") + " "
                    + error.path("data").path("name").asString("") + ": "
                    + error.path("data").path("message").asString("");
        }
        text = text.replaceAll("\\s+", " ");
        return "HTTP " + status + " " + (text.length() > 600 ? text.substring(0, 600) + "…" : text);
    }
}
