package dev.ledgerline.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class GaugeRowsTest {

    private static final Tags DEFAULT = Tags.of("state", "PENDING", "target", "default");
    private static final Tags BROKEN = Tags.of("state", "PENDING", "target", "broken");

    @Test
    void rowMissingFromARefreshReadsZeroAndStaysRegistered() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        GaugeRows rows = new GaugeRows("ledgerline.backlog.records", "waiting", null, registry);

        rows.set(Map.of(DEFAULT, 7L, BROKEN, 3L));
        rows.set(Map.of(DEFAULT, 5L));

        assertThat(registry.get("ledgerline.backlog.records")
                        .tags(DEFAULT)
                        .gauge()
                        .value())
                .isEqualTo(5.0);
        assertThat(registry.get("ledgerline.backlog.records")
                        .tags(BROKEN)
                        .gauge()
                        .value())
                .isZero();
        assertThat(registry.get("ledgerline.backlog.records").gauges()).hasSize(2);
    }

    /**
     * A row removed and registered again on every refresh (what {@code MultiGauge} with overwrite does)
     * can be read twice by a Prometheus scrape running alongside, which then fails with a 500.
     */
    @Test
    void refreshUpdatesEachRegisteredGaugeInPlaceAndNeverRemovesOne() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        List<Meter> removed = new CopyOnWriteArrayList<>();
        registry.config().onMeterRemoved(removed::add);
        GaugeRows rows = new GaugeRows("ledgerline.backlog.oldest.age", "oldest", "seconds", registry);
        rows.set(Map.of(DEFAULT, 1.5));
        Gauge first =
                registry.get("ledgerline.backlog.oldest.age").tags(DEFAULT).gauge();

        rows.set(Map.of(DEFAULT, 42.25));
        rows.set(Map.of(BROKEN, 3.0));
        rows.set(Map.of(DEFAULT, 8.0, BROKEN, 4.0));

        Gauge now = registry.get("ledgerline.backlog.oldest.age").tags(DEFAULT).gauge();
        assertThat(now).isSameAs(first);
        assertThat(now.value()).isEqualTo(8.0);
        assertThat(now.getId().getBaseUnit()).isEqualTo("seconds");
        assertThat(removed).isEmpty();
    }

    @Test
    void prometheusScrapesDuringRefreshesNeverSeeARowTwice() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        GaugeRows rows = new GaugeRows("ledgerline.backlog.oldest.age", "oldest", "seconds", registry);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread refresher = Thread.ofPlatform().start(() -> {
            for (int i = 0; running.get(); i++) {
                rows.set(hundredRows(i));
            }
        });
        List<Throwable> failures = new ArrayList<>();

        for (int i = 0; i < 2_000 && failures.isEmpty(); i++) {
            try {
                registry.scrape();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        running.set(false);
        refresher.join();

        assertThat(failures).isEmpty();
        assertThat(registry.scrape()).contains("ledgerline_backlog_oldest_age_seconds{target=\"t99\"}");
    }

    /** A hundred rows, one of them missing every other refresh. */
    private static Map<Tags, Double> hundredRows(int refresh) {
        Map<Tags, Double> rows = new HashMap<>();
        for (int t = 0; t < 100; t++) {
            if (t != refresh % 2) {
                rows.put(Tags.of("target", "t" + t), (double) refresh);
            }
        }
        return rows;
    }
}
