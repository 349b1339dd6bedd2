package dev.ledgerline.core.testdata;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Builds time entries with valid defaults: approved, 8 hours, employee psa:E1, project psa:P1. */
public final class TimeEntries {

    private String id = "TE-1";
    private long version = 1;
    private Instant receivedAt;
    private boolean deleted;
    private Ref employee = new Ref("psa", "E1");
    private Ref project = new Ref("psa", "P1");
    private LocalDate date = LocalDate.parse("2026-01-05");
    private BigDecimal hours = new BigDecimal("8");
    private Ref task;
    private String description;
    private TimeEntry.Status status = TimeEntry.Status.APPROVED;
    private Boolean billable;
    private Instant approvedAt;
    private String role;

    public static TimeEntries approved(String id) {
        TimeEntries b = new TimeEntries();
        b.id = id;
        return b;
    }

    public static TimeEntries entry(String id, TimeEntry.Status status) {
        TimeEntries b = approved(id);
        b.status = status;
        return b;
    }

    public TimeEntries employee(String id) {
        this.employee = new Ref("psa", id);
        return this;
    }

    public TimeEntries project(String id) {
        this.project = new Ref("psa", id);
        return this;
    }

    public TimeEntries on(String isoDate) {
        this.date = LocalDate.parse(isoDate);
        return this;
    }

    public TimeEntries hours(String h) {
        this.hours = new BigDecimal(h);
        return this;
    }

    public TimeEntries task(String id) {
        this.task = new Ref("psa", id);
        return this;
    }

    public TimeEntries description(String text) {
        this.description = text;
        return this;
    }

    public TimeEntries status(TimeEntry.Status s) {
        this.status = s;
        return this;
    }

    public TimeEntries billable(Boolean flag) {
        this.billable = flag;
        return this;
    }

    public TimeEntries role(String r) {
        this.role = r;
        return this;
    }

    public TimeEntries version(long v) {
        this.version = v;
        return this;
    }

    public TimeEntries deleted() {
        this.deleted = true;
        return this;
    }

    /** When the ledger received this version (and, for approved entries, when it was approved). */
    public TimeEntries receivedAt(Instant instant) {
        this.receivedAt = instant;
        return this;
    }

    public TimeEntries receivedOn(String isoDate) {
        return receivedAt(Dates.noon(isoDate));
    }

    public TimeEntry build() {
        Instant approved =
                status == TimeEntry.Status.APPROVED ? (approvedAt != null ? approvedAt : receivedInstant()) : null;
        return new TimeEntry(
                employee, project, date, hours, task, description, status, billable, "mgr", approved, role);
    }

    public RecordVersion<TimeEntry> held() {
        return new RecordVersion<>(
                RecordKey.of("psa", RecordType.TIME_ENTRY, id),
                version,
                receivedInstant(),
                receivedInstant(),
                null,
                deleted,
                build());
    }

    private Instant receivedInstant() {
        return receivedAt != null ? receivedAt : date.atTime(18, 0).toInstant(java.time.ZoneOffset.UTC);
    }
}
