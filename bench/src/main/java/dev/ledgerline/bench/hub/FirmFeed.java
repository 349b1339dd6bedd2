package dev.ledgerline.bench.hub;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * What a firm's source systems send the hub in a benchmark, as envelopes of the ingest contract
 * (../shared/design/contract.md): a customer and its time-and-materials contract from the CRM, employees
 * from HR, a client project and approved time entries from the PSA. Every run has its own prefix, so
 * runs never meet in a database or an Odoo.
 */
public final class FirmFeed {

    /** Work days of March 2026, inside the contract's period; entries cycle through them. */
    private static final List<LocalDate> DAYS = LocalDate.of(2026, 3, 2)
            .datesUntil(LocalDate.of(2026, 3, 28))
            .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
            .toList();

    private static final List<String> HOURS = List.of("7.5", "8", "6.25", "4", "1.5", "2.75");

    private final String run;
    private final int employees;

    /** A feed of {@code employees} employees sharing the entries. */
    public FirmFeed(int employees) {
        this.run = "B" + UUID.randomUUID().toString().substring(0, 8);
        this.employees = employees;
    }

    /** The firm the hub is configured with: the entity {@code us} in USD and its rate card. */
    public static Map<String, String> firmSettings() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("ledgerline.firm.entities.us.currency", "USD");
        s.put("ledgerline.firm.rate-card[0].entity", "us");
        s.put("ledgerline.firm.rate-card[0].role", "senior");
        s.put("ledgerline.firm.rate-card[0].rate", "200.00");
        s.put("ledgerline.firm.rate-card[0].valid-from", "2020-01-01");
        s.put("ledgerline.firm.rate-card[1].entity", "us");
        s.put("ledgerline.firm.rate-card[1].role", "junior");
        s.put("ledgerline.firm.rate-card[1].rate", "120.00");
        s.put("ledgerline.firm.rate-card[1].valid-from", "2020-01-01");
        return s;
    }

    public String run() {
        return run;
    }

    /** The customer, its contract, the employees and the project: one batch, parents first. */
    public byte[] masterData() {
        List<String> envelopes = new ArrayList<>();
        envelopes.add(envelope("crm", "customer", run + "-C", """
                {"name":"Bench Client %s","entity":"us","country":"US","currency":"USD"}""".formatted(run)));
        envelopes.add(envelope("crm", "contract", run + "-K", """
                {"customer":"%s-C","entity":"us","currency":"USD","billingModel":"time_and_materials",\
                "startDate":"2026-01-01","endDate":"2026-12-31","rateCard":{"senior":200,"junior":120}}""".formatted(run)));
        IntStream.range(0, employees)
                .mapToObj(e -> envelope(
                        "hr", "employee", employee(e), """
                        {"name":"Bench Employee %d %s","entity":"us","role":"%s","standardHourlyCost":"80.00",\
                        "currency":"USD","startDate":"2024-01-08"}""".formatted(e, run, e % 3 == 0 ? "senior" : "junior")))
                .forEach(envelopes::add);
        envelopes.add(envelope("psa", "project", run + "-P", """
                {"name":"Bench Project %s","customer":"crm:%s-C","entity":"us","contract":"crm:%s-K",\
                "status":"in_delivery","startDate":"2026-01-05"}""".formatted(run, run, run)));
        return batch(envelopes);
    }

    /** Entries {@code from} (inclusive) to {@code to} (exclusive) as one batch. */
    public byte[] timeEntries(int from, int to) {
        return batch(IntStream.range(from, to).mapToObj(this::timeEntry).toList());
    }

    /** The reference the hub writes on the Odoo record of entry {@code i} ({@code x_ledgerline_ref}). */
    public String timeEntryReferencePrefix() {
        return "ll:psa:time_entry:" + run + "-TE-";
    }

    /** The date of entry {@code i}. */
    public static LocalDate date(int i) {
        return DAYS.get(i % DAYS.size());
    }

    /** The hours of entry {@code i}, as sent. */
    public static String hours(int i) {
        return HOURS.get(i % HOURS.size());
    }

    private String timeEntry(int i) {
        LocalDate date = date(i);
        return envelope("psa", "time_entry", run + "-TE-" + i, """
                {"employee":"hr:%s","project":"%s-P","date":"%s","hours":%s,"status":"approved",\
                "approvedBy":"mgr","approvedAt":"%sT18:00:00Z","description":"Work item %d"}""".formatted(
                        employee(i % employees), run, date, hours(i), date, i));
    }

    private String employee(int e) {
        return run + "-E-" + e;
    }

    private static String envelope(String source, String type, String externalId, String data) {
        return """
                {"source":"%s","type":"%s","externalId":"%s","version":1,"occurredAt":"2026-03-02T17:05:00Z","data":%s}""".formatted(source, type, externalId, data);
    }

    private static byte[] batch(List<String> envelopes) {
        return ("{\"events\":[" + String.join(",", envelopes) + "]}").getBytes(StandardCharsets.UTF_8);
    }
}
