package dev.ledgerline.hub.sync;

import static dev.ledgerline.hub.testing.Envelopes.envelope;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.Envelopes;
import dev.ledgerline.hub.testing.OdooTarget;
import dev.ledgerline.hub.testing.TestTokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Time from the PSA to Odoo's timesheets, written once and run against every {@link OdooTarget}: an
 * employee roster, a customer, a time-and-materials contract with a signed extension, a client and an
 * internal project with tasks, and time entries in every status — ingested through {@code POST
 * /api/v1/events}, delivered by the dispatcher and checked line by line in Odoo (hours, Odoo's cost to
 * the cent, project, task, employee, company). Then approvals, a rejection after sending, a late
 * correction of hours; then work the hub's billing holds and a line Odoo invoiced, which the hub leaves
 * as they are and hands to billing (docs/adr/0602).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// its dispatcher would otherwise keep polling for the rest of the test JVM, slowing the timed scenarios
@DirtiesContext
abstract class TimeEntryDelivery {

    abstract OdooTarget odoo();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient sql;

    private final String run = Envelopes.unique("TS");

    String id(String name) {
        return run + "-" + name;
    }

    @Test
    void approvedTimeBecomesTimesheetLinesAndLaterChangesFollowUnlessInvoiced() {
        post(
                TestTokens.PEOPLE,
                List.of(
                        envelope("crm", "customer", id("C"), 1, """
                                {"name":"Harbour Freight %s","entity":"us","country":"US","currency":"USD"}""".formatted(run)),
                        employee("ADA", "Ada Lovelace", "senior", "82.50", "2024-01-08"),
                        employee("CARL", "Carl Gauss", "junior", "61.00", "2024-01-08"),
                        employee("GUS", "Gus Newcomer", "junior", "55.00", "2026-04-01"),
                        envelope("crm", "contract", id("K"), 1, """
                                {"customer":"%s","entity":"us","currency":"USD","billingModel":"time_and_materials",
                                 "startDate":"2026-01-01","endDate":"2026-06-30","rateCard":{"senior":200,"junior":120},
                                 "amendments":[{"id":"A1","effectiveDate":"2026-06-15","changes":{"endDate":"2026-09-30"},
                                                "signed":true}]}""".formatted(id("C")))));
        post(
                TestTokens.PSA,
                List.of(
                        envelope("psa", "project", id("P"), 1, """
                                {"name":"Harbour audit %s","customer":"crm:%s","entity":"us","contract":"crm:%s",
                                 "status":"in_delivery","startDate":"2026-01-05"}""".formatted(run, id("C"), id("K"))),
                        envelope("psa", "project", id("BENCH"), 1, """
                                {"name":"Bench %s","customer":"crm:%s","entity":"us","kind":"internal"}""".formatted(run, id("C"))),
                        task("T1", "P", "Blueprint"),
                        task("T2", "P", "Build"),
                        task("T9", "BENCH", "Training"),
                        approved("E1", 1, "ADA", "P", "T1", "2026-03-02", "7.5", "Workshop prep"),
                        approved("E2", 1, "ADA", "P", "T1", "2026-03-02", "1.25", "Minutes"),
                        entry("E3", 1, "ADA", "P", "T2", "2026-03-03", "3", "draft", "Design draft"),
                        entry("E4", 1, "CARL", "P", "T2", "2026-03-03", "2", "submitted", "Build"),
                        approved("E5", 1, "CARL", "P", null, "2026-03-04", "2.5", "Travel"),
                        approved("E6", 1, "CARL", "P", "T2", "2026-03-05", "4", "Build"),
                        approved("E7", 1, "ADA", "P", "T2", "2026-03-06", "4", "Review"),
                        approved("E8", 1, "ADA", "P", "T1", "2026-07-15", "2", "Extension work"),
                        approved("E9", 1, "ADA", "P", "T1", "2026-10-05", "1", "After the contract"),
                        approved("E10", 1, "GUS", "P", "T1", "2026-03-16", "6", "Before joining"),
                        approved("E11", 1, "ADA", "P", "T9", "2026-03-09", "1", "Wrong task"),
                        entry("E12", 1, "CARL", "P", "T1", "2026-03-10", "3", "rejected", "Not this"),
                        approved("E13", 1, "CARL", "BENCH", "T9", "2026-04-02", "3", "Course")));

        awaitDelivered(1, "E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E12", "E13");

        long project = odooId("project.project", "ll:psa:project:" + id("P"));
        long bench = odooId("project.project", "ll:psa:project:" + id("BENCH"));
        long t1 = odooId("project.task", "ll:psa:task:" + id("T1"));
        long t2 = odooId("project.task", "ll:psa:task:" + id("T2"));
        long t9 = odooId("project.task", "ll:psa:task:" + id("T9"));
        long ada = odooId("hr.employee", "ll:hr:employee:" + id("ADA"));
        long carl = odooId("hr.employee", "ll:hr:employee:" + id("CARL"));

        // approved entries: one line each, Odoo's cost = -(hours × hourly cost) to the cent
        assertThat(odoo().count("account.analytic.line", List.of(List.of("project_id", "=", project))))
                .isEqualTo(6);
        assertLine("E1", project, t1, ada, "2026-03-02", "7.5", "-618.75", "Workshop prep");
        assertLine("E2", project, t1, ada, "2026-03-02", "1.25", "-103.13", "Minutes");
        assertLine("E5", project, null, carl, "2026-03-04", "2.5", "-152.50", "Travel");
        assertLine("E6", project, t2, carl, "2026-03-05", "4", "-244.00", "Build");
        assertLine("E7", project, t2, ada, "2026-03-06", "4", "-330.00", "Review");
        assertLine("E8", project, t1, ada, "2026-07-15", "2", "-165.00", "Extension work");
        assertThat(odoo().count("account.analytic.line", List.of(List.of("project_id", "=", bench))))
                .isEqualTo(1);
        assertLine("E13", bench, t9, carl, "2026-04-02", "3", "-183.00", "Course");
        assertThat(line("E1").get("account_id"))
                .as("the project's analytic account, set by Odoo")
                .isEqualTo(one("project.project", "ll:psa:project:" + id("P"), List.of("account_id"))
                        .get("account_id"));

        // drafts, submitted and rejected entries stay in the hub
        for (String kept : List.of("E3", "E4", "E12")) {
            assertThat(count("account.analytic.line", entryRef(kept))).as(kept).isZero();
        }
        assertThat(lastDelivery("E3"))
                .isEqualTo("kept in the hub: NOT_APPROVED: a draft time entry goes to Odoo once" + " approved");
        assertThat(lastDelivery("E4")).startsWith("kept in the hub: NOT_APPROVED: a submitted");
        assertThat(lastDelivery("E12")).startsWith("kept in the hub: REJECTED:");

        // refused before Odoo, each with its code and category
        assertRefused("E9", "POLICY", "OUTSIDE_CONTRACT_PERIOD", "2026-09-30");
        assertRefused("E10", "DATA", "EMPLOYEE_INACTIVE", "from 2026-04-01");
        assertRefused("E11", "DATA", "TASK_NOT_ON_PROJECT", "psa:project:" + id("BENCH"));
        for (String refused : List.of("E9", "E10", "E11")) {
            assertThat(count("account.analytic.line", entryRef(refused)))
                    .as(refused)
                    .isZero();
        }

        // second round: a draft approved, a sent entry rejected, a late correction of hours, two new versions
        Map<String, Object> e1 = line("E1");
        long e7 = id(line("E7"));
        sleepPastASecond();
        post(
                TestTokens.PSA,
                List.of(
                        approved("E3", 2, "ADA", "P", "T2", "2026-03-03", "3", "Design"),
                        entry("E6", 2, "CARL", "P", "T2", "2026-03-05", "4", "rejected", "Build"),
                        approved("E7", 2, "ADA", "P", "T2", "2026-03-06", "6.5", "Review"),
                        approved("E1", 2, "ADA", "P", "T1", "2026-03-02", "7.5", "Workshop prep")
                                .replace("\"approvedBy\":\"mgr\"", "\"approvedBy\":\"lead\""),
                        approved("E2", 2, "ADA", "P", "T1", "2026-03-02", "1.25", "Minutes and follow-up")));
        awaitDelivered(2, "E1", "E2", "E3", "E6", "E7");

        assertLine("E3", project, t2, ada, "2026-03-03", "3", "-247.50", "Design");
        assertThat(count("account.analytic.line", entryRef("E6")))
                .as("rejected after it was sent: removed")
                .isZero();
        assertThat(lastDelivery("E6")).endsWith(" unlinked");
        assertLine("E7", project, t2, ada, "2026-03-06", "6.5", "-536.25", "Review");
        assertThat(id(line("E7"))).as("the same line, written").isEqualTo(e7);
        assertThat(lastDelivery("E7")).endsWith(" updated");
        assertThat(line("E1").get("write_date"))
                .as("nothing Odoo holds changed: not written")
                .isEqualTo(e1.get("write_date"));
        assertThat(lastDelivery("E1")).endsWith(" unchanged");
        assertLine("E2", project, t1, ada, "2026-03-02", "1.25", "-103.13", "Minutes and follow-up");
        assertThat(odoo().count("account.analytic.line", List.of(List.of("project_id", "=", project))))
                .isEqualTo(6);

        // the rejected entry approved again: a new line, once
        post(TestTokens.PSA, List.of(approved("E6", 3, "CARL", "P", "T2", "2026-03-05", "4", "Build, redone")));
        awaitDelivered(3, "E6");
        assertLine("E6", project, t2, carl, "2026-03-05", "4", "-244.00", "Build, redone");
        assertThat(lastDelivery("E6")).endsWith(" created");
        post(TestTokens.PSA, List.of(approved("E6", 4, "CARL", "P", "T2", "2026-03-05", "4.25", "Build, redone")));
        awaitDelivered(4, "E6");
        assertLine("E6", project, t2, carl, "2026-03-05", "4.25", "-259.25", "Build, redone");
        assertThat(lastDelivery("E6")).as("found again by its reference").endsWith(" updated");

        // third round: finance approves March's proposal; a rejection and a correction of billed work follow
        JsonNode proposal = billingRun().path("proposals").get(0);
        assertThat(sources(proposal))
                .as("billing reads the ledger, whatever Odoo was sent: E10 and E11 are approved March work too")
                .containsExactlyInAnyOrder(
                        ledgerKey("E1"),
                        ledgerKey("E2"),
                        ledgerKey("E3"),
                        ledgerKey("E5"),
                        ledgerKey("E6"),
                        ledgerKey("E7"),
                        ledgerKey("E10"),
                        ledgerKey("E11"));
        String proposalId = proposal.path("id").asString();
        Api.Answer approval =
                api().post(TestTokens.FINANCE, "/api/v1/billing/proposals/" + proposalId + "/approve", "{}");
        assertThat(approval.status()).as(approval.body()).isEqualTo(200);
        Map<String, Object> e5 = line("E5");
        Map<String, Object> e2 = line("E2");
        post(
                TestTokens.PSA,
                List.of(
                        entry("E5", 2, "CARL", "P", null, "2026-03-04", "2.5", "rejected", "Travel"),
                        approved("E2", 3, "ADA", "P", "T1", "2026-03-02", "1.5", "Minutes and follow-up")));
        awaitDelivered(2, "E5");
        awaitDelivered(3, "E2");

        assertThat(line("E5"))
                .as("billed work is left as it is in Odoo")
                .containsEntry("write_date", e5.get("write_date"));
        assertThat(decimal(line("E2").get("unit_amount"))).isEqualByComparingTo("1.25");
        assertThat(line("E2")).containsEntry("write_date", e2.get("write_date"));
        assertThat(lastDelivery("E5"))
                .startsWith("kept in the hub: INVOICED_ENTRY_CHANGED: ")
                .contains("proposal " + proposalId + " (approved)");
        assertThat(lastDelivery("E2")).startsWith("kept in the hub: INVOICED_ENTRY_CHANGED: ");

        JsonNode recomputed = billingRun().path("proposals").get(0);
        assertThat(recomputed.path("id").asString()).isEqualTo(proposalId);
        assertThat(recomputed.path("status").asString())
                .as("the next run sees both changes and returns the proposal to finance")
                .isEqualTo("proposed");
        assertThat(sources(recomputed))
                .containsExactlyInAnyOrder(
                        ledgerKey("E1"),
                        ledgerKey("E2"),
                        ledgerKey("E3"),
                        ledgerKey("E6"),
                        ledgerKey("E7"),
                        ledgerKey("E10"),
                        ledgerKey("E11"));
        assertThat(lineOf(recomputed, ledgerKey("E2")).path("amount").decimalValue())
                .isEqualByComparingTo("300.00");

        // fourth round: a line Odoo invoiced itself stays; a deletion of work nobody invoiced removes its line
        long partner = odooId("res.partner", "ll:crm:customer:" + id("C"));
        long invoice = odoo().create(
                        "account.move",
                        Map.of(
                                "move_type",
                                "out_invoice",
                                "partner_id",
                                partner,
                                "invoice_date",
                                "2026-04-30",
                                "invoice_line_ids",
                                List.of(List.of(0, 0, Map.of("name", "Course", "quantity", 3, "price_unit", 100)))));
        odoo().call("account.move", "action_post", List.of(invoice));
        long e13 = id(line("E13"));
        odoo().write("account.analytic.line", e13, Map.of("timesheet_invoice_id", invoice));
        post(
                TestTokens.PSA,
                List.of(
                        envelope("psa", "time_entry", id("E13"), 2, "{\"deleted\":true}"),
                        envelope("psa", "time_entry", id("E8"), 2, "{\"deleted\":true}")));
        awaitDelivered(2, "E13", "E8");

        assertThat(count("account.analytic.line", entryRef("E13"))).isOne();
        assertThat(id(line("E13"))).isEqualTo(e13);
        assertThat(lastDelivery("E13"))
                .startsWith("kept in the hub: INVOICED_ENTRY_CHANGED: account.analytic.line " + e13 + " is on Odoo"
                        + " invoice ");
        assertThat(count("account.analytic.line", entryRef("E8"))).isZero();
        assertThat(lastDelivery("E8")).endsWith(" unlinked");
        assertThat(odoo().count("account.analytic.line", List.of(List.of("project_id", "=", project))))
                .as("E1, E2, E3, E5, E6, E7")
                .isEqualTo(6);
    }

