package dev.ledgerline.hub.sync;

import static dev.ledgerline.hub.testing.Envelopes.envelope;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.Envelopes;
import dev.ledgerline.hub.testing.OdooTarget;
import dev.ledgerline.hub.testing.TestTokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
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
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The firm's master data from its sources to Odoo, written once and run against every {@link
 * OdooTarget}: customers (a group with a billing contact, a subsidiary), employees (one left), a
 * fixed-fee contract with milestones, a client and an internal project, a task with a subtask, an
 * opportunity, a milestone acceptance — ingested through {@code POST /api/v1/events}, delivered by the
 * dispatcher, then checked record by record in Odoo; then a second round of changes, of which only the
 * changed records are written, and a change the PSA does not own is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// its dispatcher would otherwise keep polling for the rest of the test JVM, slowing the timed scenarios
@DirtiesContext
abstract class MasterDataDelivery {

    static void target(DynamicPropertyRegistry registry, OdooTarget odoo) {
        registry.add("ledgerline.targets.default.url", odoo::url);
        registry.add("ledgerline.targets.default.database", odoo::database);
        registry.add("ledgerline.targets.default.user", odoo::user);
        registry.add("ledgerline.targets.default.api-key", odoo::apiKey);
        registry.add("ledgerline.targets.default.password", () -> "");
        registry.add("ledgerline.targets.default.company-id", () -> "1");
        registry.add("ledgerline.target-defaults.rate-limit-per-second", () -> "1000");
        registry.add("ledgerline.target-defaults.request-timeout", () -> "60s");
        registry.add("ledgerline.firm.entities.us.currency", () -> "USD");
        registry.add("ledgerline.sync.task.delete", () -> "unlink");
        registry.add("ledgerline.dispatch.enabled", () -> "true");
        registry.add("ledgerline.dispatch.poll-interval", () -> "20ms");
        registry.add("ledgerline.dispatch.backoff-initial", () -> "50ms");
        registry.add("ledgerline.dispatch.backoff-max", () -> "500ms");
        registry.add("ledgerline.dispatch.maintenance-interval", () -> "200ms");
        odoo.hubProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    abstract OdooTarget odoo();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient sql;

    @Autowired
    SyncProperties settings;

    private final String run = Envelopes.unique("MD");

    private String id(String name) {
        return run + "-" + name;
    }

    @Test
    void masterDataReachesOdooRecordByRecordAndLaterChangesWriteOnlyWhatChanged() {
        post(
                TestTokens.PEOPLE,
                List.of(
                        crmCustomer("GRP", 1, "Northwind Group", "US-" + run, "US", 30, "ap@northwind.example", null),
                        crmCustomer("SUB", 1, "Northwind UK", null, "GB", 45, null, id("GRP")),
                        employee("ADA", "Ada Lovelace", "Delivery", "82.50", null),
                        employee("BOB", "Bob Byron", "Strategy", "61.00", "2025-12-31"),
                        employee("EVE", "Eve Euro", "Delivery", "70.00", null).replace("\"USD\"", "\"EUR\""),
                        contract("K1"),
                        opportunity("O1")));
        post(
                TestTokens.PSA,
                List.of(
                        psaCustomerStub("STUB", 1, "DE111"),
                        project("P1", "crm:" + id("K1"), "client", "in_delivery"),
                        project("P2", null, "internal", null),
                        task("T1", "P1", null, "40"),
                        task("T2", "P1", "T1", "12.5")));

        awaitDelivered(
                key("crm", "customer", "GRP"),
                key("crm", "customer", "SUB"),
                key("psa", "customer", "STUB"),
                key("hr", "employee", "ADA"),
                key("hr", "employee", "BOB"),
                key("psa", "project", "P1"),
                key("psa", "project", "P2"),
                key("psa", "task", "T1"),
                key("psa", "task", "T2"),
                key("crm", "opportunity", "O1"));

        // customers: a company with country, VAT, terms and its billing contact; a subsidiary under it
        Map<String, Object> group = one("res.partner", "ll:crm:customer:" + id("GRP"), PARTNER);
        assertThat(group)
                .containsEntry("name", "Northwind Group")
                .containsEntry("is_company", true)
                .containsEntry("vat", "US-" + run)
                .containsEntry("parent_id", false);
        assertThat(name(group.get("country_id"))).isEqualTo("United States");
        assertThat(name(group.get("property_payment_term_id"))).isEqualTo("30 Days");
        Map<String, Object> billing = one("res.partner", "ll:crm:customer.billing:" + id("GRP"), PARTNER);
        assertThat(billing)
                .containsEntry("type", "invoice")
                .containsEntry("email", "ap@northwind.example")
                .containsEntry("name", "Accounts Payable")
                .containsEntry("is_company", false);
        assertThat(id(billing.get("parent_id"))).isEqualTo(id(group));
        assertThat(ids(group.get("child_ids"))).contains(id(billing));
        Map<String, Object> subsidiary = one("res.partner", "ll:crm:customer:" + id("SUB"), PARTNER);
        assertThat(id(subsidiary.get("parent_id"))).isEqualTo(id(group));
        assertThat(name(subsidiary.get("country_id"))).isEqualTo("United Kingdom");
        assertThat(name(subsidiary.get("property_payment_term_id"))).isEqualTo("45 Days");
        assertThat(subsidiary).containsEntry("vat", false);
        assertThat(count("res.partner", "ll:crm:customer.billing:" + id("SUB")))
                .as("no billing email, no billing contact")
                .isZero();

        // employees: hourly cost, company, department, role; one who left is archived
        Map<String, Object> ada = one("hr.employee", "ll:hr:employee:" + id("ADA"), EMPLOYEE);
        assertThat(ada)
                .containsEntry("name", "Ada Lovelace")
                .containsEntry("work_email", "ada@firm.example")
                .containsEntry("job_title", "senior")
                .containsEntry("active", true);
        assertThat(decimal(ada.get("hourly_cost"))).isEqualByComparingTo("82.50");
        assertThat(id(ada.get("company_id"))).isEqualTo(1);
        assertThat(name(ada.get("department_id"))).isEqualTo("Delivery");
        Map<String, Object> bob = one("hr.employee", "ll:hr:employee:" + id("BOB"), EMPLOYEE);
        assertThat(bob).containsEntry("active", false).containsEntry("departure_date", "2025-12-31");
        assertThat(name(bob.get("department_id"))).isEqualTo("Strategy");

        // projects: partner, company, billable, the analytic account Odoo made, bound to the project
        Map<String, Object> p1 = one("project.project", "ll:psa:project:" + id("P1"), PROJECT);
        assertThat(p1)
                .containsEntry("name", "Northwind rollout " + id("P1"))
                .containsEntry("allow_billable", true)
                .containsEntry("allow_timesheets", true)
                .containsEntry("allow_milestones", true)
                .containsEntry("date_start", "2026-01-05");
        assertThat(id(p1.get("partner_id"))).isEqualTo(id(group));
        assertThat(id(p1.get("company_id"))).isEqualTo(1);
        assertThat(p1.get("account_id")).as("analytic account made by Odoo").isNotEqualTo(false);
        assertThat(binding("psa", "project", "P1", "account.analytic.account")).isEqualTo(id(p1.get("account_id")));
        assertThat(binding("psa", "project", "P1", "project.project")).isEqualTo(id(p1));
        if (settings.of(dev.ledgerline.core.canonical.RecordType.PROJECT).lifecycleTags()) {
            assertThat(tagNames(p1)).containsExactly("Ledgerline: in_delivery");
        }
        Map<String, Object> p2 = one("project.project", "ll:psa:project:" + id("P2"), PROJECT);
        assertThat(p2).containsEntry("allow_billable", false);

        // tasks under their project and parent, with the planned hours
        Map<String, Object> t1 = one("project.task", "ll:psa:task:" + id("T1"), TASK);
        Map<String, Object> t2 = one("project.task", "ll:psa:task:" + id("T2"), TASK);
        assertThat(id(t1.get("project_id"))).isEqualTo(id(p1));
        assertThat(t1.get("parent_id")).isEqualTo(false);
        assertThat(decimal(t1.get("allocated_hours"))).isEqualByComparingTo("40");
        assertThat(id(t2.get("parent_id"))).isEqualTo(id(t1));
        assertThat(id(t2.get("project_id"))).isEqualTo(id(p1));
        assertThat(decimal(t2.get("allocated_hours"))).isEqualByComparingTo("12.5");

        // the contract's milestones, on its project, not reached yet
        Map<String, Object> m1 = one("project.milestone", "ll:crm:contract.milestone:" + id("K1") + "/M1", MILESTONE);
        Map<String, Object> m2 = one("project.milestone", "ll:crm:contract.milestone:" + id("K1") + "/M2", MILESTONE);
        assertThat(m1)
                .containsEntry("name", "Blueprint signed")
                .containsEntry("deadline", "2026-03-31")
                .containsEntry("is_reached", false);
        assertThat(id(m1.get("project_id"))).isEqualTo(id(p1));
        assertThat(m2).containsEntry("name", "Go-live").containsEntry("deadline", false);

        // the opportunity, on the subsidiary, in its stage
        Map<String, Object> lead = one("crm.lead", "ll:crm:opportunity:" + id("O1"), LEAD);
        assertThat(lead)
                .containsEntry("type", "opportunity")
                .containsEntry("name", "Northwind UK phase 2")
                .containsEntry("date_deadline", "2026-06-30");
        assertThat(id(lead.get("partner_id"))).isEqualTo(id(subsidiary));
        assertThat(name(lead.get("stage_id"))).isEqualTo("Proposition");
        assertThat(decimal(lead.get("expected_revenue"))).isEqualByComparingTo("120000");
        assertThat(decimal(lead.get("probability"))).isEqualByComparingTo("60");
        assertThat(id(lead.get("company_id"))).isEqualTo(1);

        // the client accepts the first milestone
        post(TestTokens.PEOPLE, List.of(envelope("portal", "milestone_acceptance", id("A1"), 1, """
                {"contract":"crm:%s","milestone":"M1","acceptedOn":"2026-03-30","acceptedBy":"cfo@northwind.example"}""".formatted(
                        id("K1")))));
        awaitDelivered(key("portal", "milestone_acceptance", "A1"));
        assertThat(one("project.milestone", "ll:crm:contract.milestone:" + id("K1") + "/M1", MILESTONE))
                .containsEntry("is_reached", true)
                .doesNotContainEntry("reached_date", false);
        assertThat(one("project.milestone", "ll:crm:contract.milestone:" + id("K1") + "/M2", MILESTONE))
                .containsEntry("is_reached", false);

        // second round: Odoo's users add what they own, the sources change some records
        odoo().write("res.partner", id(group), Map.of("phone", "+1 555 0100", "comment", "<p>key account</p>"));
        Object adaWritten = ada.get("write_date");
        Object t2Written = t2.get("write_date");
        sleepPastASecond();
        Api.Answer psaVat =
                new Api(port).postEvents(TestTokens.PSA, Envelopes.batch(psaCustomerStub("STUB", 2, "DE999")));
        assertThat(psaVat.status(0)).isEqualTo("rejected");
        assertThat(psaVat.firstErrorCode(0)).isEqualTo("OWNERSHIP_VIOLATION");
        assertThat(psaVat.firstErrorField(0)).isEqualTo("data.vatNumber");
        post(
                TestTokens.PEOPLE,
                List.of(
                        crmCustomer(
                                "GRP", 2, "Northwind Group plc", "GB-" + run, "US", 30, "ap@northwind.example", null),
                        employee("ADA", "Ada Lovelace", "Delivery", "82.50", null)
                                .replace("\"version\":1", "\"version\":2")));
        post(
                TestTokens.PSA,
                List.of(
                        task("T1", "P1", null, "48").replace("\"version\":1", "\"version\":2"),
                        task("T2", "P1", "T1", "12.5").replace("\"version\":1", "\"version\":2")));
        awaitVersion(
                2,
                key("crm", "customer", "GRP"),
                key("hr", "employee", "ADA"),
                key("psa", "task", "T1"),
                key("psa", "task", "T2"));

        Map<String, Object> renamed = one("res.partner", "ll:crm:customer:" + id("GRP"), PARTNER);
        assertThat(renamed)
                .as("the CRM's changes reach Odoo, what Odoo's users own stays")
                .containsEntry("name", "Northwind Group plc")
                .containsEntry("vat", "GB-" + run)
                .containsEntry("phone", "+1 555 0100")
                .containsEntry("comment", "<p>key account</p>");
        assertThat(one("res.partner", "ll:psa:customer:" + id("STUB"), PARTNER))
                .as("the PSA's refused VAT never reaches Odoo")
                .containsEntry("vat", "DE111");
        assertThat(decimal(one("project.task", "ll:psa:task:" + id("T1"), TASK).get("allocated_hours")))
                .isEqualByComparingTo("48");
        assertThat(one("hr.employee", "ll:hr:employee:" + id("ADA"), EMPLOYEE).get("write_date"))
                .as("an employee sent again unchanged is not written")
                .isEqualTo(adaWritten);
        assertThat(one("project.task", "ll:psa:task:" + id("T2"), TASK).get("write_date"))
                .isEqualTo(t2Written);
        assertThat(lastDelivery("crm", "customer", "GRP")).endsWith("updated");
        assertThat(lastDelivery("hr", "employee", "ADA")).endsWith("unchanged");
        assertThat(lastDelivery("psa", "task", "T2")).endsWith("unchanged");
        assertThat(lastDelivery("psa", "task", "T1")).endsWith("updated");

        // a cost in another currency than the entity's is stopped before Odoo, saying why
        Map<String, Object> eve = awaitException(key("hr", "employee", "EVE"));
        assertThat((String) eve.get("LAST_ERROR_NAME")).endsWith("DeliveryRefusedException");
        assertThat((String) eve.get("LAST_ERROR_MESSAGE")).contains("EUR", "USD");
        assertThat(sql.sql("""
                        SELECT COUNT(*) FROM binding b JOIN ledger_record r ON r.id = b.record_id
                         WHERE r.source = 'hr' AND r.external_id = :e
                        """).param("e", id("EVE")).query(Long.class).single())
                .as("never delivered")
                .isZero();

        // deletions: tasks are configured to be unlinked, the rest archived; a withdrawn acceptance un-reaches
        post(TestTokens.PSA, List.of(envelope("psa", "task", id("T2"), 3, "{\"deleted\":true}")));
        post(
                TestTokens.PEOPLE,
                List.of(
                        envelope("crm", "opportunity", id("O1"), 2, "{\"deleted\":true}"),
                        envelope("portal", "milestone_acceptance", id("A1"), 2, "{\"deleted\":true}")));
        awaitVersion(3, key("psa", "task", "T2"));
        awaitVersion(2, key("crm", "opportunity", "O1"), key("portal", "milestone_acceptance", "A1"));
        assertThat(count("project.task", "ll:psa:task:" + id("T2")))
                .as("unlinked")
                .isZero();
        assertThat(count("project.task", "ll:psa:task:" + id("T1"))).isOne();
        assertThat(odoo().records(
                                "crm.lead",
                                byReference("crm.lead", "ll:crm:opportunity:" + id("O1")),
                                List.of("active")))
                .as("archived")
                .singleElement()
                .satisfies(l -> assertThat(l).containsEntry("active", false));
        assertThat(one("project.milestone", "ll:crm:contract.milestone:" + id("K1") + "/M1", MILESTONE))
                .containsEntry("is_reached", false);
        assertThat(lastDelivery("psa", "task", "T2")).endsWith("unlinked");
        assertThat(lastDelivery("crm", "opportunity", "O1")).endsWith("archived");
    }

    private Map<String, Object> awaitException(Key k) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(state(k).get("STATE")).isEqualTo("EXCEPTION"));
        return sql.sql("""
                        SELECT last_error_name, last_error_message, exception_category FROM ledger_record
                         WHERE source = :s AND record_type = :t AND external_id = :e
                        """)
                .param("s", k.source())
                .param("t", k.type())
                .param("e", k.externalId())
                .query()
                .singleRow();
    }

    // ---- what the sources send

    private String crmCustomer(
            String name,
            long version,
            String title,
            String vat,
            String country,
            Integer terms,
            String email,
            String parent) {
        StringBuilder data = new StringBuilder(
                "{\"name\":\"" + title + "\",\"entity\":\"us\",\"country\":\"" + country
                        + "\",\"currency\":\"USD\",\"address\":{\"street\":\"1 Harbour Way\",\"city\":\"Springfield\",\"zip\":\"01101\"}");
        if (vat != null) {
            data.append(",\"vatNumber\":\"").append(vat).append('"');
        }
        if (terms != null) {
            data.append(",\"paymentTermsDays\":").append(terms);
        }
        if (email != null) {
            data.append(",\"billingEmail\":\"").append(email).append('"');
        }
        if (parent != null) {
            data.append(",\"parent\":\"").append(parent).append('"');
        }
        return envelope("crm", "customer", id(name), version, data.append('}').toString());
    }

    private String psaCustomerStub(String name, long version, String vat) {
        return envelope("psa", "customer", id(name), version, """
                {"name":"Stub %s","entity":"us","vatNumber":"%s"}""".formatted(id(name), vat));
    }

    private String employee(String name, String fullName, String department, String cost, String endDate) {
        return envelope("hr", "employee", id(name), 1, """
                {"name":"%s","entity":"us","email":"%s@firm.example","role":"senior","department":"%s",
                 "standardHourlyCost":"%s","currency":"USD","startDate":"2024-01-08"%s}""".formatted(
                        fullName,
                        fullName.split(" ")[0].toLowerCase(java.util.Locale.ROOT),
                        department,
                        cost,
                        endDate == null ? "" : ",\"endDate\":\"" + endDate + "\""));
    }

    private String contract(String name) {
        return envelope("crm", "contract", id(name), 1, """
                {"customer":"%s","entity":"us","currency":"USD","billingModel":"fixed_fee","fixedFee":"50000.00",
                 "estimatedCost":"30000.00","startDate":"2026-01-01","endDate":"2026-12-31",
                 "milestones":[{"id":"M1","name":"Blueprint signed","amount":"20000.00","dueDate":"2026-03-31"},
                               {"id":"M2","name":"Go-live","amount":"30000.00"}]}""".formatted(id("GRP")));
    }

    private String project(String name, String contract, String kind, String status) {
        return envelope("psa", "project", id(name), 1, """
                {"name":"Northwind rollout %s","customer":"crm:%s","entity":"us","kind":"%s"%s%s,
                 "startDate":"2026-01-05","endDate":"2026-12-18"}""".formatted(
                        id(name),
                        id("GRP"),
                        kind,
                        contract == null ? "" : ",\"contract\":\"" + contract + "\"",
                        status == null ? "" : ",\"status\":\"" + status + "\""));
    }

    private String task(String name, String project, String parent, String plannedHours) {
        return envelope("psa", "task", id(name), 1, """
                {"project":"%s","name":"Task %s","plannedHours":"%s"%s}""".formatted(
                        id(project), name, plannedHours, parent == null ? "" : ",\"parent\":\"" + id(parent) + "\""));
    }

    private String opportunity(String name) {
        return envelope("crm", "opportunity", id(name), 1, """
                {"customer":"%s","name":"Northwind UK phase 2","stage":"Proposition","expectedRevenue":"120000.00",
                 "probability":"60","expectedCloseDate":"2026-06-30","currency":"USD"}""".formatted(id("SUB")));
    }

    // ---- the hub

    private void post(String token, List<String> envelopes) {
        Api.Answer answer = new Api(port).postEvents(token, Envelopes.batch(envelopes));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        for (int i = 0; i < envelopes.size(); i++) {
            assertThat(answer.status(i)).as(answer.body()).isEqualTo("accepted");
        }
    }

    private record Key(String source, String type, String externalId) {}

    private Key key(String source, String type, String name) {
        return new Key(source, type, id(name));
    }

    private Map<String, Object> state(Key k) {
        List<Map<String, Object>> rows = sql.sql("""
                        SELECT state, version, last_error_message FROM ledger_record
                         WHERE source = :s AND record_type = :t AND external_id = :e
                        """)
                .param("s", k.source())
                .param("t", k.type())
                .param("e", k.externalId())
                .query()
                .listOfRows();
        return rows.isEmpty() ? Map.of("STATE", "MISSING") : rows.getFirst();
    }

    private void awaitDelivered(Key... keys) {
        awaitVersion(1, keys);
    }

    private void awaitVersion(long version, Key... keys) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    Map<Key, Map<String, Object>> states = new LinkedHashMap<>();
                    for (Key k : keys) {
                        states.put(k, state(k));
                    }
                    assertThat(states.values()).as("ledger states " + states).allSatisfy(s -> {
                        assertThat(s.get("STATE")).isEqualTo("DELIVERED");
                        assertThat(((Number) s.get("VERSION")).longValue()).isGreaterThanOrEqualTo(version);
                    });
                });
    }

    private long binding(String source, String type, String name, String model) {
        return sql.sql("""
                        SELECT b.odoo_id FROM binding b JOIN ledger_record r ON r.id = b.record_id
                         WHERE r.source = :s AND r.record_type = :t AND r.external_id = :e AND b.odoo_model = :m
                        """)
                .param("s", source)
                .param("t", type)
                .param("e", id(name))
                .param("m", model)
                .query(Long.class)
                .single();
    }

    /** The reason of the record's last delivery ("… updated", "… unchanged"). */
    private String lastDelivery(String source, String type, String name) {
        return sql.sql("""
                        SELECT t.reason FROM ledger_transition t JOIN ledger_record r ON r.id = t.record_id
                         WHERE r.source = :s AND r.record_type = :t AND r.external_id = :e AND t.event = 'DELIVER'
                         ORDER BY t.id DESC
                        """)
                .param("s", source)
                .param("t", type)
                .param("e", id(name))
                .query(String.class)
                .list()
                .getFirst();
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

    private static final List<String> PARTNER = List.of(
            "name",
            "is_company",
            "vat",
            "parent_id",
            "country_id",
            "property_payment_term_id",
            "type",
            "email",
            "child_ids",
            "phone",
            "comment",
            "active");
    private static final List<String> EMPLOYEE = List.of(
            "name",
            "work_email",
            "job_title",
            "hourly_cost",
            "company_id",
            "department_id",
            "active",
            "departure_date",
            "write_date");
    private static final List<String> PROJECT = List.of(
            "name",
            "partner_id",
            "company_id",
            "allow_billable",
            "allow_timesheets",
            "allow_milestones",
            "date_start",
            "account_id",
            "tag_ids");
    private static final List<String> TASK =
            List.of("name", "project_id", "parent_id", "allocated_hours", "write_date");
    private static final List<String> MILESTONE =
            List.of("name", "project_id", "deadline", "is_reached", "reached_date");
    private static final List<String> LEAD = List.of(
            "type", "name", "partner_id", "stage_id", "expected_revenue", "probability", "date_deadline", "company_id");

    /** The one record carrying a reference, wherever the target keeps it (its field or an external id). */
    private Map<String, Object> one(String model, String reference, List<String> fields) {
        List<Map<String, Object>> found = odoo().records(model, byReference(model, reference), fields);
        assertThat(found).as(model + " with reference " + reference).hasSize(1);
        return found.getFirst();
    }

    private int count(String model, String reference) {
        return odoo().count(model, byReference(model, reference));
    }

    private List<?> byReference(String model, String reference) {
        List<Map<String, Object>> xmlids = odoo().records(
                        "ir.model.data",
                        List.of(
                                List.of("module", "=", "ledgerline"),
                                List.of("model", "=", model),
                                List.of("name", "=", reference)),
                        List.of("res_id"));
        if (!xmlids.isEmpty()) {
            return List.of(List.of("id", "=", id(xmlids.getFirst().get("res_id"))));
        }
        return List.of(List.of(model.equals("res.partner") ? "ref" : "x_ledgerline_ref", "=", reference));
    }

    private List<String> tagNames(Map<String, Object> project) {
        List<Long> tags = ids(project.get("tag_ids"));
        if (tags.isEmpty()) {
            return List.of();
        }
        return odoo().records("project.tags", List.of(List.of("id", "in", tags)), List.of("name")).stream()
                .map(t -> (String) t.get("name"))
                .toList();
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

    private static String name(Object many2one) {
        assertThat(many2one).as("a many2one value").isInstanceOf(List.class);
        return (String) ((List<?>) many2one).get(1);
    }

    private static List<Long> ids(Object x2many) {
        List<Long> ids = new ArrayList<>();
        if (x2many instanceof List<?> list) {
            list.forEach(v -> ids.add(((Number) v).longValue()));
        }
        return ids;
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(value.toString());
    }
}
