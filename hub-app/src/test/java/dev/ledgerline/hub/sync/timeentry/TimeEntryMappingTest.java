package dev.ledgerline.hub.sync.timeentry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.core.billing.ProposalStatus;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Employee;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.Task;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.ledger.ExceptionCategory;
import dev.ledgerline.hub.billing.HeldWork;
import dev.ledgerline.hub.sync.validation.DeliveryChecks;
import dev.ledgerline.hub.sync.validation.DeliveryRefusedException;
import dev.ledgerline.hub.testing.Canonical;
import dev.ledgerline.hub.testing.KnownOdoo;
import dev.ledgerline.odoo.client.OdooRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class TimeEntryMappingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final RecordKey PROJECT = RecordKey.of("psa", RecordType.PROJECT, "P-1");
    private static final RecordKey OTHER_PROJECT = RecordKey.of("psa", RecordType.PROJECT, "P-2");
    private static final RecordKey TASK = RecordKey.of("psa", RecordType.TASK, "T-1");
    private static final RecordKey FOREIGN_TASK = RecordKey.of("psa", RecordType.TASK, "T-9");
    private static final RecordKey EMPLOYEE = RecordKey.of("hr", RecordType.EMPLOYEE, "E-1");
    private static final RecordKey CONTRACT = RecordKey.of("crm", RecordType.CONTRACT, "K-1");
    private static final RecordKey ENTRY_1 = RecordKey.of("psa", RecordType.TIME_ENTRY, "TE-1");
    private static final RecordKey ENTRY_2 = RecordKey.of("psa", RecordType.TIME_ENTRY, "TE-2");
    private static final RecordKey ENTRY_3 = RecordKey.of("psa", RecordType.TIME_ENTRY, "TE-3");

    /** What billing was asked, and the proposals it answers with. */
    private final List<RecordKey> askedBilling = new ArrayList<>();

    private final Map<RecordKey, HeldWork.Holder> proposals = new LinkedHashMap<>();

    private final HeldWork billing = records -> {
        askedBilling.addAll(records);
        Map<RecordKey, HeldWork.Holder> held = new LinkedHashMap<>();
        records.stream().filter(proposals::containsKey).forEach(k -> held.put(k, proposals.get(k)));
        return held;
    };

    private final TimeEntryMapping mapping = new TimeEntryMapping(DeliveryChecks.unconfigured(), billing);

    private final KnownOdoo odoo = new KnownOdoo()
            .company(1)
            .parent(PROJECT, 41)
            .parent(TASK, 301)
            .parent(FOREIGN_TASK, 309)
            .parent(EMPLOYEE, 7)
            .ledger(PROJECT, project("P-1", "K-1"))
            .ledger(TASK, task("P-1"))
            .ledger(FOREIGN_TASK, task("P-2"))
            .ledger(EMPLOYEE, employee("2024-01-08", null))
            .ledger(CONTRACT, contract(""));

    private static TimeEntry entry(String json) {
        return Canonical.read("psa", "time_entry", json, TimeEntry.class);
    }

    private static TimeEntry approved(String date, String hours, String more) {
        return entry("""
                {"employee":"hr:E-1","project":"P-1","date":"%s","hours":%s,"status":"approved","approvedBy":"mgr",
                 "approvedAt":"2026-03-03T09:00:00Z"%s}""".formatted(date, hours, more));
    }

    private static Project project(String id, String contract) {
        return Canonical.read("psa", "project", """
                {"name":"Rollout %s","customer":"crm:C-1","entity":"us","contract":"crm:%s"}""".formatted(id, contract), Project.class);
    }

    private static Task task(String project) {
        return Canonical.read("psa", "task", """
                {"project":"%s","name":"Blueprint"}""".formatted(project), Task.class);
    }

    private static Employee employee(String start, String end) {
        return Canonical.read(
                "hr",
                "employee",
                """
                {"name":"Ada Lovelace","entity":"us","role":"senior","standardHourlyCost":"82.50","currency":"USD",
                 "startDate":"%s"%s}""".formatted(start, end == null ? "" : ",\"endDate\":\"" + end + "\""),
                Employee.class);
    }

    /** A time-and-materials contract for the first half of 2026; {@code amendments} a JSON list or empty. */
    private static Contract contract(String amendments) {
        return Canonical.read(
                "crm",
                "contract",
                """
                {"customer":"crm:C-1","entity":"us","currency":"USD","billingModel":"time_and_materials",
                 "startDate":"2026-01-01","endDate":"2026-06-30","rateCard":{"senior":200}%s}""".formatted(amendments.isEmpty() ? "" : ",\"amendments\":" + amendments),
                Contract.class);
    }

    private static OdooRecord line(long id, Object invoice) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("unit_amount", 7.5);
        json.put("timesheet_invoice_id", invoice);
        return OdooRecord.of(JSON.valueToTree(json));
    }

    @Test
    void approvedEntryBecomesATimesheetLineOnTheBoundProjectTaskAndEmployee() {
        Map<String, Object> values = mapping.values(
                approved("2026-03-02", "7.5", ",\"task\":\"T-1\",\"description\":\"Workshop prep\""), odoo);

        assertThat(values)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "project_id", 41L,
                        "task_id", 301L,
                        "employee_id", 7L,
                        "date", LocalDate.of(2026, 3, 2),
                        "unit_amount", new BigDecimal("7.5"),
                        "name", "Workshop prep",
                        "company_id", 1L));
        assertThat(mapping.fields()).containsAll(values.keySet());
        assertThat(mapping.model()).isEqualTo("account.analytic.line");
        assertThat(mapping.reference().field()).isEqualTo("x_ledgerline_ref");
        assertThat(mapping.type()).isEqualTo(RecordType.TIME_ENTRY);
    }

    @Test
    void entryWithoutTaskOrDescriptionHasNoTaskAndOdoosPlaceholderName() {
        Map<String, Object> values = mapping.values(approved("2026-03-02", "1.25", ""), odoo);

        assertThat(values)
                .containsEntry("task_id", false)
                .containsEntry("name", "/")
                .containsEntry("unit_amount", new BigDecimal("1.25"));
    }

    @Test
    void draftSubmittedAndRejectedEntriesAreKeptBackWithTheirCodeAndApprovedOnesAreNot() {
        String base = """
                {"employee":"hr:E-1","project":"P-1","date":"2026-03-02","hours":2,"status":"%s"}""";

        assertThat(mapping.keptBack(entry(base.formatted("draft"))))
                .hasValueSatisfying(
                        reason -> assertThat(reason).startsWith("NOT_APPROVED:").contains("draft"));
        assertThat(mapping.keptBack(entry(base.formatted("submitted"))))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("NOT_APPROVED:"));
        assertThat(mapping.keptBack(entry(base.formatted("rejected"))))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("REJECTED:"));
        assertThat(mapping.keptBack(approved("2026-03-02", "2", ""))).isEmpty();
        assertThat(mapping.archivable())
                .as("timesheet lines have no archive: they are removed")
                .isFalse();
    }

    @Test
    void anEntryNotApprovedIsRefusedIfItEverReachesTheMapping() {
        TimeEntry submitted = entry("""
                {"employee":"hr:E-1","project":"P-1","date":"2026-03-02","hours":2,"status":"submitted"}""");

        assertThatThrownBy(() -> mapping.values(submitted, odoo))
                .isInstanceOfSatisfying(DeliveryRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("NOT_APPROVED");
                    assertThat(e.category()).isEqualTo(ExceptionCategory.DATA);
                })
                .hasMessageContaining("submitted");
    }

    @Test
    void approvedEntryOutsideContractPeriodIsRejected() {
        assertThatThrownBy(() -> mapping.values(approved("2026-07-01", "3", ""), odoo))
                .isInstanceOfSatisfying(DeliveryRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("OUTSIDE_CONTRACT_PERIOD");
                    assertThat(e.category()).isEqualTo(ExceptionCategory.POLICY);
                })
                .hasMessageContaining("2026-07-01")
                .hasMessageContaining("2026-06-30");
        assertThat(mapping.values(approved("2026-06-30", "3", ""), odoo))
                .as("the last day of the period is inside it")
                .containsEntry("date", LocalDate.of(2026, 6, 30));
    }

    @Test
    void aSignedAmendmentExtendingTheContractCoversTheEntryAndAnUnsignedOneDoesNot() {
        String extension = """
                [{"id":"A1","effectiveDate":"2026-09-01","changes":{"endDate":"2026-12-31"},"signed":%s}]""";
        KnownOdoo unsigned = odoo.ledger(CONTRACT, contract(extension.formatted("false")));

        assertThatThrownBy(() -> mapping.values(approved("2026-07-15", "3", ""), unsigned))
                .isInstanceOfSatisfying(
                        DeliveryRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("OUTSIDE_CONTRACT_PERIOD"));

        KnownOdoo signed = odoo.ledger(CONTRACT, contract(extension.formatted("true")));
        assertThat(mapping.values(approved("2026-07-15", "3", ""), signed))
                .as("a signed extension covers work already done in the gap, whatever its effective date")
                .containsEntry("unit_amount", new BigDecimal("3"));
    }

    @Test
    void withoutTheContractInTheHubThePeriodIsNotChecked() {
        KnownOdoo noContract = new KnownOdoo()
                .parent(PROJECT, 41)
                .parent(EMPLOYEE, 7)
                .ledger(PROJECT, project("P-1", "K-1"))
                .ledger(EMPLOYEE, employee("2024-01-08", null));

        assertThat(mapping.values(approved("2027-01-04", "3", ""), noContract))
                .containsEntry("project_id", 41L)
                .doesNotContainKey("company_id");
    }

    @Test
    void entryDatedWhenTheEmployeeIsNotEmployedIsRefused() {
        KnownOdoo left = odoo.ledger(EMPLOYEE, employee("2024-01-08", "2026-02-27"));

        assertThatThrownBy(() -> mapping.values(approved("2026-03-02", "4", ""), left))
                .isInstanceOfSatisfying(DeliveryRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("EMPLOYEE_INACTIVE");
                    assertThat(e.category()).isEqualTo(ExceptionCategory.DATA);
                })
                .hasMessageContaining("until 2026-02-27");
        assertThat(mapping.values(approved("2026-02-27", "4", ""), left))
                .as("the last day of employment counts")
                .containsEntry("employee_id", 7L);
    }

    @Test
    void taskOfAnotherProjectIsRefused() {
        assertThatThrownBy(() -> mapping.values(approved("2026-03-02", "2", ",\"task\":\"T-9\""), odoo))
                .isInstanceOfSatisfying(
                        DeliveryRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("TASK_NOT_ON_PROJECT"))
                .hasMessageContaining(OTHER_PROJECT.toString());
    }

    @Test
    void projectTheLedgerNoLongerHoldsIsRefused() {
        KnownOdoo withoutProject =
                new KnownOdoo().parent(PROJECT, 41).parent(EMPLOYEE, 7).ledger(EMPLOYEE, employee("2024-01-08", null));

        assertThatThrownBy(() -> mapping.values(approved("2026-03-02", "2", ""), withoutProject))
                .isInstanceOfSatisfying(
                        DeliveryRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("UNKNOWN_REFERENCE"))
                .hasMessageContaining(PROJECT.toString());
    }

    @Test
    void lineInvoicedInOdooIsFrozenWithoutAskingBilling() {
        Map<RecordKey, OdooRecord> held = Map.of(ENTRY_1, line(501, List.of(88, "INV/2026/00007")));

        Map<RecordKey, String> frozen = mapping.frozen(held);

        assertThat(frozen).containsOnlyKeys(ENTRY_1);
        assertThat(frozen.get(ENTRY_1))
                .startsWith("INVOICED_ENTRY_CHANGED: ")
                .contains("account.analytic.line 501", "INV/2026/00007");
        assertThat(askedBilling).isEmpty();
    }

    @Test
    void entryOnAnApprovedOrPostedProposalIsFrozenAndOthersAreNot() {
        proposals.put(ENTRY_2, new HeldWork.Holder("pr-1", ProposalStatus.APPROVED, null));
        proposals.put(ENTRY_3, new HeldWork.Holder("pr-0", ProposalStatus.POSTED, "INV/2026/00003"));
        Map<RecordKey, OdooRecord> held = new LinkedHashMap<>();
        held.put(ENTRY_1, line(501, false));
        held.put(ENTRY_2, line(502, false));
        held.put(ENTRY_3, line(503, false));

        Map<RecordKey, String> frozen = mapping.frozen(held);

        assertThat(askedBilling).as("one question for the round").containsExactly(ENTRY_1, ENTRY_2, ENTRY_3);
        assertThat(frozen).containsOnlyKeys(ENTRY_2, ENTRY_3);
        assertThat(frozen.get(ENTRY_2))
                .startsWith("INVOICED_ENTRY_CHANGED: ")
                .contains("proposal pr-1 (approved)", "account.analytic.line 502");
        assertThat(frozen.get(ENTRY_3)).contains("invoice INV/2026/00003 (posted)");
    }
}