    // ---- what the sources send

    String employee(String name, String fullName, String role, String cost, String startDate) {
        return envelope("hr", "employee", id(name), 1, """
                {"name":"%s %s","entity":"us","role":"%s","standardHourlyCost":"%s","currency":"USD",
                 "startDate":"%s"}""".formatted(fullName, run, role, cost, startDate));
    }

    private String task(String name, String project, String title) {
        return envelope("psa", "task", id(name), 1, """
                {"project":"%s","name":"%s"}""".formatted(id(project), title));
    }

    String approved(
            String name,
            long version,
            String employee,
            String project,
            String task,
            String date,
            String hours,
            String description) {
        return entry(name, version, employee, project, task, date, hours, "approved", description);
    }

    private String entry(
            String name,
            long version,
            String employee,
            String project,
            String task,
            String date,
            String hours,
            String status,
            String description) {
        String approval =
                status.equals("approved") ? ",\"approvedBy\":\"mgr\",\"approvedAt\":\"" + date + "T18:00:00Z\"" : "";
        return envelope("psa", "time_entry", id(name), version, """
                {"employee":"hr:%s","project":"%s","date":"%s","hours":%s,"status":"%s","description":"%s"%s%s}""".formatted(
                        id(employee),
                        id(project),
                        date,
                        hours,
                        status,
                        description,
                        task == null ? "" : ",\"task\":\"" + id(task) + "\"",
                        approval));
    }

