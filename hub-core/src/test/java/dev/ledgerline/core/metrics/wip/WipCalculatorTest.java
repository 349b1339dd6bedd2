package dev.ledgerline.core.metrics.wip;

import static dev.ledgerline.core.metrics.SampleFirm.LATER;
import static dev.ledgerline.core.metrics.SampleFirm.d;
import static dev.ledgerline.core.metrics.SampleFirm.day;
import static dev.ledgerline.core.metrics.SampleFirm.entryKey;
import static dev.ledgerline.core.metrics.SampleInvoice.invoice;
import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.SampleFirm;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WipCalculatorTest {

    private final SampleFirm firm = new SampleFirm().entity("us", "USD");

    WipCalculatorTest() {
        Ref emp = firm.employee("EMP-1", "us", "consultant", "Data", "50", "40", "2025-01-01");
        Ref k1 = firm.contract(
                "K-1",
                "us",
                "USD",
                BillingModel.TIME_AND_MATERIALS,
                terms().rate("consultant", "150").notToExceed("5000.00").build());
        Ref kf = firm.contract(
                "K-F",
                "us",
                "USD",
                BillingModel.FIXED_FEE,
                terms().rate("consultant", "150").fixedFee("10000", "6000").build());
        Ref p1 = firm.clientProject("P-1", "C-1", k1, "us", "Data");
        Ref pf = firm.clientProject("P-F", "C-1", kf, "us", "Data");
        Ref internal = firm.internalProject("P-INT", "us", "Ops");
        firm.entry("TE-1", emp, p1, "2026-02-10", "8");
        firm.entry("TE-2", emp, p1, "2026-02-11", "8");
        firm.invoice(
                invoice("INV-1", "2026-02-28", "0")
                        .contract(k1)
                        .project(p1)
                        .line(1, "time", "8", "150.00", "1200.00", "TE-1")
                        .line(2, "time", "8", "150.00", "1200.00", "TE-2")
                        .line(3, "writedown", "1", "-100.00", "-100.00", 1, null)
                        .totalFromLines()
                        .build(),
                Instant.parse("2026-03-01T06:00:00Z"));
        firm.entry("TE-3", emp, p1, "2025-12-15", "4");
        firm.entry("TE-4", emp, p1, "2026-01-20", "6");
        firm.entry("TE-5", emp, p1, "2026-02-20", "8");
        firm.entry("TE-6", emp, p1, "2026-03-16", "2.5");
        firm.entry("TE-7", emp, p1, "2026-03-31", "1");
        firm.entry("TE-8", emp, p1, "2026-04-01", "3");
        firm.entry("TE-9", emp, p1, "2026-03-20", "3", TimeEntry.Status.DRAFT, null);
        firm.entry("TE-10", emp, p1, "2026-01-05", "2", TimeEntry.Status.SUBMITTED, null);
        firm.add(
                "psa",
                "TE-11",
                new TimeEntry(
                        emp,
                        p1,
                        day("2026-03-10"),
                        d("5"),
                        null,
                        null,
                        TimeEntry.Status.APPROVED,
                        false,
                        "m",
                        Instant.parse("2026-03-10T18:00:00Z"),
                        null));
        firm.entry("TE-12", emp, pf, "2026-03-11", "7");
        firm.entry("TE-13", emp, internal, "2026-03-25", "4", TimeEntry.Status.DRAFT, null);
    }

    private WipCalculator calculator(Instant asOf) {
        return new WipCalculator(firm.held(asOf), firm.settings(), Set.of(entryKey("TE-5")));
    }

    /** docs/metrics.md, example WIP-1. */
    @Test
    void wip1UnbilledApprovedTimeAgedWithItsBillingPartAndWhatTheCapLeaves() {
        MetricRow wip = calculator(LATER)
                .wip(ReportQuery.of(day("2026-03-01"), day("2026-03-31"), LATER))
                .total();

        assertThat(wip.value()).isEqualByComparingTo("3225.00");
        assertThat(wip.field("count")).isEqualByComparingTo("5");
        assertThat(wip.field("recordedHours")).isEqualByComparingTo("21.5");
        assertThat(wip.field("billableHours")).isEqualByComparingTo("21.5");
        assertThat(wip.field("aging.0-30")).isEqualByComparingTo("525.00");
        assertThat(wip.field("aging.31-60")).isEqualByComparingTo("1200.00");
        assertThat(wip.field("aging.61-90")).isEqualByComparingTo("900.00");
        assertThat(wip.field("aging.>90")).isEqualByComparingTo("600.00");
        assertThat(wip.field("inBilling")).isEqualByComparingTo("1200.00");
        assertThat(wip.field("realizable")).isEqualByComparingTo("2700.00");
    }

    /** docs/metrics.md, example WIP-1, an earlier report date. */
    @Test
    void wip1BeforeTheInvoiceDateItsEntriesAreStillWip() {
        MetricRow wip = calculator(LATER)
                .wip(ReportQuery.of(day("2026-02-01"), day("2026-02-15"), LATER))
                .total();

        assertThat(wip.value()).isEqualByComparingTo("3900.00");
        assertThat(wip.field("realizable")).isEqualByComparingTo("3900.00");
    }

    @Test
    void anInvoiceNotYetPulledBackAtTheAsOfInstantLeavesItsEntriesInWip() {
        Instant beforePullBack = Instant.parse("2026-02-28T23:00:00Z");

        MetricRow wip = calculator(beforePullBack)
                .wip(ReportQuery.of(day("2026-02-01"), day("2026-02-28"), beforePullBack))
                .total();

        assertThat(wip.value()).isEqualByComparingTo("5100.00");
        assertThat(wip.field("realizable")).isEqualByComparingTo("5000.00");
    }

    /** docs/metrics.md, example WIP-1, unapproved time. */
    @Test
    void wip1UnapprovedTimeIsValuedAsTheWipItWouldBe() {
        MetricRow unapproved = calculator(LATER)
                .unapproved(ReportQuery.of(day("2026-03-01"), day("2026-03-31"), LATER))
                .total();

        assertThat(unapproved.value()).isEqualByComparingTo("750.00");
        assertThat(unapproved.field("count")).isEqualByComparingTo("3");
        assertThat(unapproved.field("recordedHours")).isEqualByComparingTo("9");
        assertThat(unapproved.field("aging.0-30")).isEqualByComparingTo("450.00");
        assertThat(unapproved.field("aging.61-90")).isEqualByComparingTo("300.00");
    }
}
