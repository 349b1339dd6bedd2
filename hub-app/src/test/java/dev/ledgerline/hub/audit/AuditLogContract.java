package dev.ledgerline.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log against whichever database the concrete class configures (H2 and PostgreSQL). A test
 * that tampers with a row puts it back before it ends, so the chain is intact for the next test.
 */
abstract class AuditLogContract {

    @Autowired
    AuditLog log;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    JdbcClient sql;

    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void chainStartsIntact() {
        assertThat(verifier.verify().firstBroken()).isEmpty();
    }

    private List<AuditEntry> recordFive() {
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            entries.add(log.record(
                    "token:ops-console",
                    "exception.replayed",
                    "psa:time_entry:TE-" + i,
                    Map.of("reason", "mapping fixed", "attempt", i)));
        }
        return entries;
    }

    private AuditEntry stored(long seq) {
        return sql.sql("SELECT * FROM audit_entry WHERE seq = :seq")
                .param("seq", seq)
                .query((rs, n) -> new AuditEntry(
                        rs.getLong("seq"),
                        dev.ledgerline.hub.ledger.DbTime.read(rs, "recorded_at"),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("subject"),
                        rs.getString("details"),
                        rs.getString("prev_hash"),
                        rs.getString("entry_hash")))
                .single();
    }

    @Test
    @Tag("R11")
    void alteredRowIsNamedAsTheFirstBrokenEntry() {
        List<AuditEntry> entries = recordFive();
        AuditEntry third = entries.get(2);

        sql.sql("UPDATE audit_entry SET details = :d WHERE seq = :seq")
                .param("d", "{\"attempt\":3,\"reason\":\"nothing to see\"}")
                .param("seq", third.seq())
                .update();
        Verification tampered;
        try {
            tampered = verifier.verify();
        } finally {
            sql.sql("UPDATE audit_entry SET details = :d WHERE seq = :seq")
                    .param("d", third.details())
                    .param("seq", third.seq())
                    .update();
        }

        assertThat(tampered.intact()).isFalse();
        Verification.Break broken = tampered.firstBroken().orElseThrow();
        assertThat(broken.seq()).isEqualTo(third.seq());
        assertThat(broken.subject()).isEqualTo("psa:time_entry:TE-3");
        assertThat(broken.reason()).contains("content does not match its hash");
        assertThat(tampered.checked()).isEqualTo(third.seq() - 1);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    @Tag("R11")
    void alteredAndRehashedRowBreaksTheLinkOfTheNextEntry() {
        List<AuditEntry> entries = recordFive();
        AuditEntry second = entries.get(1);
        String forgedHash = AuditChain.hash(
                second.previousHash(),
                second.seq(),
                second.recordedAt(),
                "token:someone-else",
                second.action(),
                second.subject(),
                second.details());

        sql.sql("UPDATE audit_entry SET actor = 'token:someone-else', entry_hash = :h WHERE seq = :seq")
                .param("h", forgedHash)
                .param("seq", second.seq())
                .update();
        Verification tampered;
        try {
            tampered = verifier.verify();
        } finally {
            sql.sql("UPDATE audit_entry SET actor = :a, entry_hash = :h WHERE seq = :seq")
                    .param("a", second.actor())
                    .param("h", second.hash())
                    .param("seq", second.seq())
                    .update();
        }

        Verification.Break broken = tampered.firstBroken().orElseThrow();
        assertThat(broken.seq()).isEqualTo(second.seq() + 1);
        assertThat(broken.reason()).contains("previous hash is not the hash of entry " + second.seq());
    }

    @Test
    @Tag("R11")
    void removedRowIsNamedByTheEntryAfterTheGap() {
        List<AuditEntry> entries = recordFive();
        AuditEntry fourth = stored(entries.get(3).seq());

        sql.sql("DELETE FROM audit_entry WHERE seq = :seq")
                .param("seq", fourth.seq())
                .update();
        Verification tampered;
        try {
            tampered = verifier.verify();
        } finally {
            reinsert(fourth);
        }

        Verification.Break broken = tampered.firstBroken().orElseThrow();
        assertThat(broken.seq()).isEqualTo(fourth.seq() + 1);
        assertThat(broken.reason()).contains("entry " + fourth.seq() + " before it is missing");
    }

    @Test
    @Tag("R11")
    void removedNewestRowIsFoundAgainstTheChainHead() {
        AuditEntry last = stored(recordFive().getLast().seq());

        sql.sql("DELETE FROM audit_entry WHERE seq = :seq")
                .param("seq", last.seq())
                .update();
        Verification tampered;
        try {
            tampered = verifier.verify();
        } finally {
            reinsert(last);
        }

        Verification.Break broken = tampered.firstBroken().orElseThrow();
        assertThat(broken.seq()).isEqualTo(last.seq());
        assertThat(broken.reason()).contains("missing");
        assertThat(tampered.headHash()).isEqualTo(last.hash());
    }

    @Test
    void entriesOfConcurrentTransactionsFormOneChain() throws Exception {
        long before = verifier.verify().headSeq();
        List<Callable<Void>> writers = IntStream.range(0, 4)
                .<Callable<Void>>mapToObj(w -> () -> {
                    for (int i = 0; i < 25; i++) {
                        int n = i;
                        transaction.executeWithoutResult(
                                s -> log.record("token:writer-" + w, "test.concurrent", null, Map.of("n", n)));
                    }
                    return null;
                })
                .toList();

        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (Future<Void> f : pool.invokeAll(writers)) {
                f.get();
            }
        }

        Verification after = verifier.verify();
        assertThat(after.intact()).isTrue();
        assertThat(after.headSeq()).isEqualTo(before + 100);
        assertThat(sql.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'test.concurrent'")
                        .query(Long.class)
                        .single())
                .isEqualTo(100);
    }

    @Test
    void entryRollsBackWithTheActionItRecords() {
        long before = verifier.verify().headSeq();

        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> {
                    log.record("token:finance", "proposal.approved", "P-1", Map.of());
                    throw new IllegalStateException("the approval failed");
                }))
                .hasMessage("the approval failed");

        Verification after = verifier.verify();
        assertThat(after.headSeq()).isEqualTo(before);
        assertThat(after.intact()).isTrue();
    }

    @Test
    void entriesAreFoundByTimeAndActionFamily() {
        AuditEntry first = recordFive().getFirst();
        log.record("system", "exceptionX.other", null, Map.of());

        List<AuditEntry> found = log.find(first.recordedAt(), "exception", first.seq() - 1, 100);
        List<AuditEntry> anyThree = log.find(null, null, first.seq() - 1, 3);

        assertThat(anyThree).extracting(AuditEntry::seq).containsExactly(first.seq(), first.seq() + 1, first.seq() + 2);
        assertThat(found).extracting(AuditEntry::action).containsOnly("exception.replayed");
        assertThat(found).hasSizeGreaterThanOrEqualTo(5);
        assertThat(found.getFirst().seq()).isEqualTo(first.seq());
    }

    private void reinsert(AuditEntry e) {
        sql.sql("""
                        INSERT INTO audit_entry (seq, recorded_at, actor, action, subject, details, prev_hash, entry_hash)
                        VALUES (:seq, :at, :actor, :action, :subject, :details, :prev, :hash)""")
                .param("seq", e.seq())
                .param("at", dev.ledgerline.hub.ledger.DbTime.of(e.recordedAt()))
                .param("actor", e.actor())
                .param("action", e.action())
                .param("subject", e.subject())
                .param("details", e.details())
                .param("prev", e.previousHash())
                .param("hash", e.hash())
                .update();
    }
}
