package dev.ledgerline.hub.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Walks the audit chain from its first entry and names the first one that does not hold: an entry
 * whose content no longer matches its hash (a changed row), whose previous hash is not its
 * predecessor's (a row inserted, or one recomputed after a change), or that follows a gap in the
 * sequence (a row removed). Reads in pages, so memory stays flat however long the log is.
 */
@Component
public class AuditVerifier {

    private static final int PAGE = 1000;

    private final AuditRepository repository;

    AuditVerifier(AuditRepository repository) {
        this.repository = repository;
    }

    public Verification verify() {
        AuditRepository.Head head = repository.head();
        long expectedSeq = 1;
        String previousHash = AuditChain.GENESIS;
        long checked = 0;
        while (true) {
            List<AuditEntry> page = repository.page(expectedSeq - 1, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (AuditEntry e : page) {
                Optional<String> problem = check(e, expectedSeq, previousHash);
                if (problem.isPresent()) {
                    return broken(checked, e, problem.get(), head);
                }
                checked++;
                expectedSeq = e.seq() + 1;
                previousHash = e.hash();
            }
        }
        long last = expectedSeq - 1;
        if (head.lastSeq() != last || !head.lastHash().equals(previousHash)) {
            String reason = head.lastSeq() > last
                    ? "the chain ends at entry " + last + " but its head records " + head.lastSeq()
                            + " entries: entries from " + (last + 1) + " on are missing"
                    : "the chain head does not match entry " + last;
            return new Verification(
                    checked,
                    Optional.of(new Verification.Break(last + 1, null, null, null, reason)),
                    head.lastSeq(),
                    head.lastHash());
        }
        return new Verification(checked, Optional.empty(), head.lastSeq(), head.lastHash());
    }

    private static Optional<String> check(AuditEntry e, long expectedSeq, String previousHash) {
        if (e.seq() != expectedSeq) {
            return Optional.of(
                    expectedSeq == e.seq() - 1
                            ? "entry " + expectedSeq + " before it is missing"
                            : "entries " + expectedSeq + " to " + (e.seq() - 1) + " before it are missing");
        }
        if (!AuditChain.hash(e).equals(e.hash())) {
            return Optional.of("its content does not match its hash: the entry was changed");
        }
        if (!e.previousHash().equals(previousHash)) {
            return Optional.of(
                    e.seq() == 1
                            ? "it does not start the chain"
                            : "its previous hash is not the hash of entry " + (e.seq() - 1)
                                    + ": that entry was changed and rehashed, or this one inserted");
        }
        return Optional.empty();
    }

    private static Verification broken(long checked, AuditEntry e, String reason, AuditRepository.Head head) {
        return new Verification(
                checked,
                Optional.of(new Verification.Break(e.seq(), e.recordedAt(), e.action(), e.subject(), reason)),
                head.lastSeq(),
                head.lastHash());
    }
}
