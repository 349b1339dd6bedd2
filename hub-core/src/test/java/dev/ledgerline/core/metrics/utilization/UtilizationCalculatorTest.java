package dev.ledgerline.core.metrics.utilization;

import static dev.ledgerline.core.metrics.SampleFirm.LATER;
import static dev.ledgerline.core.metrics.SampleFirm.day;
import static dev.ledgerline.core.metrics.SampleFirm.ref;
import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.ContractTerms;
import dev.ledgerline.core.canonical.Leave;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.Flag;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.SampleFirm;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UtilizationCalculatorTest {

    private final SampleFirm firm = new SampleFirm().entity("us", "USD");
    private final ReportQuery february = ReportQuery.of(day("2026-02-01"), day("2026-02-28"), LATER);

    UtilizationCalculatorTest() {
        Ref emp1 = firm.employee("EMP-1", "us", "consultant", "Data", "50", "40", "2025-01-01");
        Ref emp2 = firm.employee("EMP-2", "us", "consultant", "Data", "50", "20", "2025-01-01");
        firm.leave("L-1", emp1, "2026-02-10", "8", Leave.Status.APPROVED);
        Ref k1 = firm.contract(
                "K-1",
                "us",
                "USD",
                BillingModel.TIME_AND_MATERIALS,
                terms().rate("consultant", "150").build());
        Ref k3 = firm.contract("K-3", "us", "USD", BillingModel.TIME_AND_MATERIALS, ContractTerms.NONE);
        Ref p1 = firm.clientProject("P-1", "C-1", k1, "us", "Data");
        Ref p3 = firm.clientProject("P-3", "C-3", k3, "us", "Data");
        Ref p2 = firm.internalProject("P-2", "us", "Data");
        firm.add(
                "psa",
                "P-4",
                new Project(
                        "P-4",
                        ref("crm", "C-1"),
                        "us",
                        Project.Kind.CLIENT,
                        k1,
                        Project.Status.CLOSED,
                        null,
                        "Data",
                        null,
                        null,
                        null,
                        null,
                        true));
        Ref p4 = ref("psa", "P-4");
        firm.entry("TE-1", emp1, p1, "2026-02-02", "7.5");
        firm.add(
                "psa",
                "TE-2",
                new TimeEntry(
                        emp1,
                        p1,
                        day("2026-02-03"),
                        SampleFirm.d("6"),
                        null,
                        null,
                        TimeEntry.Status.APPROVED,
                        false,
                        "m",
                        Instant.parse("2026-02-03T18:00:00Z"),
                        null));
        firm.entry("TE-3", emp1, p1, "2026-02-04", "4", TimeEntry.Status.DRAFT, null);
        firm.entry("TE-4", emp1, p1, "2026-02-05", "3", TimeEntry.Status.REJECTED, null);
        firm.entry("TE-5", emp1, p3, "2026-02-06", "2");
        firm.entry("TE-6", emp1, p2, "2026-02-09", "10");
        firm.entry("TE-7", emp1, p1, "2026-03-02", "8");
        firm.entry("TE-8", emp1, p4, "2026-02-11", "1.5");
        firm.entry("TE-9", emp2, p1, "2026-02-12", "15");
        firm.entry("TE-10", emp2, p1, "2026-02-13", "15");
    }

    /** docs/metrics.md, example UTIL-1, billable utilization. */
    @Test
    void util1BillableHoursIncludeEntriesWaitingForARateOverCapacityLessLeave() {
        var calculator = new UtilizationCalculator(firm.held(), firm.settings());

        MetricReport byEmployee = calculator.billable(february.withGroupBy(List.of(Dimension.EMPLOYEE)));
        MetricRow total = calculator.billable(february).total();

        MetricRow emp1 = byEmployee.row("hr:EMP-1").orElseThrow();
        assertThat(emp1.numerator()).isEqualByComparingTo("9.5");
        assertThat(emp1.denominator()).isEqualByComparingTo("152");
        assertThat(emp1.value()).isEqualByComparingTo("0.0625");
        assertThat(emp1.flags()).containsExactly(Flag.NO_RATE);
        assertThat(byEmployee.row("hr:EMP-2").orElseThrow().value()).isEqualByComparingTo("0.3750");
        assertThat(total.value()).isEqualByComparingTo("0.1703");
    }

    /** docs/metrics.md, example UTIL-1, productive utilization. */
    @Test
    void util1ProductiveHoursAddNonBillableClientTimeButNotInternal() {
        var calculator = new UtilizationCalculator(firm.held(), firm.settings());

        MetricReport byEmployee = calculator.productive(february.withGroupBy(List.of(Dimension.EMPLOYEE)));
        MetricRow total = calculator.productive(february).total();

        assertThat(byEmployee.row("hr:EMP-1").orElseThrow().numerator()).isEqualByComparingTo("17");
        assertThat(byEmployee.row("hr:EMP-1").orElseThrow().value()).isEqualByComparingTo("0.1118");
        assertThat(total.value()).isEqualByComparingTo("0.2026");
    }

    @Test
    void utilizationWithoutCapacityIsNull() {
        var calculator = new UtilizationCalculator(firm.held(), firm.settings());

        MetricRow weekend = calculator
                .billable(ReportQuery.of(day("2026-02-07"), day("2026-02-08"), LATER))
                .total();

        assertThat(weekend.value()).isNull();
        assertThat(weekend.denominator()).isEqualByComparingTo("0");
    }
}
