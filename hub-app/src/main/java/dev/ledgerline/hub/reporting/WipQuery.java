package dev.ledgerline.hub.reporting;

import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.EngagementDimensions;
import dev.ledgerline.core.metrics.Flag;
import dev.ledgerline.core.metrics.GroupKey;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.wip.WipCalculator;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** {@code wip} ({@code wip.sql}) and {@code unapproved} ({@code unapproved.sql}) at the end of {@code to}. */
final class WipQuery implements SqlReport {

    private static final Map<String, String> AGING = Map.of(
            "aging.0-30", "aging_0_30",
            "aging.31-60", "aging_31_60",
            "aging.61-90", "aging_61_90",
            "aging.>90", "aging_over_90");
    private static final List<String> AGING_ORDER = List.of("aging.0-30", "aging.31-60", "aging.61-90", "aging.>90");

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean wip;

    WipQuery(NamedParameterJdbcTemplate jdbc, boolean wip) {
        this.jdbc = jdbc;
        this.wip = wip;
    }

    @Override
    public String metric() {
        return wip ? WipCalculator.WIP : WipCalculator.UNAPPROVED;
    }

    @Override
    public Set<Dimension> dimensions() {
        return EngagementDimensions.TIME;
    }

    @Override
    public MetricReport run(ReportQuery query) {
        String sql = ReportSql.of(metric(), query.groupBy(), query.entity() != null);
        List<MetricRow> rows = jdbc.query(sql, SqlRows.params(query), (rs, n) -> {
            GroupKey key = SqlRows.key(rs, query);
            if (rs.getLong("missing_rates") > 0) {
                throw new MissingRateException(key, query.to());
            }
            Map<String, BigDecimal> fields = new LinkedHashMap<>();
            fields.put(WipCalculator.COUNT, SqlRows.exact(rs, "entries"));
            fields.put(WipCalculator.RECORDED, SqlRows.exact(rs, "recorded_hours"));
            fields.put(WipCalculator.BILLABLE, SqlRows.exact(rs, "billable_hours"));
            if (wip) {
                // proposals and Odoo drafts are not in the facts yet: nothing is shown as in billing
                fields.put(WipCalculator.IN_BILLING, BigDecimal.ZERO.setScale(2));
                fields.put(WipCalculator.REALIZABLE, SqlRows.cents(rs, "realizable"));
            }
            for (String age : AGING_ORDER) {
                fields.put(age, SqlRows.cents(rs, AGING.get(age)));
            }
            return new MetricRow(
                    key,
                    SqlRows.currency(rs, key),
                    SqlRows.cents(rs, "value_amount"),
                    null,
                    null,
                    SqlRows.flagged(rs, "no_rate") ? Set.of(Flag.NO_RATE) : Set.of(),
                    fields);
        });
        return SqlReports.sorted(metric(), query, rows);
    }
}
