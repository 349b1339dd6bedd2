package dev.ledgerline.hub.reporting;

import dev.ledgerline.core.cost.CostCalculator;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.Flag;
import dev.ledgerline.core.metrics.GroupKey;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportQuery;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** {@code cost} on the provisional basis ({@code cost.sql}): employee cost data. */
final class CostQuery implements SqlReport {

    private final NamedParameterJdbcTemplate jdbc;

    CostQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String metric() {
        return CostCalculator.METRIC;
    }

    @Override
    public Set<Dimension> dimensions() {
        return CostCalculator.DIMENSIONS;
    }

    @Override
    public boolean employeeCost() {
        return true;
    }

    @Override
    public MetricReport run(ReportQuery query) {
        String sql = ReportSql.of(metric(), query.groupBy(), query.entity() != null);
        List<MetricRow> rows = jdbc.query(sql, SqlRows.params(query), (rs, n) -> {
            GroupKey key = SqlRows.key(rs, query);
            BigDecimal labour = SqlRows.cents(rs, "labour");
            BigDecimal unallocated = BigDecimal.ZERO.setScale(2);
            BigDecimal expenses = SqlRows.cents(rs, "expenses");
            BigDecimal vendorBills = SqlRows.cents(rs, "vendor_bills");
            return new MetricRow(
                    key,
                    SqlRows.currency(rs, key),
                    labour.add(unallocated).add(expenses).add(vendorBills),
                    null,
                    null,
                    SqlRows.flagged(rs, "no_standard_cost") ? Set.of(Flag.NO_STANDARD_COST) : Set.of(),
                    MetricRow.fieldsOf(
                            CostCalculator.LABOUR, labour,
                            CostCalculator.UNALLOCATED, unallocated,
                            CostCalculator.EXPENSES, expenses,
                            CostCalculator.VENDOR_BILLS, vendorBills,
                            CostCalculator.HOURS, SqlRows.exact(rs, "hours")));
        });
        return SqlReports.sorted(metric(), query, rows);
    }
}
