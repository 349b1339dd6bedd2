package dev.ledgerline.hub.reporting;

import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.Flag;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON answer of {@code GET /reports/{metric}} (contract.md "Answer shapes"): the query echoed,
 * then one object per row with its group, value, numerator and denominator for ratios, flags, the
 * row's currency when rows differ, and the metric's fields, a dot nesting them ({@code aging.0-30}
 * is {@code "aging": {"0-30": …}}).
 */
final class ReportAnswer {

    private ReportAnswer() {}

    static Map<String, Object> of(MetricReport report, boolean ratio, Instant asOf) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("metric", report.metric());
        answer.put("basis", lower(report.query().basis()));
        answer.put(
                "revenueBasis",
                report.query().revenueBasis() == null
                        ? null
                        : lower(report.query().revenueBasis()));
        answer.put("currency", report.currency());
        answer.put("from", report.query().from().toString());
        answer.put("to", report.query().to().toString());
        answer.put("asOf", asOf.toString());
        answer.put(
                "groupBy",
                report.query().groupBy().stream().map(Dimension::wireName).toList());
        List<Map<String, Object>> rows = new ArrayList<>(report.rows().size());
        for (MetricRow row : report.rows()) {
            rows.add(row(row, ratio, report.currency() == null));
        }
        answer.put("rows", rows);
        return answer;
    }

    private static Map<String, Object> row(MetricRow row, boolean ratio, boolean rowCurrency) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("group", row.group().asWire());
        if (rowCurrency && row.currency() != null) {
            r.put("currency", row.currency());
        }
        r.put("value", row.value());
        if (ratio) {
            r.put("numerator", row.numerator());
            r.put("denominator", row.denominator());
        }
        r.put("flags", row.flagList().stream().map(Flag::name).toList());
        row.fields().forEach((name, value) -> put(r, name, value));
        return r;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> target, String name, BigDecimal value) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            target.put(name, value);
            return;
        }
        Map<String, Object> nested = (Map<String, Object>)
                target.computeIfAbsent(name.substring(0, dot), k -> new LinkedHashMap<String, Object>());
        put(nested, name.substring(dot + 1), value);
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
