package dev.ledgerline.hub.ingest;

import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.hub.security.ApiPrincipal;
import dev.ledgerline.hub.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/events}: a batch of 1–5,000 envelopes, answered per item after commit. */
@RestController
class EventsController {

    private final EnvelopeReader envelopes;
    private final BatchIngest ingest;
    private final BacklogGate backlog;
    private final IngestProperties properties;

    EventsController(EnvelopeReader envelopes, BatchIngest ingest, BacklogGate backlog, IngestProperties properties) {
        this.envelopes = envelopes;
        this.ingest = ingest;
        this.backlog = backlog;
        this.properties = properties;
    }

    @PostMapping(path = "/api/v1/events", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> post(HttpServletRequest request, @AuthenticationPrincipal ApiPrincipal caller)
            throws IOException {
        requireUtf8(request);
        if (request.getContentLengthLong() > properties.maxBodySize().toBytes()) {
            throw new ApiException(
                    413, ErrorCode.PAYLOAD_TOO_LARGE, "the body is larger than " + properties.maxBodySize());
        }
        backlog.check();
        List<ParsedItem> items = envelopes.read(request.getInputStream());
        requireIngestScope(items, caller);
        List<IngestOutcome> outcomes = ingest.ingest(items, caller.actor());
        List<Map<String, Object>> results = new ArrayList<>(outcomes.size());
        for (int i = 0; i < outcomes.size(); i++) {
            results.add(result(i, outcomes.get(i)));
        }
        return Map.of("results", results);
    }

    private static void requireUtf8(HttpServletRequest request) {
        String charset = request.getCharacterEncoding();
        if (charset != null && !StandardCharsets.UTF_8.name().equalsIgnoreCase(charset)) {
            throw new ApiException(400, ErrorCode.INVALID_ENCODING, "the body must be UTF-8, not " + charset);
        }
    }

    /** A token writes only its own sources: one foreign item refuses the whole batch, nothing is written. */
    private static void requireIngestScope(List<ParsedItem> items, ApiPrincipal caller) {
        Set<String> foreign = new TreeSet<>();
        for (ParsedItem item : items) {
            if (item.tree() != null
                    && item.tree().get("source") instanceof String source
                    && !caller.mayIngest(source)) {
                foreign.add(source.length() > 64 ? source.substring(0, 64) : source);
            }
        }
        if (!foreign.isEmpty()) {
            throw new ApiException(
                    403,
                    ErrorCode.FORBIDDEN,
                    "the token may not write records of these sources; nothing was written",
                    List.copyOf(foreign),
                    Map.of());
        }
    }

    private static Map<String, Object> result(int index, IngestOutcome outcome) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("index", index);
        switch (outcome) {
            case IngestOutcome.Accepted a -> {
                r.put("status", "accepted");
                r.put("ledgerId", a.ledgerId().toString());
                if (!a.warnings().isEmpty()) {
                    r.put(
                            "warnings",
                            a.warnings().stream().map(ProblemsJson::asTree).toList());
                }
            }
            case IngestOutcome.Duplicate d -> {
                r.put("status", "duplicate");
                r.put("ledgerId", d.ledgerId().toString());
            }
            case IngestOutcome.Stale s -> {
                r.put("status", "stale");
                r.put("ledgerId", s.ledgerId().toString());
            }
            case IngestOutcome.Rejected rejected -> {
                r.put("status", "rejected");
                r.put(
                        "errors",
                        rejected.problems().stream().map(ProblemsJson::asTree).toList());
            }
        }
        return r;
    }
}
