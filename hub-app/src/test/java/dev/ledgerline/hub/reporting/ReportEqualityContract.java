package dev.ledgerline.hub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.demo.DemoFirm;
import dev.ledgerline.core.demo.DemoFirmSpec;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.metrics.RecordHistory;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.catalog.MetricCatalog;
import dev.ledgerline.hub.firm.ExchangeRateRepository;
import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.DemoFirmHub;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The generated demo firm, ingested through the API: every fact equals what the hub-core rules say
 * for its record, and every SQL report equals the {@link MetricCatalog} report for the same query,
 * per metric and grouping, row by row. Runs once per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReportEqualityContract {

    static final DemoFirm FIRM = DemoFirm.generate(DemoFirmSpec.small());

    static final List<String> METRICS =
            List.of("capacity-hours", "billable-utilization", "productive-utilization", "wip", "unapproved", "cost");

    static final List<List<Dimension>> GROUPINGS = List.of(
            List.of(),
            List.of(Dimension.EMPLOYEE, Dimension.MONTH),
            List.of(Dimension.PROJECT),
            List.of(Dimension.ENTITY, Dimension.MONTH),
            List.of(Dimension.PRACTICE),
            List.of(Dimension.ROLE),
            List.of(Dimension.ENTITY, Dimension.CUSTOMER),
            List.of(Dimension.ENTITY, Dimension.CONTRACT, Dimension.QUARTER),
            List.of(Dimension.ENTITY, Dimension.EMPLOYEE, Dimension.WEEK));

    @DynamicPropertySource
    static void firm(DynamicPropertyRegistry registry) {
        DemoFirmHub.configure(registry, FIRM);
    }

    @LocalServerPort
    int port;

    @Autowired
    ExchangeRateRepository rates;

    @Autowired
    SqlReports reports;

    @Autowired
    JdbcTemplate jdbc;

    FirmSettings settings;
    HeldRecords held;
    MetricCatalog catalog;

    @BeforeAll
    void ingestTheFirm() {
        DemoFirmHub.storeRates(rates, FIRM);
        int sent = DemoFirmHub.ingest(new Api(port), FIRM);
        assertThat(sent).isGreaterThan(1500);
        settings = DemoFirmHub.settings(FIRM);
        RecordHistory history = RecordHistory.of(DemoFirmHub.records(FIRM));
        held = history.asOf(FIRM.config().asOf());
        catalog = new MetricCatalog(history, settings, List.of());
    }

    Stream<Arguments> reportsByGrouping() {
        LocalDate start = FIRM.config().periodStart();
        LocalDate end = FIRM.config().periodEnd();
        List<Arguments> cases = new ArrayList<>();
        for (String metric : METRICS) {
            for (List<Dimension> groupBy : GROUPINGS) {
                cases.add(Arguments.of(metric, groupBy, start, end, null));
                cases.add(Arguments.of(
                        metric,
                        groupBy,
                        start.plusMonths(1),
                        start.plusMonths(2).minusDays(1),
                        null));
            }
            cases.add(Arguments.of(metric, List.of(Dimension.EMPLOYEE, Dimension.MONTH), start, end, "eu"));
            cases.add(Arguments.of(metric, List.of(), start, end, "us"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by {1} {2}..{3} entity {4}")
    @MethodSource("reportsByGrouping")
    void sqlReportEqualsTheCalculatorRowByRow(
            String metric, List<Dimension> groupBy, LocalDate from, LocalDate to, String entity) {
        ReportQuery query = ReportQuery.of(from, to, FIRM.config().asOf())
                .withGroupBy(groupBy)
                .withEntity(entity);

        SameRows.assertSame(
                () -> reports.report(metric, query),
                () -> catalog.report(metric, query),
                metric + " by " + groupBy + " " + from + ".." + to + " " + entity);
    }

    @Test
    void everyMetricOfTheStepHasRowsToCompare() {
        LocalDate start = FIRM.config().periodStart();
        LocalDate end = FIRM.config().periodEnd();
        for (String metric : METRICS) {
            ReportQuery query = ReportQuery.of(start, end, FIRM.config().asOf(), Dimension.ENTITY);
            assertThat(reports.report(metric, query).rows())
                    .as(metric)
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r.value()).isNotNull());
        }
    }

    @Test
    void everyTimeEntryFactIsWhatTheCoreRulesSay() {
        int billable = FactChecks.assertTimeEntryFacts(jdbc, held, settings);

        assertThat(billable).as("billable entries in the demo").isGreaterThan(500);
    }

    @Test
    void everyCapacityDayIsWhatTheCapacityRuleSays() {
        FactChecks.assertCapacityDays(
                jdbc, held, settings, FIRM.config().periodStart(), FIRM.config().periodEnd());
    }
}
