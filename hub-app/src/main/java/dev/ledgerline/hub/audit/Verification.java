package dev.ledgerline.hub.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * The result of walking the audit chain: how many entries were checked, the first broken one if
 * any, and the chain's end as the database records it ({@code headSeq}, {@code headHash}; keep the
 * hash somewhere else to detect the removal of the newest entries too).
 */
public record Verification(long checked, Optional<Break> firstBroken, long headSeq, String headHash) {

    public boolean intact() {
        return firstBroken.isEmpty();
    }

    /** The first entry whose content or link does not hold, and why. */
    public record Break(long seq, Instant recordedAt, String action, String subject, String reason) {}
}
