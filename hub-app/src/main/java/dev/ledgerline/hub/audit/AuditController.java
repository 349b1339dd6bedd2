package dev.ledgerline.hub.audit;

import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.hub.security.ApiPrincipal;
import dev.ledgerline.hub.web.ApiException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/audit?since=&action=&after=&limit=} (scope {@code admin} or {@code ops}) and
 * {@code POST /api/v1/audit/verify} (scope {@code admin}); the scopes are enforced by the security
 * configuration.
 */
@RestController
class AuditController {

    private static final int MAX_LIMIT = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditLog log;
    private final AuditVerifier verifier;

    AuditController(AuditLog log, AuditVerifier verifier) {
        this.log = log;
        this.verifier = verifier;
    }

    @GetMapping("/api/v1/audit")
    Map<String, Object> entries(
            @RequestParam(required = false) String since,
            @RequestParam(required = false) String action,
            @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiException(400, ErrorCode.INVALID_VALUE, "limit must be between 1 and " + MAX_LIMIT);
        }
        List<AuditEntry> entries =
                log.find(instant(since), action == null || action.isBlank() ? null : action, after, limit);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("entries", entries.stream().map(AuditController::view).toList());
        answer.put("next", entries.size() == limit ? entries.getLast().seq() : null);
        return answer;
    }

    @PostMapping("/api/v1/audit/verify")
    Map<String, Object> verify(@AuthenticationPrincipal ApiPrincipal caller) {
        Verification v = verifier.verify();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("intact", v.intact());
        answer.put("checked", v.checked());
        answer.put("headSeq", v.headSeq());
        answer.put("headHash", v.headHash());
        answer.put("firstBroken", v.firstBroken().map(AuditController::view).orElse(null));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("intact", v.intact());
        details.put("checked", v.checked());
        details.put("headHash", v.headHash());
        v.firstBroken().ifPresent(b -> details.put("firstBroken", b.seq()));
        log.record(caller.actor(), "audit.verified", null, details);
        return answer;
    }

    private static Instant instant(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw new ApiException(400, ErrorCode.INVALID_VALUE, "since must be an instant like 2026-03-02T17:00:00Z");
        }
    }

    private static Map<String, Object> view(AuditEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", e.seq());
        m.put("recordedAt", e.recordedAt().toString());
        m.put("actor", e.actor());
        m.put("action", e.action());
        m.put("subject", e.subject());
        m.put("details", details(e.details()));
        m.put("hash", e.hash());
        return m;
    }

    private static Object details(String text) {
        try {
            return JSON.readTree(text);
        } catch (RuntimeException e) {
            // a row changed into something that is no JSON is still shown, as text
            return text;
        }
    }

    private static Map<String, Object> view(Verification.Break b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", b.seq());
        m.put("recordedAt", b.recordedAt() == null ? null : b.recordedAt().toString());
        m.put("action", b.action());
        m.put("subject", b.subject());
        m.put("reason", b.reason());
        return m;
    }
}
