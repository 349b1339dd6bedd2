package dev.ledgerline.hub.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hub's audit log: configuration changes, operator actions, finance decisions, token events and
 * ownership violations, append-only and hash-chained.
 *
 * <p>Call it inside the transaction of the action it records, after the action's own writes: the
 * entry commits or rolls back with the action, and appending locks the end of the chain until the
 * transaction ends (so entries of concurrent transactions form one chain). Without a transaction
 * each call runs in its own.
 */
@Component
public class AuditLog {

    private final AuditRepository repository;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    AuditLog(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Records one entry; {@code details} is a JSON-like tree (maps, lists, strings, numbers, booleans). */
    @Transactional
    public AuditEntry record(String actor, String action, String subject, Map<String, ?> details) {
        return recordAll(List.of(new AuditRecord(actor, action, subject, details)))
                .getFirst();
    }

    /** Records several entries in order, locking the chain once. */
    @Transactional
    public List<AuditEntry> recordAll(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        AuditRepository.Head head = repository.lockHead();
        // the columns keep microseconds: hash exactly what will be read back
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<AuditEntry> entries = new ArrayList<>(records.size());
        long seq = head.lastSeq();
        String previous = head.lastHash();
        for (AuditRecord r : records) {
            seq++;
            String details = json.writeValueAsString(r.details());
            String hash = AuditChain.hash(previous, seq, now, r.actor(), r.action(), r.subject(), details);
            entries.add(new AuditEntry(seq, now, r.actor(), r.action(), r.subject(), details, previous, hash));
            previous = hash;
        }
        repository.append(entries);
        return List.copyOf(entries);
    }

    /**
     * The newest entry of {@code action} about {@code subject}. It locks the end of the chain until
     * the transaction ends, so a decision to record based on it cannot race another instance making
     * the same decision.
     */
    @Transactional
    public Optional<AuditEntry> latest(String action, String subject) {
        repository.lockHead();
        return repository.latest(action, subject);
    }

    /** Entries in chain order from {@code since} (any time when null), of {@code action} and its sub-actions. */
    public List<AuditEntry> find(Instant since, String action, long afterSeq, int limit) {
        return repository.find(since, action, afterSeq, limit);
    }
}