    // ---- the hub

    private Api api() {
        return new Api(port);
    }

    void post(String token, List<String> envelopes) {
        Api.Answer answer = api().postEvents(token, Envelopes.batch(envelopes));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        for (int i = 0; i < envelopes.size(); i++) {
            assertThat(answer.status(i)).as(answer.body()).isEqualTo("accepted");
        }
    }

    private JsonNode billingRun() {
        Api.Answer answer = api().post(TestTokens.FINANCE, "/api/v1/billing/runs", """
                {"runDate":"2026-03-31","contracts":["crm:%s"]}""".formatted(id("K")));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("proposals")).as(answer.body()).hasSize(1);
        return answer.json();
    }

    private static List<String> sources(JsonNode proposal) {
        List<String> refs = new java.util.ArrayList<>();
        proposal.path("lines")
                .forEach(l ->
                        l.path("sources").forEach(s -> refs.add(s.path("ref").asString())));
        return refs;
    }

    private static JsonNode lineOf(JsonNode proposal, String ref) {
        for (JsonNode l : proposal.path("lines")) {
            for (JsonNode s : l.path("sources")) {
                if (s.path("ref").asString().equals(ref)) {
                    return l;
                }
            }
        }
        throw new AssertionError("no line of " + ref + " in " + proposal);
    }

    private String ledgerKey(String entry) {
        return "psa:time_entry:" + id(entry);
    }

    String entryRef(String entry) {
        return "ll:" + ledgerKey(entry);
    }

    private Map<String, Object> state(String entry) {
        return state("psa", "time_entry", entry);
    }

    Map<String, Object> state(String source, String type, String name) {
        List<Map<String, Object>> rows = sql.sql("""
                        SELECT state, version, exception_category, last_error_name, last_error_message
                          FROM ledger_record
                         WHERE source = :s AND record_type = :t AND external_id = :e
                        """)
                .param("s", source)
                .param("t", type)
                .param("e", id(name))
                .query()
                .listOfRows();
        return rows.isEmpty() ? Map.of("STATE", "MISSING") : rows.getFirst();
    }

    void awaitDelivered(long version, String... entries) {
        await(() -> {
            Map<String, Map<String, Object>> states = new LinkedHashMap<>();
            for (String e : entries) {
                states.put(e, state(e));
            }
            assertThat(states.values()).as("ledger states " + states).allSatisfy(s -> {
                assertThat(s.get("STATE")).isEqualTo("DELIVERED");
                assertThat(((Number) s.get("VERSION")).longValue()).isGreaterThanOrEqualTo(version);
            });
        });
    }

    private void assertRefused(String entry, String category, String code, String detail) {
        await(() -> assertThat(state(entry).get("STATE")).isEqualTo("EXCEPTION"));
        Map<String, Object> s = state(entry);
        assertThat(s.get("EXCEPTION_CATEGORY")).as(entry).isEqualTo(category);
        assertThat((String) s.get("LAST_ERROR_NAME")).endsWith("DeliveryRefusedException");
        assertThat((String) s.get("LAST_ERROR_MESSAGE")).startsWith(code + ": ").contains(detail);
    }

    static void await(org.awaitility.core.ThrowingRunnable assertion) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(assertion);
    }

    /** The reason of the entry's last delivery ("… created", "kept in the hub: …"). */
    private String lastDelivery(String entry) {
        return sql.sql("""
                        SELECT t.reason FROM ledger_transition t JOIN ledger_record r ON r.id = t.record_id
                         WHERE r.source = 'psa' AND r.record_type = 'time_entry' AND r.external_id = :e
                           AND t.event = 'DELIVER'
                         ORDER BY t.id DESC
                        """).param("e", id(entry)).query(String.class).list().getFirst();
    }

    private static void sleepPastASecond() {
        try {
            // Odoo's write_date has whole seconds: a write in the next second would show
            Thread.sleep(1_100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- what Odoo holds

    private static final List<String> LINE = List.of(
            "date",
            "unit_amount",
            "amount",
            "name",
            "project_id",
            "task_id",
            "employee_id",
            "company_id",
            "account_id",
            "write_date");

    private Map<String, Object> line(String entry) {
        return one("account.analytic.line", entryRef(entry), LINE);
    }

    private void assertLine(
            String entry,
            long project,
            Long task,
            long employee,
            String date,
            String hours,
            String amount,
            String description) {
        Map<String, Object> line = line(entry);
        assertThat(line).as(entry).containsEntry("date", date).containsEntry("name", description);
        assertThat(decimal(line.get("unit_amount"))).as(entry + " hours").isEqualByComparingTo(hours);
        assertThat(decimal(line.get("amount")).setScale(2, java.math.RoundingMode.UNNECESSARY))
                .as(entry + " cost")
                .isEqualTo(new BigDecimal(amount));
        assertThat(id(line.get("project_id"))).as(entry + " project").isEqualTo(project);
        assertThat(id(line.get("employee_id"))).as(entry + " employee").isEqualTo(employee);
        assertThat(id(line.get("company_id"))).as(entry + " company").isEqualTo(1);
        if (task == null) {
            assertThat(line.get("task_id")).as(entry + " task").isEqualTo(false);
        } else {
            assertThat(id(line.get("task_id"))).as(entry + " task").isEqualTo(task);
        }
    }

    long odooId(String model, String reference) {
        return id(one(model, reference, List.of("id")));
    }

    /** The one record carrying a reference, wherever the target keeps it (its field or an external id). */
    private Map<String, Object> one(String model, String reference, List<String> fields) {
        List<Map<String, Object>> found = odoo().records(model, byReference(model, reference), fields);
        assertThat(found).as(model + " with reference " + reference).hasSize(1);
        return found.getFirst();
    }

    int count(String model, String reference) {
        return odoo().count(model, byReference(model, reference));
    }

    /**
     * The domain of the record carrying a reference: by its external id where the target keeps the hub's
     * references so (the sandbox), else by the field.
     */
    private List<?> byReference(String model, String reference) {
        List<List<String>> ours = List.of(List.of("module", "=", "ledgerline"), List.of("model", "=", model));
        if (model.equals("res.partner") || odoo().count("ir.model.data", ours) == 0) {
            return List.of(List.of(model.equals("res.partner") ? "ref" : "x_ledgerline_ref", "=", reference));
        }
        List<Long> ids = odoo()
                .records(
                        "ir.model.data",
                        List.of(ours.get(0), ours.get(1), List.of("name", "=", reference)),
                        List.of("res_id"))
                .stream()
                .map(x -> id(x.get("res_id")))
                .toList();
        // the sandbox keeps an external id after its record is unlinked: only records that exist count
        return List.of(List.of("id", "in", ids));
    }

    private static long id(Map<String, Object> record) {
        return id(record.get("id"));
    }

    /** A many2one ({@code [id, "name"]}) or a plain id. */
    private static long id(Object value) {
        if (value instanceof List<?> pair && !pair.isEmpty()) {
            return ((Number) pair.getFirst()).longValue();
        }
        return ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(value.toString());
    }
}
