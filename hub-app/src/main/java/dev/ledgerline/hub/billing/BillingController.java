package dev.ledgerline.hub.billing;

import dev.ledgerline.core.billing.AdjustmentRequest;
import dev.ledgerline.core.billing.ProposalStatus;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.hub.security.ApiPrincipal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The billing API of contract.md: runs, the proposal queue, one proposal, and finance's approval and
 * rejection. Scopes are enforced by the security configuration (docs/adr/0111): {@code finance}
 * runs, approves and rejects; {@code read}, {@code ops}, {@code finance} and {@code admin} read.
 */
@RestController
@RequestMapping("/api/v1/billing")
class BillingController {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final BillingRuns runs;
    private final BillingProposals proposals;
    private final ProposalDecisions decisions;

    BillingController(BillingRuns runs, BillingProposals proposals, ProposalDecisions decisions) {
        this.runs = runs;
        this.proposals = proposals;
        this.decisions = decisions;
    }

    @PostMapping("/runs")
    Map<String, Object> run(@RequestBody(required = false) String body, @AuthenticationPrincipal ApiPrincipal caller) {
        JsonNode request = object(body);
        LocalDate runDate = date(request, "runDate", true);
        String entity = text(request, "entity", false);
        List<RecordKey> contracts = new ArrayList<>();
        JsonNode list = request.path("contracts");
        if (!list.isMissingNode() && !list.isNull()) {
            if (!list.isArray()) {
                throw invalid("contracts", "contracts must be a list of contract references");
            }
            for (JsonNode c : list) {
                if (!c.isString() || c.asString().isBlank()) {
                    throw invalid("contracts", "each contract is a reference such as \"crm:K-1\"");
                }
                contracts.add(contractKey(c.asString()));
            }
        }
        RunOutcome outcome = runs.run(runDate, entity, contracts, caller.actor());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("runId", outcome.runId());
        answer.put("proposals", ProposalJson.proposals(outcome.proposals()));
        return answer;
    }

    @GetMapping("/proposals")
    Map<String, Object> list(
            @RequestParam(required = false) String status, @RequestParam(required = false) String contract) {
        ProposalStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = ProposalStatus.valueOf(status.trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw invalid("status", "status is one of proposed, approved, rejected, delivered, posted");
            }
        }
        RecordKey key = contract == null || contract.isBlank() ? null : contractKey(contract.trim());
        return Map.of("proposals", ProposalJson.proposals(proposals.list(wanted, key)));
    }

    @GetMapping("/proposals/{id}")
    Map<String, Object> get(@PathVariable String id) {
        return ProposalJson.proposal(proposals.find(id).orElseThrow(() -> ProposalDecisions.notFound(id)));
    }

    @PostMapping("/proposals/{id}/approve")
    Map<String, Object> approve(
            @PathVariable String id,
            @RequestBody(required = false) String body,
            @AuthenticationPrincipal ApiPrincipal caller) {
        JsonNode request = body == null || body.isBlank() ? JSON.createObjectNode() : object(body);
        List<AdjustmentRequest> adjustments = new ArrayList<>();
        JsonNode list = request.path("adjustments");
        if (!list.isMissingNode() && !list.isNull()) {
            if (!list.isArray()) {
                throw invalid("adjustments", "adjustments must be a list");
            }
            int i = 0;
            for (JsonNode a : list) {
                String at = "adjustments[" + i++ + "]";
                if (!a.isObject()) {
                    throw invalid(at, "an adjustment is {\"lineId\", \"amount\" or \"percent\", \"reason\"}");
                }
                adjustments.add(new AdjustmentRequest(
                        text(a, "lineId", true, at + ".lineId"),
                        decimal(a, "amount", at + ".amount"),
                        decimal(a, "percent", at + ".percent"),
                        text(a, "reason", false, at + ".reason")));
            }
        }
        LocalDate invoiceDate = date(request, "invoiceDate", false);
        return ProposalJson.proposal(decisions.approve(id, adjustments, invoiceDate, caller.actor()));
    }

    @PostMapping("/proposals/{id}/reject")
    Map<String, Object> reject(
            @PathVariable String id,
            @RequestBody(required = false) String body,
            @AuthenticationPrincipal ApiPrincipal caller) {
        JsonNode request = body == null || body.isBlank() ? JSON.createObjectNode() : object(body);
        return ProposalJson.proposal(decisions.reject(id, text(request, "reason", false), caller.actor()));
    }

    private static JsonNode object(String body) {
        if (body == null || body.isBlank()) {
            throw new BillingRequestException(400, ErrorCode.MALFORMED_JSON, "the body must be a JSON object");
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new BillingRequestException(400, ErrorCode.MALFORMED_JSON, "the body must be a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new BillingRequestException(400, ErrorCode.MALFORMED_JSON, "the body is not valid JSON");
        }
    }

    private static RecordKey contractKey(String reference) {
        int colon = reference.indexOf(':');
        if (colon <= 0 || colon == reference.length() - 1) {
            throw invalid("contracts", "a contract reference is source:externalId (\"crm:K-1\")");
        }
        return new Ref(reference.substring(0, colon), reference.substring(colon + 1)).key(RecordType.CONTRACT);
    }

    private static String text(JsonNode node, String field, boolean required) {
        return text(node, field, required, field);
    }

    private static String text(JsonNode node, String field, boolean required, String path) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            if (required) {
                throw new BillingRequestException(
                        400, ErrorCode.MISSING_FIELD, path + " is required", List.of(Map.of("field", path)));
            }
            return null;
        }
        if (!value.isString()) {
            throw invalid(path, path + " must be a string");
        }
        return value.asString();
    }

    private static BigDecimal decimal(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        try {
            if (value.isNumber()) {
                return value.decimalValue();
            }
            if (value.isString()) {
                return new BigDecimal(value.asString().trim());
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw invalid(path, path + " must be a decimal number");
    }

    private static LocalDate date(JsonNode node, String field, boolean required) {
        String text = text(node, field, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(field, field + " must be a date such as 2026-01-31");
        }
    }

    private static BillingRequestException invalid(String field, String message) {
        return new BillingRequestException(400, ErrorCode.INVALID_VALUE, message, List.of(Map.of("field", field)));
    }
}
