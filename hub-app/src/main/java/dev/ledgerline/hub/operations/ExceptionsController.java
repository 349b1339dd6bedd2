package dev.ledgerline.hub.operations;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.ledger.ExceptionCategory;
import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.hub.ledger.ExceptionRepository;
import dev.ledgerline.hub.ledger.ExceptionRepository.Filter;
import dev.ledgerline.hub.ledger.ExceptionRepository.OpenException;
import dev.ledgerline.hub.security.ApiPrincipal;
import dev.ledgerline.hub.web.ApiException;
import dev.ledgerline.hub.web.ErrorBody;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * The exceptions API: reads with scope {@code ops}, {@code read} or {@code admin}; actions with scope
 * {@code ops} (enforced by the security configuration). Every action needs a {@code reason}.
 */
@RestController
class ExceptionsController {

    private static final int MAX_LIMIT = 1000;

    private final ExceptionRepository exceptions;
    private final ExceptionActions actions;
    private final PayloadCorrections corrections;

    ExceptionsController(ExceptionRepository exceptions, ExceptionActions actions, PayloadCorrections corrections) {
        this.exceptions = exceptions;
        this.actions = actions;
        this.corrections = corrections;
    }

    @GetMapping("/api/v1/exceptions")
    Map<String, Object> list(
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String project,
            @RequestParam(required = false) String since,
            @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiException(400, ErrorCode.INVALID_VALUE, "limit must be between 1 and " + MAX_LIMIT);
        }
        List<OpenException> found = exceptions.find(
                filter(category, type, source, project, since),
                after == null || after.isBlank() ? null : uuid(after, "after"),
                limit);
        Map<UUID, Correction> waiting =
                corrections.waiting(found.stream().map(OpenException::ledgerId).toList());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put(
                "exceptions",
                found.stream().map(e -> view(e, waiting.get(e.ledgerId()))).toList());
        answer.put("next", found.size() == limit ? found.getLast().ledgerId().toString() : null);
        return answer;
    }

    @PostMapping("/api/v1/exceptions/{id}/replay")
    Map<String, Object> replay(
            @PathVariable String id,
            @RequestBody(required = false) Map<String, Object> body,
            @AuthenticationPrincipal ApiPrincipal caller) {
        return actions.replay(
                uuid(id, "id"), caller, Reason.of(field(body, "reason")).text());
    }

    @PostMapping("/api/v1/exceptions/replay")
    Map<String, Object> replayMatching(
            @RequestBody(required = false) Map<String, Object> body, @AuthenticationPrincipal ApiPrincipal caller) {
        String reason = Reason.of(field(body, "reason")).text();
        Map<String, Object> asked = new LinkedHashMap<>();
        for (String name : List.of("category", "type", "source", "project", "since")) {
            Object value = field(body, name);
            if (value != null && !(value instanceof String)) {
                throw new ApiException(400, ErrorCode.INVALID_VALUE, name + " must be a string");
            }
            if (value != null) {
                asked.put(name, value);
            }
        }
        Filter filter = filter(
                (String) asked.get("category"),
                (String) asked.get("type"),
                (String) asked.get("source"),
                (String) asked.get("project"),
                (String) asked.get("since"));
        return actions.replayMatching(filter, asked, caller, reason);
    }

    @PostMapping("/api/v1/exceptions/{id}/discard")
    Map<String, Object> discard(
            @PathVariable String id,
            @RequestBody(required = false) Map<String, Object> body,
            @AuthenticationPrincipal ApiPrincipal caller) {
        return actions.discard(
                uuid(id, "id"), caller, Reason.of(field(body, "reason")).text());
    }

    @PutMapping("/api/v1/exceptions/{id}/payload")
    ResponseEntity<Object> correct(
            @PathVariable String id,
            @RequestBody(required = false) byte[] body,
            @AuthenticationPrincipal ApiPrincipal caller) {
        return answer(corrections.correct(uuid(id, "id"), body == null ? new byte[0] : body, caller));
    }

    @PostMapping("/api/v1/exceptions/{id}/payload/approve")
    ResponseEntity<Object> approve(@PathVariable String id, @AuthenticationPrincipal ApiPrincipal caller) {
        return answer(corrections.approve(uuid(id, "id"), caller));
    }

    private static ResponseEntity<Object> answer(PayloadCorrections.Answer a) {
        if (a.status() >= 400) {
            return ResponseEntity.status(a.status())
                    .body(ErrorBody.of(
                            ErrorCode.INVALID_STATE,
                            "a newer version of the record arrived after the correction was made; it was set aside",
                            List.of()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ledgerId", a.correction().recordId().toString());
        body.put("result", a.result());
        body.put("correction", a.correction().id().toString());
        body.put("version", a.correction().version());
        body.put("state", a.state());
        return ResponseEntity.status(a.status()).body(body);
    }

    private static Map<String, Object> view(OpenException e, Correction waiting) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ledgerId", e.ledgerId().toString());
        m.put("source", e.key().source());
        m.put("type", e.key().type().wireName());
        m.put("externalId", e.key().externalId());
        m.put("version", e.version());
        m.put("category", e.category());
        m.put("cause", e.cause());
        m.put("stoppedBy", e.stoppedBy());
        m.put("attempts", e.attempts());
        m.put("since", e.since() == null ? null : e.since().toString());
        m.put("entity", e.entity());
        m.put("aggregate", e.aggregate());
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("name", e.errorName());
        error.put("message", e.errorMessage());
        m.put("lastError", e.errorName() == null && e.errorMessage() == null ? null : error);
        m.put("payload", recordPath(e.key()));
        if (waiting != null) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", waiting.id().toString());
            c.put("version", waiting.version());
            c.put("proposedBy", waiting.proposedBy());
            c.put("proposedAt", waiting.proposedAt().toString());
            c.put("reason", waiting.reason());
            m.put("correctionAwaitingApproval", c);
        }
        return m;
    }

    /** Where the record, its versions (payloads) and history are read. */
    static String recordPath(RecordKey key) {
        return "/api/v1/records/" + UriUtils.encodePathSegment(key.source(), StandardCharsets.UTF_8) + "/"
                + key.type().wireName() + "/" + UriUtils.encodePath(key.externalId(), StandardCharsets.UTF_8);
    }

    private static Object field(Map<String, Object> body, String name) {
        return body == null ? null : body.get(name);
    }

    private static Filter filter(String category, String type, String source, String project, String since) {
        return new Filter(
                blank(category) ? null : category(category),
                blank(type) ? null : type(type),
                blank(source) ? null : source,
                blank(project) ? null : project(project),
                blank(since) ? null : since(since));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static ExceptionCategory category(String value) {
        try {
            return ExceptionCategory.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(
                    400, ErrorCode.INVALID_VALUE, "category must be one of " + List.of(ExceptionCategory.values()));
        }
    }

    private static RecordType type(String value) {
        return RecordType.fromWire(value)
                .orElseThrow(() -> new ApiException(400, ErrorCode.UNKNOWN_TYPE, "unknown record type " + value));
    }

    /** {@code psa:P-1} (a reference, as records name their project) or the key {@code psa:project:P-1}. */
    private static RecordKey project(String value) {
        String[] parts = value.split(":", 3);
        if (parts.length == 3 && parts[1].equals(RecordType.PROJECT.wireName())) {
            return RecordKey.of(parts[0], RecordType.PROJECT, parts[2]);
        }
        if (parts.length >= 2 && !parts[0].isBlank()) {
            return RecordKey.of(parts[0], RecordType.PROJECT, value.substring(parts[0].length() + 1));
        }
        throw new ApiException(
                400, ErrorCode.INVALID_VALUE, "project must be source:externalId (psa:P-1) or psa:project:P-1");
    }

    private static Instant since(String value) {
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ApiException(
                    400,
                    ErrorCode.INVALID_VALUE,
                    "since must be a date (2026-03-02) or an instant (2026-03-02T17:00:00Z)");
        }
    }

    private static UUID uuid(String value, String name) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            if ("id".equals(name)) {
                throw new ApiException(404, ErrorCode.NOT_FOUND, "no record with ledger id " + value);
            }
            throw new ApiException(400, ErrorCode.INVALID_VALUE, name + " must be a ledger id");
        }
    }
}
