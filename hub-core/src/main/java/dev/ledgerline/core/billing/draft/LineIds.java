package dev.ledgerline.core.billing.draft;

import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.canonical.Ref;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Ids derived from content, so a run repeated on the same input names its lines and proposals the
 * same way: {@code L-} or {@code P-} and 24 hex digits of SHA-256 over the parts.
 */
public final class LineIds {

    private LineIds() {}

    /** The id of a line: its contract, kind and identity (the records and period it bills). */
    public static String line(Ref contract, LineKind kind, String identity) {
        return "L-" + digest(contract + "|" + kind.wireName() + "|" + identity);
    }

    /** The id of a proposal: its grouping key, run date, kind and invoice date. */
    public static String proposal(String groupKey, String runDate, String kind, String invoiceDate) {
        return "P-" + digest(groupKey + "|" + runDate + "|" + kind + "|" + invoiceDate);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
