package dev.ledgerline.hub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.demo.DemoFirm;
import dev.ledgerline.core.demo.DemoFirmSpec;
import dev.ledgerline.core.demo.DemoStory;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.RecordHistory;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.catalog.MetricCatalog;
import dev.ledgerline.core.validation.CanonicalReader;
import dev.ledgerline.core.validation.Reading;
import dev.ledgerline.hub.firm.ExchangeRateRepository;
import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.DemoFirmHub;
import dev.ledgerline.hub.testing.TestTokens;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports API over the demo firm: the answer's shape, CSV, who may read cost, refusals; then
 * later versions through ingest (a correction, a contract amendment, a project closed) and the facts
 * and reports that follow them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// its own application context and database: this class changes the firm after ingesting it
@TestPropertySource(properties = "ledgerline.projection.capacity-until=2027-12-30")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportsApiTest {

    private static final DemoFirm FIRM = DemoFirm.generate(DemoFirmSpec.small());
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();
    private static final String Q1 = "from=2026-01-01&to=2026-03-31";

    @DynamicPropertySource
    static void firm(DynamicPropertyRegistry registry) {
        DemoFirmHub.configure(registry, FIRM);
    }

    @LocalServerPort
    int port;

    @Autowired
    ExchangeRateRepository rates;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SqlReports reports;

    Api api;

    @BeforeAll
    void ingestTheFirm() {
        api = new Api(port);
        DemoFirmHub.storeRates(rates, FIRM);
        DemoFirmHub.ingest(api, FIRM);
    }

    @Test
    @Order(1)
    void utilizationAnswersTheContractShapeWithRatiosToFourDecimals() {
        Api.Answer answer =
                api.get(TestTokens.READER, "/api/v1/reports/billable-utilization?groupBy=employee,month&" + Q1);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode json = JSON.readTree(answer.body());
        assertThat(json.path("metric").asString()).isEqualTo("billable-utilization");
        assertThat(json.path("basis").asString()).isEqualTo("provisional");
        assertThat(json.path("from").asString()).isEqualTo("2026-01-01");
        assertThat(json.path("to").asString()).isEqualTo("2026-03-31");
        assertThat(json.path("asOf").asString()).isNotBlank();
        assertThat(json.path("groupBy").toString()).isEqualTo("[\"employee\",\"month\"]");
        JsonNode first = json.path("rows").get(0);
        assertThat(first.path("group").path("employee").asString()).isEqualTo("hr:E-0001");
        assertThat(first.path("group").path("month").asString()).isEqualTo("2026-01");
        assertThat(first.path("value").decimalValue().scale()).isEqualTo(4);
        BigDecimal numerator = first.path("numerator").decimalValue();
        BigDecimal denominator = first.path("denominator").decimalValue();
        assertThat(first.path("value").decimalValue())
                .isEqualByComparingTo(numerator.divide(denominator, 4, java.math.RoundingMode.HALF_UP));
        assertThat(first.path("flags").isArray()).isTrue();
        // 12 employees, three months, less the joiner's month before starting and the leaver's after leaving
        assertThat(json.path("rows").size()).isBetween(30, 36);
    }

    @Test
    @Order(1)
    void wipNestsAgingAndStatesAmountsToTheCent() {
        Api.Answer answer = api.get(TestTokens.READER, "/api/v1/reports/wip?groupBy=entity&" + Q1);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode us = JSON.readTree(answer.body()).path("rows").get(0);
        assertThat(us.path("group").path("entity").asString()).isEqualTo("us");
        assertThat(answer.json().path("currency").asString()).isEqualTo("USD");
        assertThat(us.path("value").decimalValue().scale()).isEqualTo(2);
        BigDecimal aged = us.path("aging")
                .path("0-30")
                .decimalValue()
                .add(us.path("aging").path("31-60").decimalValue())
                .add(us.path("aging").path("61-90").decimalValue())
                .add(us.path("aging").path(">90").decimalValue());
        assertThat(aged).isEqualByComparingTo(us.path("value").decimalValue());
        assertThat(us.path("realizable").decimalValue())
                .isLessThan(us.path("value").decimalValue());
        assertThat(us.path("count").asInt()).isPositive();
        assertThat(us.has("numerator")).isFalse();
    }

    @Test
    @Order(1)
    void csvFlattensTheSameRowsUnderOneHeaderLine() {
        Api.Answer json = api.get(TestTokens.READER, "/api/v1/reports/wip?groupBy=entity,month&" + Q1);
        Api.Answer csv = api.get(TestTokens.READER, "/api/v1/reports/wip?groupBy=entity,month&format=csv&" + Q1);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0])
                .isEqualTo("entity,month,currency,value,flags,count,recordedHours,billableHours,inBilling,realizable,"
                        + "aging.0-30,aging.31-60,aging.61-90,aging.>90");
        assertThat(lines).hasSize(json.json().path("rows").size() + 1);
        JsonNode first = JSON.readTree(json.body()).path("rows").get(0);
        assertThat(lines[1])
                .startsWith(
                        "us,2026-01,USD," + first.path("value").decimalValue().toPlainString() + ",");
    }

    @Test
    @Order(1)
    void costIsForFinanceAndAdminOnly() {
        Api.Answer reader = api.get(TestTokens.READER, "/api/v1/reports/cost?groupBy=entity&" + Q1);
        Api.Answer operator = api.get(TestTokens.OPERATOR, "/api/v1/reports/cost?groupBy=entity&" + Q1);
        Api.Answer finance = api.get(TestTokens.FINANCE, "/api/v1/reports/cost?groupBy=entity&" + Q1);
        Api.Answer admin = api.get(TestTokens.ADMIN, "/api/v1/reports/cost?groupBy=entity&" + Q1);
        Api.Answer ingestOnly = api.get(TestTokens.PSA, "/api/v1/reports/wip?" + Q1);

        assertThat(reader.status()).isEqualTo(403);
        assertThat(reader.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(operator.status()).isEqualTo(403);
        assertThat(finance.status()).as(finance.body()).isEqualTo(200);
        assertThat(finance.json().path("rows").get(1).path("labour").decimalValue())
                .isPositive();
        assertThat(admin.status()).isEqualTo(200);
        assertThat(ingestOnly.status()).isEqualTo(403);
    }

    @Test
    @Order(1)
    void requestsWithoutATruthfulAnswerAreRefusedWithTheirCode() {
        assertRefused("/api/v1/reports/velocity?" + Q1, 404, "UNKNOWN_METRIC");
        assertRefused("/api/v1/reports/capacity-hours?groupBy=project&" + Q1, 400, "GROUPING_NOT_SUPPORTED");
        assertRefused("/api/v1/reports/wip?groupBy=colour&" + Q1, 400, "INVALID_VALUE");
        assertRefused("/api/v1/reports/wip?from=2026-03-31&to=2026-01-01", 400, "INVALID_VALUE");
        assertRefused("/api/v1/reports/wip?entity=apac&" + Q1, 400, "INVALID_VALUE");
        assertRefused("/api/v1/reports/cost?" + Q1, 422, "MIXED_CURRENCIES");
        assertRefused(
                "/api/v1/reports/billable-utilization?from=2020-01-01&to=2020-01-31", 400, "OUTSIDE_CAPACITY_HORIZON");
        assertRefused("/api/v1/reports/revenue?" + Q1, 501, "REPORT_NOT_AVAILABLE");
        assertRefused("/api/v1/reports/sync-freshness?" + Q1, 501, "REPORT_NOT_AVAILABLE");
        assertRefused("/api/v1/reports/cost?basis=final&groupBy=entity&" + Q1, 501, "REPORT_NOT_AVAILABLE");
        assertRefused("/api/v1/reports/wip?currency=group&groupBy=entity&" + Q1, 501, "REPORT_NOT_AVAILABLE");
    }

    private void assertRefused(String path, int status, String code) {
        Api.Answer answer = api.get(TestTokens.FINANCE, path);
        assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(status);
        assertThat(answer.errorCode()).as(path).isEqualTo(code);
    }

    @Test
    @Order(2)
    void aCorrectionAnAmendmentAndAClosedProjectAreFollowedByTheFactsAndReports() {
        Map<String, Map<String, Object>> latest = latestEnvelopes();
        Map<String, Object> project =
                find(latest, "project", data -> ref(data.get("contract"), "crm").equals(DemoStory.ROUNDING_CONTRACT));
        String projectRef = "psa:" + project.get("externalId");
        Map<String, Object> nteProject = find(
                latest, "project", data -> ref(data.get("contract"), "crm").equals(DemoStory.NOT_TO_EXCEED_CONTRACT));
        Map<String, Object> entry = find(
                latest,
                "time_entry",
                data -> "approved".equals(data.get("status"))
                        && ref(data.get("project"), "psa").equals("psa:" + nteProject.get("externalId")));
        Map<String, Object> contract = latest.get(
                "contract:" + Ref.parse(DemoStory.RATE_CARD_CONTRACT, "crm").externalId());

        Map<String, Object> correction = next(entry);
        BigDecimal hours = new BigDecimal(data(entry).get("hours").toString());
        data(correction)
                .put(
                        "hours",
                        hours.compareTo(BigDecimal.ONE) > 0
                                ? hours.subtract(BigDecimal.ONE)
                                : hours.add(BigDecimal.ONE));
        Map<String, Object> amended = next(contract);
        List<Object> amendments = new ArrayList<>();
        if (data(amended).get("amendments") instanceof List<?> existing) {
            amendments.addAll(existing);
        }
        amendments.add(Map.of(
                "id",
                "CO-END",
                "effectiveDate",
                "2026-02-01",
                "changes",
                Map.of("endDate", "2026-02-20"),
                "signed",
                true));
        data(amended).put("amendments", amendments);
        Map<String, Object> closed = next(project);
        data(closed).put("status", "closed");

        Instant sent = Instant.now();
        DemoFirmHub.ingest(api, List.of(List.of(correction, amended, closed)).iterator());

        List<RecordVersion<CanonicalRecord>> versions = new ArrayList<>(DemoFirmHub.records(FIRM));
        CanonicalReader reader = new CanonicalReader();
        for (Map<String, Object> e : List.of(correction, amended, closed)) {
            versions.add(((Reading.Valid) reader.read(e, sent)).record());
        }
        RecordHistory history = RecordHistory.of(versions);
        FirmSettings settings = DemoFirmHub.settings(FIRM);
        HeldRecords held = history.asOf(Instant.now());
        FactChecks.assertTimeEntryFacts(jdbc, held, settings);

        assertThat(jdbc.queryForObject(
                        "SELECT version FROM fact_time_entry WHERE source = 'psa' AND external_id = ?",
                        Long.class,
                        entry.get("externalId")))
                .isEqualTo(((Number) entry.get("version")).longValue() + 1);
        assertThat(count("project = ? AND classification = 'PROJECT_CLOSED'", projectRef))
                .isPositive();
        assertThat(count("project = ? AND classification = 'BILLABLE'", projectRef))
                .isZero();
        assertThat(count(
                        "contract = ? AND classification = 'OUTSIDE_CONTRACT_PERIOD' AND entry_date > ?",
                        DemoStory.RATE_CARD_CONTRACT,
                        LocalDate.of(2026, 2, 20)))
                .isPositive();

        MetricCatalog catalog = new MetricCatalog(history, settings, List.of());
        for (String metric : List.of("billable-utilization", "productive-utilization", "wip", "unapproved", "cost")) {
            for (List<Dimension> groupBy : List.of(
                    List.of(Dimension.ENTITY),
                    List.of(Dimension.PROJECT),
                    List.of(Dimension.EMPLOYEE, Dimension.MONTH))) {
                ReportQuery query = ReportQuery.of(
                                FIRM.config().periodStart(), FIRM.config().periodEnd(), Instant.now())
                        .withGroupBy(groupBy);
                SameRows.assertSame(
                        () -> reports.report(metric, query),
                        () -> catalog.report(metric, query),
                        metric + " " + groupBy);
            }
        }
        MetricReport wip = reports.report(
                "wip",
                ReportQuery.of(
                        FIRM.config().periodStart(), FIRM.config().periodEnd(), Instant.now(), Dimension.PROJECT));
        assertThat(wip.rows()).noneMatch(r -> projectRef.equals(r.group().get(Dimension.PROJECT)));
    }

    private long count(String where, Object... args) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM fact_time_entry WHERE " + where, Long.class, args);
        return n == null ? 0 : n;
    }

    /** Per type and externalId, the last envelope the firm sends. */
    private static Map<String, Map<String, Object>> latestEnvelopes() {
        Map<String, Map<String, Object>> latest = new LinkedHashMap<>();
        FIRM.envelopes().forEach(e -> latest.put(e.get("type") + ":" + e.get("externalId"), e));
        return latest;
    }

    private static Map<String, Object> find(
            Map<String, Map<String, Object>> latest,
            String type,
            java.util.function.Predicate<Map<String, Object>> matches) {
        return latest.values().stream()
                .filter(e -> type.equals(e.get("type")) && matches.test(data(e)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo firm has no such " + type));
    }

    /** A deep copy of {@code envelope} as its next version. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> next(Map<String, Object> envelope) {
        Map<String, Object> copy = JSON.readValue(JSON.writeValueAsString(envelope), LinkedHashMap.class);
        copy.put("version", BigInteger.valueOf(((Number) envelope.get("version")).longValue() + 1));
        copy.put("occurredAt", FIRM.config().asOf().toString());
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> envelope) {
        return (Map<String, Object>) envelope.get("data");
    }

    private static String ref(Object value, String source) {
        return value == null ? "" : Ref.parse(value.toString(), source).toString();
    }
}
