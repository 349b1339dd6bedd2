package dev.ledgerline.core.canonical;

/**
 * A reference from one record to another of a type the referring field implies: the other record's
 * {@code externalId} in the same source, or {@code source:externalId} when qualified.
 */
public record Ref(String source, String externalId) {

    public Ref {
        RecordKey.requireText(source, "source");
        RecordKey.requireText(externalId, "externalId");
    }

    /**
     * Reads a reference as written in a record of {@code defaultSource}. A value with a colon is
     * qualified: the part before the first colon is the source.
     */
    public static Ref parse(String value, String defaultSource) {
        int colon = value.indexOf(':');
        if (colon > 0 && colon < value.length() - 1) {
            return new Ref(value.substring(0, colon), value.substring(colon + 1));
        }
        return new Ref(defaultSource, value);
    }

    public RecordKey key(RecordType type) {
        return new RecordKey(source, type, externalId);
    }

    @Override
    public String toString() {
        return source + ":" + externalId;
    }
}
