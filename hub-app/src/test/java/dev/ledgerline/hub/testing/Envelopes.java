package dev.ledgerline.hub.testing;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Envelope JSON with valid defaults, so a test writes only what it is about. */
public final class Envelopes {

    private Envelopes() {}

    /** A fresh id, so tests sharing one database never see each other's records. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    public static String batch(String... envelopes) {
        return batch(List.of(envelopes));
    }

    public static String batch(List<String> envelopes) {
        return envelopes.stream().collect(Collectors.joining(",", "{\"events\":[", "]}"));
    }

    public static String envelope(String source, String type, String externalId, long version, String data) {
        return """
                {"source":"%s","type":"%s","externalId":"%s","version":%d,"occurredAt":"2026-03-02T17:05:00Z","data":%s}""".formatted(source, type, externalId, version, data);
    }

    public static String timeEntry(String id, long version, String project, String hours) {
        return envelope("psa", "time_entry", id, version, """
                {"employee":"hr:E-1","project":"%s","date":"2026-03-02","hours":%s,"description":"work"}""".formatted(project, hours));
    }

    public static String project(String id, long version, String customer, String contract) {
        return envelope("psa", "project", id, version, """
                {"name":"Rollout","customer":"%s","entity":"us","contract":"%s"}""".formatted(customer, contract));
    }

    public static String internalProject(String id) {
        return envelope("psa", "project", id, 1, """
                {"name":"Bench","customer":"crm:C-INTERNAL","entity":"us","kind":"internal"}""");
    }

    /** A customer; {@code vat} and {@code billingEmail} are left out when null. */
    public static String customer(
            String source, String id, long version, String name, String vat, String billingEmail) {
        StringBuilder data = new StringBuilder("{\"name\":\"" + name + "\",\"entity\":\"us\"");
        if (vat != null) {
            data.append(",\"vatNumber\":\"").append(vat).append('"');
        }
        if (billingEmail != null) {
            data.append(",\"billingEmail\":\"").append(billingEmail).append('"');
        }
        return envelope(source, "customer", id, version, data.append('}').toString());
    }

    public static String employee(String id) {
        return envelope("hr", "employee", id, 1, """
                {"name":"Ada","entity":"us"}""");
    }
}
