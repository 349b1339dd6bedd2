package dev.ledgerline.core.capacity;

import static dev.ledgerline.core.metrics.SampleFirm.LATER;
import static dev.ledgerline.core.metrics.SampleFirm.d;
import static dev.ledgerline.core.metrics.SampleFirm.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.core.canonical.Leave;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.SampleFirm;
import dev.ledgerline.core.metrics.UnsupportedGroupingException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CapacityCalculatorTest {

    /** docs/metrics.md, example CAP-1. */
    @Test
    void cap1HolidayLeaveCapAndEndDate() {
        SampleFirm firm = new SampleFirm()
                .entity(new EntitySettings(
                        "us", "USD", null, null, Set.of(day("2026-01-01")), true, null, null, null, null));
        Ref emp1 = firm.employee("EMP-1", "us", "consultant", "Data", "50", "40", "2025-01-01");
        Ref emp2 = firm.employee("EMP-2", "us", "consultant", "Data", "50", "30", "2025-01-01", null, "2026-01-16");
        firm.leave("L-1", emp1, "2026-01-12", "8", Leave.Status.APPROVED);
        firm.leave("L-2", emp1, "2026-01-13", "10", Leave.Status.APPROVED);
        firm.leave("L-3", emp1, "2026-01-14", "4", Leave.Status.SUBMITTED);
        firm.leave("L-4", emp1, "2026-01-10", "8", Leave.Status.APPROVED);
        firm.leave("L-5", emp2, "2026-01-16", "3", Leave.Status.APPROVED);
        var calculator = new CapacityCalculator(firm.held(), firm.settings());

        MetricReport byEmployee =
                calculator.report(ReportQuery.of(day("2026-01-01"), day("2026-01-31"), LATER, Dimension.EMPLOYEE));
        MetricReport total = calculator.report(ReportQuery.of(day("2026-01-01"), day("2026-01-31"), LATER));

        assertThat(byEmployee.row("hr:EMP-1").orElseThrow().value()).isEqualByComparingTo("152");
        assertThat(byEmployee.row("hr:EMP-1").orElseThrow().field("workingDayHours"))
                .isEqualByComparingTo("168");
        assertThat(byEmployee.row("hr:EMP-1").orElseThrow().field("leaveHours")).isEqualByComparingTo("16");
        assertThat(byEmployee.row("hr:EMP-2").orElseThrow().value()).isEqualByComparingTo("63");
        assertThat(total.total().value()).isEqualByComparingTo("215");
        assertThat(total.total().currency()).isNull();
    }

    /** docs/metrics.md, example CAP-2. */
    @Test
    void cap2VersionChangeSplitsWeeksAndRolesAndEntityCalendarApplies() {
        SampleFirm firm = new SampleFirm()
                .entity("us", "USD")
                .entity(new EntitySettings(
                        "ae",
                        "AED",
                        null,
                        EnumSet.of(
                                DayOfWeek.SUNDAY,
                                DayOfWeek.MONDAY,
                                DayOfWeek.TUESDAY,
                                DayOfWeek.WEDNESDAY,
                                DayOfWeek.THURSDAY),
                        null,
                        false,
                        null,
                        null,
                        null,
                        null));
        firm.employee("EMP-3", "us", "consultant", "Data", "50", "40", "2025-01-01");
        firm.employee("EMP-3", "us", "senior", "Data", "60", "20", "2026-01-19");
        firm.employee("EMP-4", "ae", "consultant", "Cloud", "50", "40", "2025-01-01");
        var calculator = new CapacityCalculator(firm.held(), firm.settings());

        MetricReport byRole = calculator.report(
                ReportQuery.of(day("2026-01-12"), day("2026-01-25"), LATER, Dimension.ENTITY, Dimension.ROLE));
        MetricReport byWeek =
                calculator.report(ReportQuery.of(day("2026-01-12"), day("2026-01-25"), LATER, Dimension.WEEK)
                        .withEntity("us"));
        MetricReport ae = calculator.report(
                ReportQuery.of(day("2026-01-01"), day("2026-01-10"), LATER).withEntity("ae"));

        assertThat(byRole.row("us", "consultant").orElseThrow().value()).isEqualByComparingTo("40");
        assertThat(byRole.row("us", "senior").orElseThrow().value()).isEqualByComparingTo("20");
        assertThat(byRole.row("ae", "consultant").orElseThrow().value()).isEqualByComparingTo("80");
        assertThat(byWeek.row("2026-W03").orElseThrow().value()).isEqualByComparingTo("40");
        assertThat(byWeek.row("2026-W04").orElseThrow().value()).isEqualByComparingTo("20");
        assertThat(ae.total().value()).isEqualByComparingTo("48");
    }

    @Test
    void capacityKnownOnlyFromLeaveReceivedByTheAsOfInstant() {
        SampleFirm firm = new SampleFirm().entity("us", "USD");
        Ref emp = firm.employee("EMP-1", "us", "consultant", "Data", "50", "40", "2025-01-01");
        firm.add(
                "hr",
                "L-1",
                new Leave(emp, day("2026-01-12"), d("8"), Leave.Kind.SICK, Leave.Status.APPROVED),
                Instant.parse("2026-02-03T09:00:00Z"));
        ReportQuery january =
                ReportQuery.of(day("2026-01-01"), day("2026-01-31"), Instant.parse("2026-02-01T00:00:00Z"));

        var before = new CapacityCalculator(firm.held(january.asOf()), firm.settings()).report(january);
        var after = new CapacityCalculator(firm.held(LATER), firm.settings()).report(january);

        assertThat(before.total().value()).isEqualByComparingTo("176");
        assertThat(after.total().value()).isEqualByComparingTo("168");
    }

    @Test
    void capacityCannotBeGroupedByProject() {
        var calculator = new CapacityCalculator(
                new SampleFirm().held(), new SampleFirm().entity("us", "USD").settings());

        assertThatThrownBy(() -> calculator.report(
                        ReportQuery.of(day("2026-01-01"), day("2026-01-31"), LATER, Dimension.PROJECT)))
                .isInstanceOf(UnsupportedGroupingException.class)
                .hasMessageContaining("project");
    }
}
