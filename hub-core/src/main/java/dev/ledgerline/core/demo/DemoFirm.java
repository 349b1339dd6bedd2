package dev.ledgerline.core.demo;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.Invoice;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.validation.CanonicalReader;
import dev.ledgerline.core.validation.Reading;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A realistic professional-services firm, generated from a {@link DemoFirmSpec}: two entities,
 * clients with contracts of every billing model and option, projects, staff with leave, months of
 * daily time entries with their approvals, expenses, vendor bills, payroll. The same spec gives the
 * same envelopes in the same order, so the hub's demo mode and the report tests see the same firm.
 *
 * <p>The master data is held in memory; the time entries are generated as they are streamed, so a
 * firm of a million entries needs no more memory than one of a thousand. Every call of
 * {@link #envelopes()} generates them afresh.
 */
public final class DemoFirm {

    private static final Map<RecordType, Integer> MASTER_ORDER = Map.of(
            RecordType.CUSTOMER, 0,
            RecordType.EMPLOYEE, 1,
            RecordType.CONTRACT, 2,
            RecordType.PROJECT, 3,
            RecordType.TASK, 4,
            RecordType.OPPORTUNITY, 5,
            RecordType.PURCHASE_COMMITMENT, 6,
            RecordType.LEAVE, 7);

    private final DemoFirmSpec spec;
    private final DemoFirmConfig config;
    private final FirmPlan plan;
    private final List<SourceRecord> masters;
    private final List<SourceRecord> followUps;

    private DemoFirm(DemoFirmSpec spec, DemoFirmConfig config, FirmPlan plan) {
        this.spec = spec;
        this.config = config;
        this.plan = plan;
        List<SourceRecord> m = new ArrayList<>(plan.masters());
        m.sort(Comparator.comparing(r -> MASTER_ORDER.get(r.type())));
        if (spec.ingestOrder() == IngestOrder.SHUFFLED) {
            Dice dice = Dice.of(spec.seed(), "shuffle");
            for (int i = m.size() - 1; i > 0; i--) {
                Collections.swap(m, i, dice.between(0, i));
            }
        }
        this.masters = List.copyOf(m);
        this.followUps = List.copyOf(plan.followUps());
    }

    /** Generates the firm's master data and plans; time entries are made when streamed. */
    public static DemoFirm generate(DemoFirmSpec spec) {
        Period period = Period.of(spec.startMonth(), spec.months());
        Instant asOf = period.end().plusDays(5).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
        DemoFirmConfig config = new DemoFirmConfig(
                Entities.FIRM_NAME,
                Entities.companies(),
                Entities.settings(period, spec.periodLocks()),
                Entities.rateCard(period),
                TaxCodes.ALL,
                Entities.exchangeRates(period, spec.seed()),
                Sources.ALL,
                period.start(),
                period.end(),
                asOf);
        return new DemoFirm(spec, config, FirmPlan.of(spec, period, asOf));
    }

    public DemoFirmSpec spec() {
        return spec;
    }

    public DemoFirmConfig config() {
        return config;
    }

    /**
     * Every envelope in ingest order: master data (parents first unless the spec shuffles), the time
     * entries day by day, then later versions, acceptances, expenses, vendor bills, payroll and
     * corrected entries in the order they happened. Lazy: generates the time entries as consumed.
     */
    public Stream<Map<String, Object>> envelopes() {
        TimeSheets sheets = plan.timeSheets();
        Stream<SourceRecord> head;
        if (spec.ingestOrder() == IngestOrder.SHUFFLED) {
            List<SourceRecord> firstDay = firstDay(sheets);
            head = Stream.concat(Stream.concat(firstDay.stream(), masters.stream()), stream(sheets));
        } else {
            head = Stream.concat(masters.stream(), stream(sheets));
        }
        Supplier<Stream<SourceRecord>> tail = () -> {
            List<SourceRecord> rest = new ArrayList<>(followUps);
            rest.addAll(sheets.corrections());
            rest.sort(Comparator.comparing(SourceRecord::occurredAt)
                    .thenComparing(r -> r.type().wireName())
                    .thenComparing(SourceRecord::externalId)
                    .thenComparing(SourceRecord::version));
            return rest.stream();
        };
        return Stream.concat(head, Stream.of(tail).flatMap(Supplier::get)).map(SourceRecord::toEnvelope);
    }

    /** The envelopes in batches of at most {@code size}, for {@code POST /events}. */
    public Iterator<List<Map<String, Object>>> batches(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        Iterator<Map<String, Object>> all = envelopes().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return all.hasNext();
            }

            @Override
            public List<Map<String, Object>> next() {
                if (!all.hasNext()) {
                    throw new NoSuchElementException();
                }
                List<Map<String, Object>> batch = new ArrayList<>(size);
                while (batch.size() < size && all.hasNext()) {
                    batch.add(all.next());
                }
                return batch;
            }
        };
    }

    /**
     * The same records, typed, read through {@link CanonicalReader} (so each one is a valid
     * envelope) as if each version reached the ledger when it happened ({@code receivedAt =
     * occurredAt}). Lazy like {@link #envelopes()}.
     *
     * @throws IllegalStateException when an envelope does not read, which would be a bug here
     */
    public Stream<RecordVersion<CanonicalRecord>> records() {
        CanonicalReader reader = new CanonicalReader();
        return envelopes().map(e -> switch (reader.read(e, Envelope.occurredAt(e))) {
            case Reading.Valid v -> v.record();
            case Reading.Invalid i ->
                throw new IllegalStateException("generated envelope " + e.get("type") + " " + e.get("externalId")
                        + " is invalid: " + i.problems());
        });
    }

    /**
     * What the firm's billing portal sends once invoices exist: payments of the posted invoices that
     * fell due by the as-of date (one only half paid), and one dispute. Invoices are known only after billing runs and
     * Odoo's numbering, so this is a separate step; pass the invoices pulled back from Odoo.
     */
    public List<Map<String, Object>> afterInvoicing(List<Invoice> invoices) {
        return FollowUps.of(invoices, config.asOf(), spec.seed()).stream()
                .map(SourceRecord::toEnvelope)
                .toList();
    }

    private static Stream<SourceRecord> stream(Iterator<SourceRecord> it) {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Takes the first working day's entries off the front of the sheets. */
    private static List<SourceRecord> firstDay(TimeSheets sheets) {
        List<SourceRecord> day = new ArrayList<>();
        while (sheets.hasNext()) {
            SourceRecord r = sheets.peek();
            if (!day.isEmpty()
                    && !r.data()
                            .map()
                            .get("date")
                            .equals(day.getFirst().data().map().get("date"))) {
                break;
            }
            day.add(sheets.next());
        }
        return day;
    }
}
