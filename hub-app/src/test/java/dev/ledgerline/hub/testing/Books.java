package dev.ledgerline.hub.testing;

import static dev.ledgerline.hub.testing.Envelopes.envelope;

import java.util.UUID;

/**
 * The envelopes of one small firm's books, with ids unique to the test so tests sharing a database
 * never see each other's records: customer {@code crm:C-…}, contract {@code crm:K-…} (entity
 * {@code us}, USD, tax code {@code STD}), its project {@code psa:P-…} and employee {@code hr:E-…}
 * "Ada". Each builder method answers one envelope; send them with {@link Api#postEvents}.
 */
public final class Books {

    private final String suffix;

    private Books(String suffix) {
        this.suffix = suffix;
    }

    public static Books unique() {
        return new Books(UUID.randomUUID().toString().substring(0, 8));
    }

    public String customerId() {
        return "C-" + suffix;
    }

    public String contractId() {
        return "K-" + suffix;
    }

    public String projectId() {
        return "P-" + suffix;
    }

    public String employeeId() {
        return "E-" + suffix;
    }

    /** The text form of the contract's key. */
    public String contractRef() {
        return "crm:contract:" + contractId();
    }

    /** The key of an entry of these books as a proposal names it. */
    public String entryRef(String entry) {
        return "psa:time_entry:" + id(entry);
    }

    /** A record id of these books ({@code TE-1} → {@code TE-1-<suffix>}). */
    public String id(String name) {
        return name + "-" + suffix;
    }

    public String customer() {
        return envelope("crm", "customer", customerId(), 1, """
                {"name":"Client %s","entity":"us","country":"US"}""".formatted(suffix));
    }

    /**
     * A time-and-materials contract; {@code terms} are further fields of its data
     * ({@code "rateCard":{"senior":200},"notToExceed":5000}), without braces.
     */
    public String contract(long version, String terms) {
        return contract(version, terms, "STD");
    }

    /** The contract with another tax code. */
    public String contract(long version, String terms, String taxCode) {
        return envelope("crm", "contract", contractId(), version, """
                {"customer":"crm:%s","entity":"us","currency":"USD","billingModel":"time_and_materials",\
                "startDate":"2026-01-01","endDate":"2026-12-31","taxCode":"%s"%s}""".formatted(
                        customerId(), taxCode, terms.isBlank() ? "" : "," + terms));
    }

    public String project() {
        return envelope("psa", "project", projectId(), 1, """
                {"name":"Audit","customer":"crm:%s","entity":"us","contract":"crm:%s"}""".formatted(customerId(), contractId()));
    }

    /** A project of another contract of the same customer. */
    public String otherProject(String name, String contractId) {
        return envelope("psa", "project", id(name), 1, """
                {"name":"Other","customer":"crm:%s","entity":"us","contract":"crm:%s"}""".formatted(customerId(), contractId));
    }

    public String employee(String role) {
        return envelope("hr", "employee", employeeId(), 1, """
                {"name":"Ada","entity":"us","role":"%s"}""".formatted(role));
    }

    /** An approved entry on the books' project; {@code role} may be null. */
    public String approved(String entry, long version, String date, String hours, String role) {
        return entry(entry, version, projectId(), date, hours, "approved", role);
    }

    /** An entry in any status on any project of the books (by its full id). */
    public String entry(
            String entry, long version, String project, String date, String hours, String status, String role) {
        String approval =
                status.equals("approved") ? ",\"approvedBy\":\"mgr\",\"approvedAt\":\"" + date + "T17:00:00Z\"" : "";
        String roleField = role == null ? "" : ",\"role\":\"" + role + "\"";
        return envelope("psa", "time_entry", id(entry), version, """
                {"employee":"hr:%s","project":"%s","date":"%s","hours":%s,"status":"%s","description":"%s"%s%s}""".formatted(
                        employeeId(), project, date, hours, status, entry, approval, roleField));
    }
}
