package dev.ledgerline.hub.ingest;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The one text form of a neutral JSON tree the ledger stores and hashes: object keys sorted,
 * no whitespace, decimals without trailing zeros ({@code 7.50} and {@code 7.5} are the same hours).
 * Two submissions have the same content exactly when their canonical forms are equal.
 */
final class CanonicalJson {

    private final JsonFactory factory;

    CanonicalJson(JsonFactory factory) {
        this.factory = factory;
    }

    String write(Object tree) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out)) {
            write(g, tree);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Object value) {
        switch (value) {
            case null -> g.writeNull();
            case Map<?, ?> map -> {
                g.writeStartObject();
                for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
                    g.writeName((String) e.getKey());
                    write(g, e.getValue());
                }
                g.writeEndObject();
            }
            case List<?> list -> {
                g.writeStartArray();
                for (Object item : list) {
                    write(g, item);
                }
                g.writeEndArray();
            }
            case String s -> g.writeString(s);
            case BigDecimal d -> g.writeNumber(d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros());
            case BigInteger i -> g.writeNumber(i);
            case Boolean b -> g.writeBoolean(b);
            default -> throw new IllegalArgumentException("not a JSON tree value: " + value.getClass());
        }
    }

    /** SHA-256 over the entity and the canonical data: what "same content" means for duplicates. */
    static String contentHash(String entity, String canonicalData) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((entity == null ? "" : entity).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(canonicalData.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
