package dev.ledgerline.hub.ingest;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.ownership.FieldViolation;
import dev.ledgerline.core.ownership.OwnershipPolicy;
import dev.ledgerline.core.ownership.OwnershipVerdict;
import dev.ledgerline.core.validation.Problem;
import dev.ledgerline.hub.ledger.LedgerRepository;
import dev.ledgerline.hub.ledger.StoredRecord;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Ownership at ingest: judges each valid item against the current version of its key inside the
 * batch's transaction, the stored one or the one an earlier item of the same batch left.
 */
@Component
class OwnershipCheck {

    private final OwnershipPolicy policy;
    private final ItemPreparation preparation;
    private final LedgerRepository ledger;
    private final StoredTrees trees;

    OwnershipCheck(OwnershipPolicy policy, ItemPreparation preparation, LedgerRepository ledger, StoredTrees trees) {
        this.policy = policy;
        this.preparation = preparation;
        this.ledger = ledger;
        this.trees = trees;
    }

    /** Loads the current data of the keys the policy constrains (only those: most batches load nothing). */
    Batch begin(List<PreparedItem> items, Map<RecordKey, StoredRecord> stored) {
        Set<RecordKey> constrained = new LinkedHashSet<>();
        for (PreparedItem item : items) {
            if (item.valid() && policy.constrains(item.key().type(), item.key().source())) {
                StoredRecord current = stored.get(item.key());
                if (current != null && current.hasAcceptedVersion()) {
                    constrained.add(item.key());
                }
            }
        }
        Map<RecordKey, Map<String, Object>> current = new HashMap<>();
        ledger.currentPayloads(constrained).forEach((key, payload) -> current.put(key, trees.parse(payload)));
        return new Batch(current);
    }

    /** The ownership state of one batch: the current data of constrained keys as the batch goes on. */
    final class Batch {

        private final Map<RecordKey, Map<String, Object>> current;

        private Batch(Map<RecordKey, Map<String, Object>> current) {
            this.current = current;
        }

        /**
         * Judges a valid item. {@code hasVersion} says whether its key has an accepted version (in the
         * ledger or earlier in this batch).
         */
        Judgement judge(PreparedItem item, boolean hasVersion) {
            RecordKey key = item.key();
            if (!policy.constrains(key.type(), key.source())) {
                return new Judgement(item, List.of(), false);
            }
            OwnershipVerdict verdict =
                    policy.judge(key.type(), key.source(), hasVersion ? current.get(key) : null, item.data());
            return switch (verdict) {
                case OwnershipVerdict.Allowed a -> new Judgement(item, List.of(), false);
                case OwnershipVerdict.Rejected r -> new Judgement(item, r.violations(), true);
                case OwnershipVerdict.Ignored i ->
                    new Judgement(preparation.withData(item, i.data()), i.violations(), false);
            };
        }

        /** The item's data is now the key's current version for later items of the batch. */
        void accepted(PreparedItem effective) {
            if (policy.constrains(effective.key().type(), effective.key().source())) {
                current.put(effective.key(), effective.data());
            }
        }
    }

    /**
     * What ownership made of an item: {@code effective} is the item to apply (the sent one, or one
     * with foreign fields kept at their stored values); {@code refused} means nothing of it applies.
     */
    record Judgement(PreparedItem effective, List<FieldViolation> violations, boolean refused) {

        List<Problem> problems() {
            return violations.stream().map(FieldViolation::problem).toList();
        }

        List<Problem> warnings() {
            return refused
                    ? List.of()
                    : violations.stream().map(FieldViolation::warning).toList();
        }
    }
}
