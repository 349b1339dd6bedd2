package dev.ledgerline.hub.dispatch;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The rows of one gauge (one per set of tags), each registered the first time it has a value and from
 * then on only updated; a row missing from a refresh reads zero. Unlike a {@code MultiGauge} that
 * overwrites its rows, nothing is removed and added again, so a Prometheus scrape running alongside a
 * refresh never sees one row twice (which it would refuse with a 500).
 */
final class GaugeRows {

    private final String name;
    private final String description;
    private final String baseUnit;
    private final MeterRegistry registry;
    private final Map<Tags, AtomicLong> rows = new ConcurrentHashMap<>();

    GaugeRows(String name, String description, String baseUnit, MeterRegistry registry) {
        this.name = name;
        this.description = description;
        this.baseUnit = baseUnit;
        this.registry = registry;
    }

    /** The values of this refresh; rows not in it read zero. */
    synchronized void set(Map<Tags, ? extends Number> values) {
        rows.forEach((tags, value) -> {
            if (!values.containsKey(tags)) {
                value.set(Double.doubleToLongBits(0.0));
            }
        });
        values.forEach((tags, value) ->
                rows.computeIfAbsent(tags, this::register).set(Double.doubleToLongBits(value.doubleValue())));
    }

    private AtomicLong register(Tags tags) {
        AtomicLong bits = new AtomicLong(Double.doubleToLongBits(0.0));
        Gauge.Builder<AtomicLong> gauge = Gauge.builder(name, bits, b -> Double.longBitsToDouble(b.get()))
                .description(description)
                .tags(tags)
                .strongReference(true);
        if (baseUnit != null) {
            gauge.baseUnit(baseUnit);
        }
        gauge.register(registry);
        return bits;
    }
}
