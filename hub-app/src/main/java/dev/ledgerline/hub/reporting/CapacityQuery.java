package dev.ledgerline.hub.reporting;

import dev.ledgerline.core.capacity.CapacityCalculator;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportQuery;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** {@code capacity-hours} over {@code fact_capacity_day} ({@code capacity-hours.sql}). */
final class CapacityQuery implements SqlReport {

    private final NamedParameterJdbcTemplate jdbc;

    CapacityQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String metric() {
        return CapacityCalculator.METRIC;
    }

    @Override
    public Set<Dimension> dimensions() {
        return CapacityCalculator.DIMENSIONS;
    }

    @Override
    public MetricReport run(ReportQuery query) {
        String sql = ReportSql.of("capacity-hours", query.groupBy(), query.entity() != null);
        List<MetricRow> rows = jdbc.query(
                sql,
                SqlRows.params(query),
                (rs, n) -> new MetricRow(
                        SqlRows.key(rs, query),
                        null,
                        SqlRows.exact(rs, "capacity_hours"),
                        null,
                        null,
                        Set.of(),
                        MetricRow.fieldsOf(
                                CapacityCalculator.WORKING,
                                SqlRows.exact(rs, "working_hours"),
                                CapacityCalculator.LEAVE,
                                SqlRows.exact(rs, "leave_hours"))));
        return SqlReports.sorted(metric(), query, rows);
    }
}
