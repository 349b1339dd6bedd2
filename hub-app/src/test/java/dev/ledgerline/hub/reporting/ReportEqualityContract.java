package dev.ledgerline.hub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.billability.ClassifiedEntry;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.capacity.CapacityCalculator;
import dev.ledgerline.core.capacity.DayCapacity;
import dev.ledgerline.core.cost.StandardLabourCost;
import dev.ledgerline.core.demo.DemoFirm;
import dev.ledgerline.core.demo.DemoFirmSpec;
import dev.ledgerline.core.metrics.Attributes;
import dev.ledgerline.core.metrics.Attribution;
import dev.ledgerline.core.metrics.ClassifiedTime;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.metrics.RecordHistory;
import dev.ledgerline.core.metrics.ReportCurrency;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.catalog.MetricCatalog;
import dev.ledgerline.hub.firm.ExchangeRateRepository;
import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.DemoFirmHub;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        ClassifiedTime time = new ClassifiedTime(held, settings);
        Attribution attribution = new Attribution(held);
        StandardLabourCost labour =
                new StandardLabourCost(attribution, settings, ReportCurrency.entityCurrency(settings));
        Map<String, Map<String, Object>> facts = new HashMap<>();
        jdbc.queryForList("SELECT * FROM fact_time_entry")
                .forEach(row -> facts.put(row.get("SOURCE") + ":" + row.get("EXTERNAL_ID"), lower(row)));
        List<RecordVersion<TimeEntry>> entries = held.all(RecordType.TIME_ENTRY, TimeEntry.class);
        assertThat(facts).hasSameSizeAs(entries);

        int billable = 0;
        for (RecordVersion<TimeEntry> v : entries) {
            Map<String, Object> f = facts.get(v.key().ref().toString());
            String what = v.key().toString();
            assertThat(f).as(what).isNotNull();
            assertThat(((Number) f.get("version")).longValue()).as(what).isEqualTo(v.version());
            Optional<ClassifiedEntry> c = time.classify(v);
            assertThat(f.get("classification"))
                    .as(what)
                    .isEqualTo(c.map(e -> e.billability().code()).orElse(null));
            assertThat(f.get("classification_if_approved"))
                    .as(what)
                    .isEqualTo(time.asIfApproved(v)
                            .map(e -> e.billability().code())
                            .orElse(null));
            assertDecimal(f.get("billable_hours"), c.map(ClassifiedEntry::billableHours), what);
            assertDecimal(f.get("contract_value"), c.flatMap(ClassifiedEntry::contractValue), what);
            assertDecimal(f.get("standard_value"), c.flatMap(ClassifiedEntry::standardValue), what);
            Attributes work = attribution.ofEntry(v.data());
            Attributes person = attribution.ofEntryForPeople(v.data());
            assertThat(f.get("entity")).as(what).isEqualTo(work.get(Dimension.ENTITY));
            assertThat(f.get("practice")).as(what).isEqualTo(work.get(Dimension.PRACTICE));
            assertThat(f.get("role")).as(what).isEqualTo(work.get(Dimension.ROLE));
            assertThat(f.get("customer")).as(what).isEqualTo(work.get(Dimension.CUSTOMER));
            assertThat(f.get("contract")).as(what).isEqualTo(work.get(Dimension.CONTRACT));
            assertThat(f.get("employee_entity")).as(what).isEqualTo(person.get(Dimension.ENTITY));
            assertThat(f.get("employee_practice")).as(what).isEqualTo(person.get(Dimension.PRACTICE));
            assertThat(f.get("employee_role")).as(what).isEqualTo(person.get(Dimension.ROLE));
            Optional<StandardLabourCost.EntryLabour> cost = labour.ofEntry(v);
            assertThat(f.get("labour")).as(what).isEqualTo(cost.isPresent());
            // the column keeps 16 decimals of a converted cost (a DECIMAL128 quotient)
            assertDecimal(
                    f.get("labour_cost_exact"),
                    cost.map(StandardLabourCost.EntryLabour::exact)
                            .map(x -> x.scale() > 16 ? x.setScale(16, java.math.RoundingMode.HALF_UP) : x),
                    what);
            assertThat(f.get("problem")).as(what).isNull();
            billable += c.filter(ClassifiedEntry::isBillable).isPresent() ? 1 : 0;
        }
        assertThat(billable).as("billable entries in the demo").isGreaterThan(500);
    }

    @Test
    void everyCapacityDayIsWhatTheCapacityRuleSays() {
        CapacityCalculator capacity = new CapacityCalculator(held, settings);
        Map<String, Map<String, Object>> days = new HashMap<>();
        jdbc.queryForList(
                        "SELECT * FROM fact_capacity_day WHERE work_date BETWEEN ? AND ?",
                        FIRM.config().periodStart(),
                        FIRM.config().periodEnd())
                .forEach(row -> days.put(row.get("EMPLOYEE") + "@" + row.get("WORK_DATE"), lower(row)));
        int expected = 0;
        for (Ref employee : held.employees()) {
            for (DayCapacity day : capacity.days(
                    employee, FIRM.config().periodStart(), FIRM.config().periodEnd())) {
                expected++;
                Map<String, Object> row = days.get(employee + "@" + day.date());
                assertThat(row).as(employee + " " + day.date()).isNotNull();
                assertDecimal(row.get("capacity_hours"), Optional.of(day.capacityHours()), employee + " " + day.date());
                assertDecimal(row.get("leave_hours"), Optional.of(day.leaveHours()), employee + " " + day.date());
            }
        }
        assertThat(days).hasSize(expected);
    }

    private static Map<String, Object> lower(Map<String, Object> row) {
        Map<String, Object> lower = new HashMap<>();
        row.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return lower;
    }

    private static void assertDecimal(Object actual, Optional<BigDecimal> expected, String what) {
        if (expected.isEmpty()) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isInstanceOf(BigDecimal.class);
            assertThat(((BigDecimal) actual).compareTo(expected.get()))
                    .as("%s: %s, expected %s", what, actual, expected.get())
                    .isZero();
        }
    }
}
