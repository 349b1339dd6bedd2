package dev.ledgerline.odoo.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The client against a real Odoo (16–18 over JSON-RPC): {@code ODOO_URL}, {@code ODOO_DB}, {@code
 * ODOO_USER} (default {@code admin}) and {@code ODOO_PASSWORD} or {@code ODOO_API_KEY} (or {@code
 * ODOO_API_KEY_FILE}). Skipped when {@code ODOO_URL} is not set. Creates partners and projects with a
 * unique reference and deletes the partners it made.
 */
@Tag("real-odoo")
@EnabledIfEnvironmentVariable(named = "ODOO_URL", matches = ".+")
class RealOdooSmokeIT {

    private static OdooClient odoo;
    private static final String RUN = "LL-SMOKE-" + UUID.randomUUID().toString().substring(0, 8);
    private static final List<Long> partnersMade = new ArrayList<>();

    @BeforeAll
    static void connect() throws IOException {
        odoo = builder().build();
        odoo.connect();
    }

    @AfterAll
    static void cleanUp() {
        if (odoo != null) {
            odoo.model("res.partner").unlink(partnersMade);
            odoo.close();
        }
    }

    private static OdooClient.Builder builder() throws IOException {
        OdooClient.Builder builder = OdooClient.builder()
                .url(System.getenv("ODOO_URL"))
                .database(env("ODOO_DB", "ledgerline"))
                .login(env("ODOO_USER", "admin"));
        String password = System.getenv("ODOO_PASSWORD");
        if (password != null && !password.isBlank()) {
            return builder.password(password);
        }
        return builder.apiKey(apiKey());
    }

