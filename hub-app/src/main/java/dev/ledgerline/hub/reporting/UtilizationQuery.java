package dev.ledgerline.hub.reporting;

import dev.ledgerline.core.capacity.CapacityCalculator;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.Flag;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.utilization.UtilizationCalculator;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** {@code billable-utilization} and {@code productive-utilization} ({@code utilization.sql}). */
final class UtilizationQuery implements SqlReport {

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean productive;

    UtilizationQuery(NamedParameterJdbcTemplate jdbc, boolean productive) {
        this.jdbc = jdbc;
        this.productive = productive;
    }

    @Override
    public String metric() {
        return productive ? UtilizationCalculator.PRODUCTIVE : UtilizationCalculator.BILLABLE;
    }

    @Override
    public Set<Dimension> dimensions() {
        return CapacityCalculator.DIMENSIONS;
    }

    @Override
    public boolean ratio() {
        return true;
    }

    @Override
    public MetricReport run(ReportQuery query) {
        String sql = ReportSql.of("utilization", query.groupBy(), query.entity() != null);
        List<MetricRow> rows = jdbc.query(sql, SqlRows.params(query).addValue("productive", productive), (rs, n) -> {
            BigDecimal hours = SqlRows.exact(rs, "hours");
            BigDecimal capacity = SqlRows.exact(rs, "capacity");
            BigDecimal ratio = Rounding.divide(hours, capacity);
            return new MetricRow(
                    SqlRows.key(rs, query),
                    null,
                    ratio == null ? null : Rounding.ratio(ratio),
                    hours,
                    capacity,
                    SqlRows.flagged(rs, "no_rate") ? Set.of(Flag.NO_RATE) : Set.of(),
                    Map.of());
        });
        return SqlReports.sorted(metric(), query, rows);
    }
}
