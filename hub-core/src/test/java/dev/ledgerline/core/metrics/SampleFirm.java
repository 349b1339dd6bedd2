package dev.ledgerline.core.metrics;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.ContractTerms;
import dev.ledgerline.core.canonical.Employee;
import dev.ledgerline.core.canonical.Expense;
import dev.ledgerline.core.canonical.Invoice;
import dev.ledgerline.core.canonical.Leave;
import dev.ledgerline.core.canonical.PayrollCost;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.canonical.VendorBill;
import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.core.firm.FirmRate;
import dev.ledgerline.core.firm.FirmRateCard;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A firm for tests: records are added as ledger versions (received at {@link #T0} unless said
 * otherwise, each key's next version numbered automatically) and read back as held at an instant.
 */
public final class SampleFirm {

    public static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    public static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

    private final List<RecordVersion<?>> versions = new ArrayList<>();
    private final Map<RecordKey, Long> nextVersion = new HashMap<>();
    private final Map<String, EntitySettings> entities = new LinkedHashMap<>();
    private final List<FirmRate> firmRates = new ArrayList<>();
    private FirmSettings settings;

    public static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    public static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    public static Ref ref(String source, String id) {
        return new Ref(source, id);
    }

    public SampleFirm entity(EntitySettings entity) {
        entities.put(entity.id(), entity);
        return this;
    }

    public SampleFirm entity(String id, String currency) {
        return entity(EntitySettings.of(id, currency));
    }

    public SampleFirm firmRate(String entity, String role, String rate, String currency, String validFrom) {
        firmRates.add(new FirmRate(entity, role, d(rate), currency, day(validFrom)));
        return this;
    }

    /** Replaces the default settings (each entity in its own currency only, the firm rates added). */
    public SampleFirm settings(FirmSettings newSettings) {
        this.settings = newSettings;
        return this;
    }

    public FirmSettings settings() {
        if (settings != null) {
            return settings;
        }
        return FirmSettings.of(List.copyOf(entities.values()), new FirmRateCard(firmRates));
    }

    public <T extends CanonicalRecord> RecordKey add(String source, String id, T data) {
        return add(source, id, data, T0, false);
    }

    public <T extends CanonicalRecord> RecordKey add(String source, String id, T data, Instant receivedAt) {
        return add(source, id, data, receivedAt, false);
    }

    public <T extends CanonicalRecord> RecordKey delete(String source, String id, T lastData, Instant receivedAt) {
        return add(source, id, lastData, receivedAt, true);
    }

    private <T extends CanonicalRecord> RecordKey add(
            String source, String id, T data, Instant receivedAt, boolean deleted) {
        RecordKey key = new RecordKey(source, data.type(), id);
        long version = nextVersion.merge(key, 1L, Long::sum);
        String entity = null;
        versions.add(new RecordVersion<>(key, version, receivedAt, receivedAt, entity, deleted, data));
        return key;
    }

    public HeldRecords held() {
        return held(LATER);
    }

    public HeldRecords held(Instant asOf) {
        return RecordHistory.of(versions).asOf(asOf);
    }

    // ---- convenience builders for the records most tests need ----

    public Ref employee(
            String id,
            String entity,
            String role,
            String practice,
            String standardHourlyCost,
            String weeklyHours,
            String validFrom) {
        return employee(id, entity, role, practice, standardHourlyCost, weeklyHours, validFrom, null, null);
    }

    public Ref employee(
            String id,
            String entity,
            String role,
            String practice,
            String standardHourlyCost,
            String weeklyHours,
            String validFrom,
            String startDate,
            String endDate) {
        add(
                "hr",
                id,
                new Employee(
                        id,
                        entity,
                        null,
                        role,
                        practice,
                        null,
                        null,
                        standardHourlyCost == null ? null : d(standardHourlyCost),
                        null,
                        weeklyHours == null ? null : d(weeklyHours),
                        startDate == null ? null : day(startDate),
                        endDate == null ? null : day(endDate),
                        validFrom == null ? null : day(validFrom)));
        return ref("hr", id);
    }

    public Ref contract(String id, String entity, String currency, BillingModel model, ContractTerms terms) {
        add("crm", id, new Contract(ref("crm", "CUST-" + id), entity, currency, model, terms, List.of()));
        return ref("crm", id);
    }

    public Ref contract(
            String id, String customer, String entity, String currency, BillingModel model, ContractTerms terms) {
        add("crm", id, new Contract(ref("crm", customer), entity, currency, model, terms, List.of()));
        return ref("crm", id);
    }

    public Ref clientProject(String id, String customer, Ref contract, String entity, String practice) {
        add(
                "psa",
                id,
                new Project(
                        id,
                        ref("crm", customer),
                        entity,
                        Project.Kind.CLIENT,
                        contract,
                        null,
                        null,
                        practice,
                        null,
                        null,
                        null,
                        null,
                        true));
        return ref("psa", id);
    }

    public Ref internalProject(String id, String entity, String practice) {
        add(
                "psa",
                id,
                new Project(
                        id,
                        ref("crm", "FIRM"),
                        entity,
                        Project.Kind.INTERNAL,
                        null,
                        null,
                        null,
                        practice,
                        null,
                        null,
                        null,
                        null,
                        false));
        return ref("psa", id);
    }

    public RecordKey entry(String id, Ref employee, Ref project, String date, String hours) {
        return entry(id, employee, project, date, hours, TimeEntry.Status.APPROVED, null);
    }

    public RecordKey entry(
            String id, Ref employee, Ref project, String date, String hours, TimeEntry.Status status, String role) {
        Instant approvedAt = status == TimeEntry.Status.APPROVED
                ? day(date).atTime(18, 0).toInstant(java.time.ZoneOffset.UTC)
                : null;
        return add(
                "psa",
                id,
                new TimeEntry(
                        employee,
                        project,
                        day(date),
                        d(hours),
                        null,
                        null,
                        status,
                        null,
                        approvedAt == null ? null : "manager",
                        approvedAt,
                        role));
    }

    public RecordKey leave(String id, Ref employee, String date, String hours, Leave.Status status) {
        return add("hr", id, new Leave(employee, day(date), d(hours), Leave.Kind.VACATION, status));
    }

    public RecordKey payroll(String id, Ref employee, String start, String end, String amount, String currency) {
        return add("hr", id, new PayrollCost(employee, day(start), day(end), d(amount), currency));
    }

    public RecordKey expense(
            String id, Ref employee, Ref project, String date, String amount, String currency, Expense.Status status) {
        return add(
                "exp",
                id,
                new Expense(
                        employee, null, project, day(date), d(amount), currency, "travel", null, null, status, null));
    }

    public RecordKey vendorBill(
            String id, Ref project, String date, String amount, String currency, VendorBill.Status status) {
        return add(
                "exp",
                id,
                new VendorBill("ACME", project, day(date), d(amount), currency, null, null, null, null, status));
    }

    public RecordKey invoice(Invoice invoice) {
        return add("odoo", invoice.number(), invoice);
    }

    public RecordKey invoice(Invoice invoice, Instant receivedAt) {
        return add("odoo", invoice.number(), invoice, receivedAt);
    }

    public static RecordKey entryKey(String id) {
        return new RecordKey("psa", RecordType.TIME_ENTRY, id);
    }
}
