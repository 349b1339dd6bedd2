package dev.ledgerline.core.intercompany;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.Employee;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.intercompany.TransferRate.Basis;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.metrics.RecordHistory;
import dev.ledgerline.core.testdata.TimeEntries;
import dev.ledgerline.core.testdata.Versions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked example: Ada (entity us, consultant, standard cost 60.00 USD/h) and Bo (entity us, senior, no
 * standard cost) work on Atlas, a project of entity eu; Cy (entity eu) works on Atlas too.
 */
class IntercompanyChargesTest {

    private static final LocalDate MARCH_1 = LocalDate.parse("2026-03-01");
    private static final LocalDate MARCH_31 = LocalDate.parse("2026-03-31");

    private static Employee employee(String name, String entity, String role, String cost) {
        return new Employee(
                name,
                entity,
                null,
                role,
                "consulting",
                null,
                null,
                cost == null ? null : new BigDecimal(cost),
                cost == null ? null : "USD",
                null,
                null,
                null,
                null);
    }

    private static Project project(String name, String entity) {
        return new Project(
                name,
                new Ref("crm", "C1"),
                entity,
                Project.Kind.CLIENT,
                new Ref("crm", "K-" + name),
                null,
                null,
                "consulting",
                null,
                null,
                null,
                null,
                true);
    }

    private static HeldRecords firm() {
        List<RecordVersion<? extends CanonicalRecord>> versions = new ArrayList<>();
        versions.add(Versions.held("psa", "ADA", employee("Ada", "us", "consultant", "60.00")));
        versions.add(Versions.held("psa", "BO", employee("Bo", "us", "senior", null)));
        versions.add(Versions.held("psa", "CY", employee("Cy", "eu", "consultant", "55.00")));
        versions.add(Versions.held("psa", "ATLAS", project("Atlas", "eu")));
        versions.add(Versions.held("psa", "HOME", project("Home", "us")));
        return RecordHistory.of(versions).asOf(Instant.MAX);
    }

    private static RecordVersion<TimeEntry> entry(
            String id, String employee, String project, String date, String hours) {
        return TimeEntries.approved(id)
                .employee(employee)
                .project(project)
                .on(date)
                .hours(hours)
                .held();
    }

    @Test
    void hoursOfAnotherEntitysPeopleAreChargedAtCostPlusMarkup() {
        List<TransferRate> rates =
                List.of(new TransferRate("us", "eu", null, Basis.COST_PLUS, new BigDecimal("0.15"), null, MARCH_1));
        List<RecordVersion<TimeEntry>> entries = List.of(
                entry("T1", "ADA", "ATLAS", "2026-03-02", "7.5"),
                entry("T2", "ADA", "ATLAS", "2026-03-03", "2.25"),
                entry("T3", "ADA", "HOME", "2026-03-03", "5"), // same entity: not charged
                entry("T4", "CY", "ATLAS", "2026-03-03", "8"), // same entity: not charged
                entry("T5", "ADA", "ATLAS", "2026-04-01", "3")); // outside the period

        IntercompanyCharges.Result result = IntercompanyCharges.of(MARCH_1, MARCH_31, entries, firm(), rates);

        // 60.00 × 1.15 = 69.00 per hour; (7.5 + 2.25) × 69.00 = 672.75
        assertThat(result.problems()).isEmpty();
        assertThat(result.charges()).hasSize(1);
        IntercompanyCharge charge = result.charges().getFirst();
        assertThat(charge.from()).isEqualTo("us");
        assertThat(charge.to()).isEqualTo("eu");
        assertThat(charge.currency()).isEqualTo("USD");
        assertThat(charge.total()).isEqualByComparingTo("672.75");
        IntercompanyLine line = charge.lines().getFirst();
        assertThat(line.hours()).isEqualByComparingTo("9.75");
        assertThat(line.unitPrice()).isEqualByComparingTo("69.00");
        assertThat(line.entries()).extracting(k -> k.externalId()).containsExactly("T1", "T2");
    }

    @Test
    void aRoleRateWinsOverTheRateForEveryRoleAndTheLatestValidRateApplies() {
        List<TransferRate> rates = List.of(
                new TransferRate("us", "eu", null, Basis.HOURLY_RATE, new BigDecimal("80"), "USD", MARCH_1),
                new TransferRate("us", "eu", "senior", Basis.HOURLY_RATE, new BigDecimal("120"), "USD", MARCH_1),
                new TransferRate(
                        "us",
                        "eu",
                        "senior",
                        Basis.HOURLY_RATE,
                        new BigDecimal("125.555"),
                        "USD",
                        LocalDate.parse("2026-03-16")));
        List<RecordVersion<TimeEntry>> entries = List.of(
                entry("B1", "BO", "ATLAS", "2026-03-10", "4"),
                entry("B2", "BO", "ATLAS", "2026-03-20", "1.5"),
                entry("A1", "ADA", "ATLAS", "2026-03-20", "0.333"));

        IntercompanyCharges.Result result = IntercompanyCharges.of(MARCH_1, MARCH_31, entries, firm(), rates);

        IntercompanyCharge charge = result.charges().getFirst();
        // Ada: 0.333 × 80.00 = 26.64; Bo before the 16th: 4 × 120.00 = 480.00; after: 1.5 × 125.56 = 188.34
        assertThat(charge.lines())
                .extracting(IntercompanyLine::amount)
                .map(BigDecimal::toPlainString)
                .containsExactlyInAnyOrder("26.64", "480.00", "188.34");
        assertThat(charge.total()).isEqualByComparingTo("694.98");
    }

    @Test
    void crossEntityWorkWithoutARateOrCostIsListedAsAProblemNotGuessed() {
        List<TransferRate> costPlus =
                List.of(new TransferRate("us", "eu", null, Basis.COST_PLUS, new BigDecimal("0.10"), null, MARCH_1));
        List<RecordVersion<TimeEntry>> entries =
                List.of(entry("B1", "BO", "ATLAS", "2026-03-10", "4"), entry("C1", "CY", "HOME", "2026-03-10", "2"));

        IntercompanyCharges.Result result = IntercompanyCharges.of(MARCH_1, MARCH_31, entries, firm(), costPlus);

        assertThat(result.charges()).isEmpty();
        assertThat(result.problems())
                .extracting(p -> p.entry().externalId() + " " + p.code())
                .containsExactly("B1 NO_STANDARD_COST", "C1 NO_TRANSFER_RATE");
    }

    @Test
    void onlyApprovedEntriesAreCharged() {
        List<TransferRate> rates =
                List.of(new TransferRate("us", "eu", null, Basis.HOURLY_RATE, new BigDecimal("80"), "USD", MARCH_1));
        List<RecordVersion<TimeEntry>> entries = List.of(
                TimeEntries.entry("D1", TimeEntry.Status.SUBMITTED)
                        .employee("ADA")
                        .project("ATLAS")
                        .on("2026-03-05")
                        .held(),
                entry("A1", "ADA", "ATLAS", "2026-03-05", "2"));

        IntercompanyCharges.Result result = IntercompanyCharges.of(MARCH_1, MARCH_31, entries, firm(), rates);

        assertThat(result.charges().getFirst().total()).isEqualByComparingTo("160.00");
    }
}