    private static String apiKey() throws IOException {
        String key = System.getenv("ODOO_API_KEY");
        if (key != null && !key.isBlank()) {
            return key;
        }
        return Files.readString(Path.of(env("ODOO_API_KEY_FILE", "/tmp/ledgerline-odoo/api_key")))
                .strip();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Test
    void connectsWithTheVersionItFinds() {
        assertThat(odoo.serverVersion().major()).isBetween(16, 30);
        assertThat(odoo.uid()).isPresent();
        assertThat(odoo.protocol()).isIn(Protocol.JSON_RPC, Protocol.JSON_2);
    }

    @Test
    void createsReadsSearchesWritesAndDeletes() {
        OdooModel partners = odoo.model("res.partner");
        long acme = partners.create(Map.of("name", "Acme " + RUN, "is_company", true, "ref", RUN + "-1"));
        List<Long> more = partners.createAll(List.of(
                Map.of("name", "Globex " + RUN, "ref", RUN + "-2"),
                Map.of("name", "Jane " + RUN, "parent_id", acme, "type", "invoice", "ref", RUN + "-3")));
        partnersMade.addAll(more.reversed());
        partnersMade.add(acme);

        partners.write(more, Map.of("comment", "<p>bulk</p>"));
        List<OdooRecord> found = partners.searchRead(
                Domain.eqLike("ref", RUN + "-%"),
                List.of("name", "parent_id", "child_ids", "write_date"),
                Page.first(10).orderBy("ref asc"));

        assertThat(found).extracting(OdooRecord::id).containsExactly(acme, more.get(0), more.get(1));
        assertThat(found.getFirst().ids("child_ids")).containsExactly(more.get(1));
        assertThat(found.get(2).many2one("parent_id").map(Many2one::id)).hasValue(acme);
        assertThat(found.getFirst().dateTime("write_date")).isPresent();
        assertThat(partners.searchCount(Domain.eqLike("ref", RUN + "-%"))).isEqualTo(3);
        assertThat(partners.search(Domain.eq("ref", RUN + "-2").or(Domain.eq("ref", RUN + "-3"))))
                .containsExactlyInAnyOrderElementsOf(more);
        assertThat(partners.stream(Domain.eqLike("ref", RUN + "-%"), List.of("name"), 2)
                        .count())
                .isEqualTo(3);
        assertThat(partners.displayNames(List.of(more.get(1)))).containsValue("Acme " + RUN + ", Jane " + RUN);
        assertThat(partners.read(List.of(999_999_999L), List.of("name"))).isEmpty();
    }

    @Test
    void timesheetAmountsComeBackExact() {
        long project = odoo.model("project.project").create(Map.of("name", "Smoke " + RUN, "allow_timesheets", true));
        long employee = odoo.model("hr.employee")
                .create(Map.of("name", "Smoke " + RUN, "hourly_cost", new BigDecimal("55.00")));
        long line = odoo.model("account.analytic.line")
                .create(Map.of(
                        "project_id",
                        project,
                        "employee_id",
                        employee,
                        "unit_amount",
                        new BigDecimal("7.5"),
                        "date",
                        LocalDate.of(2026, 11, 2),
                        "name",
                        "Workshop prep"));

        OdooRecord read = odoo.model("account.analytic.line")
                .read(List.of(line), List.of("amount", "unit_amount", "date", "project_id"))
                .getFirst();
        List<GroupRow> groups = odoo.model("account.analytic.line")
                .readGroup(
                        Domain.eq("project_id", project),
                        List.of("employee_id"),
                        List.of("unit_amount:sum", "amount:sum"));

        assertThat(read.decimal("amount")).isEqualByComparingTo("-412.50");
        assertThat(read.date("date")).hasValue(LocalDate.of(2026, 11, 2));
        assertThat(read.many2one("project_id").map(Many2one::id)).hasValue(project);
        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.count()).isEqualTo(1);
            assertThat(group.aggregate("unit_amount:sum")).isEqualByComparingTo("7.5");
            assertThat(group.many2one("employee_id").map(Many2one::id)).hasValue(employee);
        });
        String analytic = odoo.dialect().projectAnalyticAccountField();
        assertThat(odoo.model("project.project")
                        .read(List.of(project), List.of(analytic))
                        .getFirst()
                        .many2one(analytic))
                .isPresent();
    }

    @Test
    void realErrorsMapToTheirTypes() {
        OdooModel partners = odoo.model("res.partner");

        assertThat(catchThrowableOfType(
                                OdooUnknownFieldException.class,
                                () -> partners.create(Map.of("name", "X", "no_such_field", 1)))
                        .field())
                .hasValue("no_such_field");
        assertThat(catchThrowableOfType(
                        OdooUnknownModelException.class,
                        () -> odoo.model("no.such.model").search(Domain.all())))
                .isNotNull();
        assertThat(catchThrowableOfType(
                        OdooUnknownMethodException.class, () -> partners.call("no_such_method", List.of(1L), Map.of())))
                .isNotNull();
        assertThat(catchThrowableOfType(
                        OdooMissingRecordException.class, () -> partners.write(999_999_999L, Map.of("name", "ghost"))))
                .isNotNull();
        assertThat(catchThrowableOfType(OdooValidationException.class, () -> partners.create(Map.of())))
                .isExactlyInstanceOf(OdooValidationException.class);
        assertThat(catchThrowableOfType(
                        OdooInvalidValueException.class,
                        () -> odoo.model("project.milestone")
                                .create(Map.of("name", "m", "project_id", 1, "deadline", "not a date"))))
                .satisfies(error -> assertThat(error.errorName()).isEqualTo("psycopg2.errors.InvalidDatetimeFormat"));
        assertThat(catchThrowableOfType(
                        OdooInvalidValueException.class,
                        () -> odoo.model("hr.employee").create(Map.of("name", "e", "employee_type", "bogus"))))
                .isNotNull();
        assertThat(catchThrowableOfType(
                        OdooInvalidValueException.class,
                        () -> partners.search(Domain.where("name", Domain.Operator.EQ, "x")
                                .and(Domain.of(List.of(List.of("name", "zz", "x")))))))
                .isNotNull();
    }

    @Test
    void wrongCredentialsAreAccessDenied() throws IOException {
        try (OdooClient wrong = OdooClient.builder()
                .url(System.getenv("ODOO_URL"))
                .database(env("ODOO_DB", "ledgerline"))
                .login(env("ODOO_USER", "admin"))
                .password("not-the-password-" + RUN)
                .build()) {
            OdooAccessDeniedException denied = catchThrowableOfType(OdooAccessDeniedException.class, wrong::connect);

            assertThat(denied.getMessage()).doesNotContain("not-the-password-");
        }
    }
}
