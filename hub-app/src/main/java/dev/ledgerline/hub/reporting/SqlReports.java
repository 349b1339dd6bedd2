package dev.ledgerline.hub.reporting;

import dev.ledgerline.core.capacity.CapacityCalculator;
import dev.ledgerline.core.metrics.Basis;
import dev.ledgerline.core.metrics.Grouping;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.catalog.MetricCatalog;
import dev.ledgerline.core.metrics.catalog.UnknownMetricException;
import dev.ledgerline.core.metrics.utilization.UtilizationCalculator;
import dev.ledgerline.hub.projection.ProjectionProperties;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The metrics the hub answers in the database, over the report facts, by their path names. Each
 * answers what {@link MetricCatalog} answers for the same query over the ledger's current records;
 * the rest of the catalog's metrics are refused until their inputs (posted invoices pulled back
 * from Odoo, billing proposals, payroll actuals) are kept as facts.
 */
@Component
public class SqlReports {

    /** Metrics whose SQL form waits for facts the hub does not keep yet, and why. */
    private static final String NEEDS_INVOICES =
            "needs posted invoices and payments pulled back from Odoo and the hub's billing proposals as report"
                    + " facts, which are not kept yet";

    /** The one metric of the reports API that is not in the catalog: it reads delivery times, not records. */
    private static final String SYNC_FRESHNESS = "sync-freshness";

    private final Map<String, SqlReport> reports = new LinkedHashMap<>();
    private final ProjectionProperties projection;
    private final TransactionTemplate readOnly;
    private final JdbcTemplate plain;
    private final ReportSession session;

    SqlReports(
            NamedParameterJdbcTemplate jdbc,
            ProjectionProperties projection,
            TransactionTemplate transaction,
            DataSource dataSource) {
        this.projection = projection;
        this.plain = jdbc.getJdbcTemplate();
        this.session = ReportSession.of(dataSource);
        this.readOnly = new TransactionTemplate(transaction.getTransactionManager());
        this.readOnly.setReadOnly(true);
        for (SqlReport r : List.of(
                new CapacityQuery(jdbc),
                new UtilizationQuery(jdbc, false),
                new UtilizationQuery(jdbc, true),
                new WipQuery(jdbc, true),
                new WipQuery(jdbc, false),
                new CostQuery(jdbc))) {
            reports.put(r.metric(), r);
        }
    }

    /** The metrics answered here. */
    public Set<String> metrics() {
        return reports.keySet();
    }

    /** Whether {@code metric}'s figures are employee cost data (finance and admin only). */
    public boolean isEmployeeCost(String metric) {
        return find(metric).map(SqlReport::employeeCost).orElse(false);
    }

    /** Whether {@code metric}'s rows are ratios with a numerator and a denominator. */
    public boolean isRatio(String metric) {
        return find(metric).map(SqlReport::ratio).orElse(false);
    }

    /**
     * The report of {@code metric} for {@code query}, over the facts as committed when it runs.
     *
     * @throws UnknownMetricException for a name that is no metric
     * @throws ReportNotAvailableException for a metric, basis or currency not answered yet
     * @throws dev.ledgerline.core.metrics.UnsupportedGroupingException for a dimension the metric has none of
     */
    public MetricReport report(String metric, ReportQuery query) {
        SqlReport report = find(metric).orElseThrow(() -> notAnswered(metric));
        Grouping.of(metric, report.dimensions(), query);
        if (query.inGroupCurrency()) {
            throw new ReportNotAvailableException(
                    "the group currency needs the group company's exchange rates, which the hub does not pull yet");
        }
        if (query.basis() == Basis.FINAL && report.employeeCost()) {
            throw new ReportNotAvailableException(
                    metric + " on the final basis needs payroll actuals as report facts, which are not kept yet");
        }
        if (usesCapacity(metric) && !projection.coversCapacity(query.from(), query.to())) {
            throw new OutsideCapacityHorizonException(projection.capacityFrom(), projection.capacityUntil());
        }
        return readOnly.execute(status -> {
            session.prepare(plain);
            return report.run(query);
        });
    }

    private static RuntimeException notAnswered(String metric) {
        if (metric.equals(SYNC_FRESHNESS)) {
            return new ReportNotAvailableException(
                    metric + " reads the dispatcher's delivery times, which are not kept as report facts yet");
        }
        return MetricCatalog.METRICS.contains(metric)
                ? new ReportNotAvailableException(metric + " " + NEEDS_INVOICES)
                : new UnknownMetricException(metric);
    }

    private Optional<SqlReport> find(String metric) {
        return Optional.ofNullable(reports.get(metric));
    }

    private static boolean usesCapacity(String metric) {
        return metric.equals(CapacityCalculator.METRIC)
                || metric.equals(UtilizationCalculator.BILLABLE)
                || metric.equals(UtilizationCalculator.PRODUCTIVE);
    }

    /** The rows in group order, as the calculators give them. */
    static MetricReport sorted(String metric, ReportQuery query, List<MetricRow> rows) {
        List<MetricRow> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing(MetricRow::group));
        return MetricReport.of(metric, query, ordered);
    }
}
