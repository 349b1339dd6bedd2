package dev.ledgerline.hub.intercompany;

import dev.ledgerline.core.intercompany.IntercompanyCharge;
import dev.ledgerline.core.intercompany.IntercompanyCharges;
import dev.ledgerline.core.intercompany.IntercompanyLine;
import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.hub.web.ApiException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/billing/intercompany?from=&to=}: what each entity charges each other for the
 * period's approved cross-entity time, line by line with the entries behind each line, and the entries
 * that cross entities but cannot be charged (no transfer rate, no standard cost).
 */
@RestController
@RequestMapping("/api/v1/billing/intercompany")
class IntercompanyController {

    private final IntercompanyStatements statements;

    IntercompanyController(IntercompanyStatements statements) {
        this.statements = statements;
    }

    @GetMapping
    Map<String, Object> statement(@RequestParam String from, @RequestParam String to) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw new ApiException(400, ErrorCode.INVALID_VALUE, "to must not be before from");
        }
        IntercompanyCharges.Result result = statements.of(start, end);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("from", start.toString());
        answer.put("to", end.toString());
        answer.put(
                "charges",
                result.charges().stream().map(IntercompanyController::charge).toList());
        answer.put(
                "problems",
                result.problems().stream()
                        .map(p -> Map.of("entry", p.entry().toString(), "code", p.code(), "message", p.message()))
                        .toList());
        return answer;
    }

    private static Map<String, Object> charge(IntercompanyCharge c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", c.from());
        json.put("to", c.to());
        json.put("currency", c.currency());
        json.put("total", c.total().toPlainString());
        json.put("lines", c.lines().stream().map(IntercompanyController::line).toList());
        return json;
    }

    private static Map<String, Object> line(IntercompanyLine l) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("project", l.project().toString());
        json.put("employee", l.employee().toString());
        json.put("role", l.role());
        json.put("hours", l.hours().toPlainString());
        json.put("unitPrice", l.unitPrice().toPlainString());
        json.put("amount", l.amount().toPlainString());
        json.put("entries", l.entries().stream().map(Object::toString).toList());
        return json;
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ApiException(
                    400,
                    ErrorCode.INVALID_VALUE,
                    field + " must be a date such as 2026-03-31",
                    List.of(Map.of("field", field)),
                    Map.of());
        }
    }
}
