package dev.ledgerline.hub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.hub.testing.PostgresExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A P5-style timing check, not a benchmark: a million time-entry facts (2,500 employees over 2026;
 * {@code -Dledgerline.p5.entries} for fewer)
 * and their capacity days written straight into PostgreSQL, then the reports grouped by employee ×
 * month, each timed on its third run. Prints the figures; asserts only a loose bound, as the
 * machine is shared.
 */
@ExtendWith(PostgresExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PostgresReportTimingIT {

    private static final int EMPLOYEES = 2_500;
    /** {@code -Dledgerline.p5.entries=100000} for a short run. */
    private static final int ENTRIES = Integer.getInteger("ledgerline.p5.entries", 1_000_000);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> PostgresExtension.server().createDatabase());
        registry.add(
                "spring.datasource.username", () -> PostgresExtension.server().user());
        registry.add("spring.datasource.password", () -> "");
        registry.add("ledgerline.firm.entities.us.currency", () -> "USD");
        registry.add("ledgerline.firm.entities.eu.currency", () -> "EUR");
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SqlReports reports;

    @Test
    void reportsOverAMillionEntriesByEmployeeAndMonthTakeAboutASecond() {
        long generated = System.nanoTime();
        generate();
        System.out.printf(
                "P5 facts: %,d time entries and %,d capacity days written in %.1f s%n",
                count("fact_time_entry"), count("fact_capacity_day"), (System.nanoTime() - generated) / 1e9);

        ReportQuery query = ReportQuery.of(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                Instant.now(),
                Dimension.EMPLOYEE,
                Dimension.MONTH);
        Map<String, Duration> timings = new LinkedHashMap<>();
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (String metric :
                List.of("billable-utilization", "productive-utilization", "capacity-hours", "wip", "unapproved")) {
            Duration best = null;
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                MetricReport report = reports.report(metric, query);
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                best = best == null || took.compareTo(best) < 0 ? took : best;
                rows.put(metric, report.rows().size());
            }
            timings.put(metric, best);
        }
        ReportQuery byEntityAndMonth = query.withGroupBy(List.of(Dimension.ENTITY, Dimension.MONTH));
        long start = System.nanoTime();
        int costRows = reports.report("cost", byEntityAndMonth).rows().size();
        timings.put("cost (entity × month)", Duration.ofNanos(System.nanoTime() - start));
        rows.put("cost (entity × month)", costRows);

        timings.forEach((metric, took) ->
                System.out.printf("P5 %-24s %6d ms  %,7d rows%n", metric, took.toMillis(), rows.get(metric)));
        assertThat(rows.get("billable-utilization")).isEqualTo(EMPLOYEES * 12);
        assertThat(rows.get("wip")).isGreaterThan(EMPLOYEES * 6);
        assertThat(rows.get("cost (entity × month)")).isEqualTo(2 * 12);
        assertThat(timings.values()).allSatisfy(took -> assertThat(took).isLessThan(Duration.ofSeconds(30)));
    }

    private long count(String table) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        return n == null ? 0 : n;
    }

    /**
     * Facts shaped like a firm's: employees alternate between the entities and each works on three of
     * 400 projects (one in ten internal; T&M, fixed fee and retainer contracts, a quarter of them
     * capped), 95 % approved, a few foreign-currency contracts.
     */
    private void generate() {
        List<String> statements = new ArrayList<>();
        statements.add("""
                INSERT INTO exchange_rate (entity, currency, valid_from, rate, pulled_at)
                VALUES ('us', 'EUR', DATE '2025-01-01', 0.920000, now()), ('eu', 'USD', DATE '2025-01-01', 1.087000, now())
                """);
        statements.add("""
                INSERT INTO fact_capacity_day (employee, work_date, entity, practice, role, month_key, week_key,
                    quarter_key, working_hours, leave_hours, capacity_hours)
                SELECT 'hr:E-' || e, d::date, CASE WHEN e % 2 = 0 THEN 'us' ELSE 'eu' END,
                       (ARRAY['Strategy','Engineering','Design'])[e % 3 + 1],
                       (ARRAY['partner','manager','consultant','engineer','analyst'])[e % 5 + 1],
                       to_char(d, 'YYYY-MM'), to_char(d, 'IYYY-"W"IW'), to_char(d, 'YYYY-"Q"Q'),
                       8, CASE WHEN (e + extract(doy FROM d)::int) % 23 = 0 THEN 8 ELSE 0 END,
                       CASE WHEN (e + extract(doy FROM d)::int) % 23 = 0 THEN 0 ELSE 8 END
                  FROM generate_series(1, {EMPLOYEES}) e,
                       generate_series(DATE '2026-01-01', DATE '2026-12-31', INTERVAL '1 day') d
                 WHERE extract(isodow FROM d) < 6
                """);
        statements.add("""
                INSERT INTO fact_time_entry (record_id, source, external_id, version, employee, project, task, customer,
                    contract, entity, entity_currency, practice, role, employee_entity, employee_practice,
                    employee_role, entry_date, entry_day, month_key, week_key, quarter_key, status, project_kind,
                    billing_model, not_to_exceed, classification, classification_if_approved, recorded_hours,
                    billable_hours, contract_value, contract_currency, standard_value, standard_currency, labour,
                    labour_currency, labour_cost_exact, approved_at, received_at, problem)
                SELECT gen_random_uuid(), 'psa', 'TE-' || i, 1, 'hr:E-' || e, 'psa:P-' || p, NULL, 'crm:C-' || (p % 80),
                       CASE WHEN internal THEN NULL ELSE 'crm:K-' || p END,
                       entity, CASE WHEN entity = 'us' THEN 'USD' ELSE 'EUR' END,
                       (ARRAY['Strategy','Engineering','Design'])[p % 3 + 1],
                       (ARRAY['partner','manager','consultant','engineer','analyst'])[e % 5 + 1],
                       entity, (ARRAY['Strategy','Engineering','Design'])[e % 3 + 1],
                       (ARRAY['partner','manager','consultant','engineer','analyst'])[e % 5 + 1],
                       d, d - DATE '1970-01-01', to_char(d, 'YYYY-MM'), to_char(d, 'IYYY-"W"IW'), to_char(d, 'YYYY-"Q"Q'),
                       status, CASE WHEN internal THEN 'INTERNAL' ELSE 'CLIENT' END,
                       CASE WHEN internal THEN NULL WHEN p % 10 < 7 THEN 'TIME_AND_MATERIALS'
                            WHEN p % 10 < 9 THEN 'FIXED_FEE' ELSE 'RETAINER' END,
                       CASE WHEN NOT internal AND p % 4 = 0 THEN 150000 END,
                       CASE WHEN status = 'REJECTED' THEN 'REJECTED' WHEN status <> 'APPROVED' THEN 'NOT_APPROVED'
                            WHEN internal THEN 'PROJECT_NOT_BILLABLE' WHEN i % 50 = 0 THEN 'PROJECT_NOT_BILLABLE'
                            ELSE 'BILLABLE' END,
                       CASE WHEN internal THEN 'PROJECT_NOT_BILLABLE' ELSE 'BILLABLE' END,
                       hours, hours, round(hours * 150, 2),
                       CASE WHEN internal THEN NULL WHEN p % 37 = 0 AND entity = 'us' THEN 'EUR'
                            WHEN entity = 'us' THEN 'USD' ELSE 'EUR' END,
                       round(hours * 160, 2), CASE WHEN entity = 'us' THEN 'USD' ELSE 'EUR' END,
                       TRUE, CASE WHEN entity = 'us' THEN 'USD' ELSE 'EUR' END, hours * 61.37,
                       now(), now(), NULL
                  FROM (SELECT i, i % {EMPLOYEES} + 1 AS e, (i % {EMPLOYEES} * 7 + i / {EMPLOYEES} % 3) % 400 AS p,
                               (i % {EMPLOYEES} * 7 + i / {EMPLOYEES} % 3) % 400 % 10 = 9 AS internal,
                               DATE '2026-01-01' + (i / {PER_DAY}) % 365 AS d,
                               CASE WHEN i % {EMPLOYEES} % 2 = 0 THEN 'us' ELSE 'eu' END AS entity,
                               CASE WHEN i % 100 < 95 THEN 'APPROVED' WHEN i % 100 < 98 THEN 'SUBMITTED'
                                    WHEN i % 100 < 99 THEN 'DRAFT' ELSE 'REJECTED' END AS status,
                               (1 + (i % 29) * 0.25)::numeric(20, 8) AS hours
                          FROM generate_series(1, {ENTRIES}) i) g
                """);
        statements.add("ANALYZE fact_time_entry");
        statements.add("ANALYZE fact_capacity_day");
        statements.forEach(sql -> jdbc.execute(sql.replace("{EMPLOYEES}", Integer.toString(EMPLOYEES))
                .replace("{ENTRIES}", Integer.toString(ENTRIES))
                .replace("{PER_DAY}", Integer.toString(ENTRIES / 365 + 1))));
    }
}
