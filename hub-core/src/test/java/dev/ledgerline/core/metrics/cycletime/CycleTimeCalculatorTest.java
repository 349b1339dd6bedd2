package dev.ledgerline.core.metrics.cycletime;

import static dev.ledgerline.core.metrics.SampleFirm.LATER;
import static dev.ledgerline.core.metrics.SampleFirm.d;
import static dev.ledgerline.core.metrics.SampleFirm.day;
import static dev.ledgerline.core.metrics.SampleInvoice.invoice;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.SampleFirm;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CycleTimeCalculatorTest {

    private final SampleFirm firm = new SampleFirm()
            .entity(new EntitySettings(
                    "us", "USD", ZoneId.of("America/New_York"), null, null, false, null, null, null, null));
    private final Ref emp = SampleFirm.ref("hr", "EMP-1");
    private final Ref project = SampleFirm.ref("psa", "P-1");

    private void approvedEntry(String id, String approvedAt, Instant receivedAt) {
        firm.add(
                "psa",
                id,
                new TimeEntry(
                        emp,
                        project,
                        day("2026-02-20"),
                        d("1"),
                        null,
                        null,
                        TimeEntry.Status.APPROVED,
                        null,
                        "m",
                        Instant.parse(approvedAt),
                        null),
                receivedAt);
    }

    /** docs/metrics.md, example CYC-1. */
    @Test
    void cyc1DaysFromLatestApprovalToPostingInTheEntityTimeZone() {
        approvedEntry("TE-1", "2026-02-25T15:00:00Z", SampleFirm.T0);
        approvedEntry("TE-2", "2026-02-27T04:00:00Z", SampleFirm.T0);
        approvedEntry("TE-3", "2026-03-09T15:00:00Z", SampleFirm.T0);
        approvedEntry("TE-3", "2026-03-12T09:00:00Z", Instant.parse("2026-03-12T10:00:00Z"));
        approvedEntry("TE-4", "2026-03-05T15:00:00Z", SampleFirm.T0);
        approvedEntry("TE-5", "2026-03-15T15:00:00Z", SampleFirm.T0);
        firm.invoice(invoice("INV-1", "2026-03-02", "100")
                .postedAt("2026-03-02T14:00:00Z")
                .line(1, "time", "1", "100", "100", "TE-1", "TE-2")
                .build());
        firm.invoice(invoice("INV-2", "2026-03-10", "100")
                .postedAt("2026-03-10T15:00:00Z")
                .line(1, "time", "1", "100", "100", "TE-3")
                .build());
        firm.invoice(invoice("INV-3", "2026-03-20", "100")
                .postedAt("2026-03-20T15:00:00Z")
                .line(1, "time", "1", "100", "100", "TE-4")
                .build());
        firm.invoice(invoice("INV-4", "2026-03-25", "100")
                .postedAt("2026-03-25T15:00:00Z")
                .line(1, "time", "1", "100", "100", "TE-5")
                .build());
        firm.invoice(invoice("INV-5", "2026-03-26", "500")
                .postedAt("2026-03-26T15:00:00Z")
                .line(1, "milestone", "1", "500", "500")
                .build());
        var calculator = new CycleTimeCalculator(firm.held(), firm.settings());

        MetricRow row = calculator
                .report(ReportQuery.of(day("2026-03-01"), day("2026-03-31"), LATER))
                .total();

        assertThat(row.value()).isEqualByComparingTo("7.00");
        assertThat(row.field("median")).isEqualByComparingTo("7.00");
        assertThat(row.field("p90")).isEqualByComparingTo("15.00");
        assertThat(row.field("count")).isEqualByComparingTo("4");
    }

    @Test
    void medianOfAnOddCountIsTheMiddleValueAndP90OfOneIsThatValue() {
        Distribution d = new Distribution(List.of(new BigDecimal("5"), new BigDecimal("1"), new BigDecimal("3")));

        assertThat(d.median()).isEqualByComparingTo("3");
        assertThat(d.percentile(new BigDecimal("0.9"))).isEqualByComparingTo("5");
        assertThat(new Distribution(List.of(BigDecimal.TEN)).percentile(new BigDecimal("0.9")))
                .isEqualByComparingTo("10");
        assertThat(new Distribution(List.of()).median()).isNull();
    }

    @Property
    void nearestRankPercentileIsAValueOfTheListWithAtLeastPOfValuesAtOrBelowIt(
            @ForAll @Size(min = 1, max = 50) List<@IntRange(min = 0, max = 400) Integer> days) {
        Distribution d = new Distribution(days.stream().map(BigDecimal::valueOf).toList());

        BigDecimal p90 = d.percentile(new BigDecimal("0.9"));

        long atOrBelow = days.stream()
                .filter(x -> BigDecimal.valueOf(x).compareTo(p90) <= 0)
                .count();
        long below = days.stream()
                .filter(x -> BigDecimal.valueOf(x).compareTo(p90) < 0)
                .count();
        assertThat(atOrBelow * 10).isGreaterThanOrEqualTo(9L * days.size());
        assertThat(below * 10).isLessThan(9L * days.size());
    }
}
