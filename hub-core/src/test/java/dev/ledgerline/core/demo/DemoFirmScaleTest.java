package dev.ledgerline.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A big firm streams: bounded time, and memory that does not grow with the number of entries. */
class DemoFirmScaleTest {

    private static final long MB = 1024 * 1024;

    @Test
    void aYearOfThreeHundredEmployeesStreamsInBoundedTimeAndMemory() {
        Runtime runtime = Runtime.getRuntime();
        long started = System.nanoTime();
        DemoFirm firm = DemoFirm.generate(DemoFirmSpec.of(11, 300, 60, YearMonth.of(2026, 1), 12));
        System.gc();
        long baseline = runtime.totalMemory() - runtime.freeMemory();
        long peak = baseline;
        long envelopes = 0;
        long entries = 0;

        Iterator<Map<String, Object>> it = firm.envelopes().iterator();
        while (it.hasNext()) {
            Map<String, Object> e = it.next();
            envelopes++;
            entries += "time_entry".equals(e.get("type")) ? 1 : 0;
            if (envelopes % 40_000 == 0) {
                System.gc();
                peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(entries).isGreaterThan(100_000);
        assertThat(took).isLessThan(Duration.ofSeconds(90));
        // the ~120,000 entries as maps would take several hundred MB if they were held
        assertThat((peak - baseline) / MB).isLessThan(64);
    }

    @Test
    void aFirmOfAMillionEntriesHandsOutItsFirstEntriesWithoutMakingTheRest() {
        long started = System.nanoTime();
        DemoFirm firm = DemoFirm.generate(DemoFirmSpec.of(11, 2_500, 400, YearMonth.of(2026, 1), 12));
        Iterator<Map<String, Object>> it = firm.envelopes().iterator();
        long masters = 0;
        long entries = 0;

        // the master data (leave included) comes first, then the first 100,000 of about a million entries
        while (entries < 100_000) {
            boolean entry = "time_entry".equals(it.next().get("type"));
            entries += entry ? 1 : 0;
            masters += entry ? 0 : 1;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(masters).isGreaterThan(50_000);
        assertThat(took).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void aBigFirmIsAsDeterministicAsASmallOne() {
        DemoFirmSpec spec = DemoFirmSpec.of(5, 150, 30, YearMonth.of(2025, 7), 6);

        Iterator<Map<String, Object>> a = DemoFirm.generate(spec).envelopes().iterator();
        Iterator<Map<String, Object>> b = DemoFirm.generate(spec).envelopes().iterator();
        long compared = 0;
        while (a.hasNext() && b.hasNext()) {
            assertThat(a.next().toString()).isEqualTo(b.next().toString());
            compared++;
        }

        assertThat(a.hasNext()).isEqualTo(b.hasNext());
        assertThat(compared).isGreaterThan(30_000);
    }
}
