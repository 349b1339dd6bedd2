package dev.ledgerline.hub.billing;

import dev.ledgerline.core.billing.Exclusion;
import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.billing.LineSource;
import dev.ledgerline.core.billing.ProposalLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer shapes of contract.md ("Answer shapes: billing"): proposal, line and source. Money is
 * written with exactly two decimals; quantities, prices and hours with every digit they have and at
 * least two decimals. Values are {@code BigDecimal}, so JSON carries them exactly.
 */
final class ProposalJson {

    private ProposalJson() {}

    static Map<String, Object> proposal(StoredProposal stored) {
        InvoiceProposal p = stored.proposal();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.id());
        json.put("runId", stored.runId());
        json.put("contract", p.contract() == null ? null : p.contract().toString());
        json.put("customer", p.customer().toString());
        json.put("entity", p.entity());
        json.put("currency", p.currency());
        json.put("kind", p.kind().name().toLowerCase());
        json.put("status", p.status().name().toLowerCase());
        json.put("invoiceDate", p.invoiceDate().toString());
        json.put("lines", p.lines().stream().map(ProposalJson::line).toList());
        json.put("untaxedAmount", money(p.untaxedAmount()));
        json.put("estimatedTax", money(p.estimatedTax()));
        json.put("total", money(p.total()));
        json.put("excluded", p.excluded().stream().map(ProposalJson::excluded).toList());
        json.put("odoo", stored.odoo() == null ? null : odoo(stored.odoo()));
        return json;
    }

    static List<Map<String, Object>> proposals(List<StoredProposal> proposals) {
        return proposals.stream().map(ProposalJson::proposal).toList();
    }

    private static Map<String, Object> line(ProposalLine l) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("lineId", l.lineId());
        json.put("kind", l.kind().wireName());
        json.put("description", l.description());
        json.put("quantity", exact(l.quantity()));
        json.put("unitPrice", exact(l.unitPrice()));
        json.put("amount", money(l.amount()));
        json.put("taxCode", l.taxCode());
        json.put("estimatedTax", money(l.estimatedTax()));
        json.put("refersTo", l.refersTo());
        json.put("sources", l.sources().stream().map(ProposalJson::source).toList());
        return json;
    }

    private static Map<String, Object> source(LineSource s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ref", s.ref().toString());
        json.put("version", s.version());
        if (s.recordedHours() != null) {
            json.put("recordedHours", exact(s.recordedHours()));
        }
        if (s.billableHours() != null) {
            json.put("billableHours", exact(s.billableHours()));
        }
        json.put("amount", money(s.amount()));
        return json;
    }

    private static Map<String, Object> excluded(Exclusion e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ref", e.ref().toString());
        json.put("reason", e.reason());
        return json;
    }

    private static Map<String, Object> odoo(OdooMove m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("moveId", m.moveId());
        json.put("name", m.name());
        json.put("state", m.state());
        json.put("paymentState", m.paymentState());
        json.put("amountResidual", money(m.amountResidual()));
        return json;
    }

    /** An amount as the engine rounded it: two decimals (never rounded here: a third decimal is an error). */
    static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A quantity, price or hours: every digit, at least two decimals. */
    static BigDecimal exact(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }
}
