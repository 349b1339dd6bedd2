package dev.ledgerline.hub.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chain's arithmetic: an entry's hash is {@code SHA-256(previousHash + content)}, where content
 * is the JSON array {@code [seq, recordedAt, actor, action, subject, details]} (JSON escaping keeps
 * the parts apart whatever they contain). The first entry's previous hash is {@link #GENESIS}.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditChain() {}

    static String hash(AuditEntry e) {
        return hash(e.previousHash(), e.seq(), e.recordedAt(), e.actor(), e.action(), e.subject(), e.details());
    }

    static String hash(
            String previousHash,
            long seq,
            java.time.Instant recordedAt,
            String actor,
            String action,
            String subject,
            String details) {
        String content = JSON.writeValueAsString(
                Arrays.asList(Long.toString(seq), recordedAt.toString(), actor, action, subject, details));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha.update(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
