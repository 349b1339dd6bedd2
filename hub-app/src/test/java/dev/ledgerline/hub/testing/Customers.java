package dev.ledgerline.hub.testing;

import static dev.ledgerline.hub.testing.Envelopes.envelope;

import java.util.List;
import java.util.stream.IntStream;

/** Customer envelopes of the CRM (source {@code crm}) with valid defaults. */
public final class Customers {

    private Customers() {}

    public static String customer(String id, long version, String name) {
        return envelope("crm", "customer", id, version, """
                {"name":"%s","entity":"us","country":"US","billingEmail":"ap@%s.example","vatNumber":"US-%s"}""".formatted(name, id.toLowerCase(java.util.Locale.ROOT), id));
    }

    public static String subsidiary(String id, long version, String name, String parent) {
        return envelope("crm", "customer", id, version, """
                {"name":"%s","entity":"us","country":"GB","parent":"%s"}""".formatted(name, parent));
    }

    /** {@code count} customers {@code prefix-0}, {@code prefix-1}… */
    public static List<String> many(String prefix, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> customer(prefix + "-" + i, 1, "Client " + prefix + " " + i))
                .toList();
    }

    /** The reference the hub writes on the partner of a CRM customer. */
    public static String reference(String externalId) {
        return "ll:crm:customer:" + externalId;
    }
}
