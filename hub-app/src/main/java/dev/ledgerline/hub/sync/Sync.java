package dev.ledgerline.hub.sync;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.hub.binding.BindingRepository;
import dev.ledgerline.hub.ledger.LedgerRepository;
import dev.ledgerline.hub.odoo.Target;
import dev.ledgerline.hub.sync.SyncOutcome.Failed;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers a batch of ledger records to one target: grouped by flow, parents' flows first (customers
 * before projects before tasks before time entries), each flow's records together. Every record gets
 * an outcome; nothing thrown escapes for a single record.
 */
@Component
public class Sync {

    /** Types other records wait for, in the order they are delivered within one batch. */
    private static final List<RecordType> PARENTS_FIRST = List.of(
            RecordType.CUSTOMER,
            RecordType.EMPLOYEE,
            RecordType.CONTRACT,
            RecordType.PROJECT,
            RecordType.TASK,
            RecordType.PURCHASE_COMMITMENT);

    private final Flows flows;
    private final BindingRepository bindings;
    private final LedgerRepository ledger;
    private final SyncProperties settings;
    private final PayloadReader reader = new PayloadReader();
    private final Lookups lookups = new Lookups();
    private final Creation creation = new Creation();
    private final ReferenceStores stores;
    private final TargetContext.Dialects dialects = new TargetContext.Dialects();
    private final TransactionTemplate tx;
    private final Clock clock;

    public Sync(
            Flows flows,
            BindingRepository bindings,
            LedgerRepository ledger,
            SyncProperties settings,
            TransactionTemplate tx,
            Clock clock) {
        this.flows = flows;
        this.bindings = bindings;
        this.ledger = ledger;
        this.settings = settings;
        this.stores = new ReferenceStores(settings.referenceFields());
        this.tx = tx;
        this.clock = clock;
    }

    public Map<UUID, SyncOutcome> deliver(Target target, List<SyncItem> items) {
        Map<UUID, SyncOutcome> out = new LinkedHashMap<>();
        ParentIds parents = new ParentIds(bindings);
        Map<RecordType, List<SyncItem>> byType = items.stream()
                .collect(Collectors.groupingBy(i -> i.key().type(), LinkedHashMap::new, Collectors.toList()));
        byType.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> rank(e.getKey())))
                .forEach(group -> out.putAll(deliver(target, group.getKey(), group.getValue(), parents)));
        return out;
    }

    private Map<UUID, SyncOutcome> deliver(Target target, RecordType type, List<SyncItem> items, ParentIds parents) {
        Mapping<?> mapping = flows.of(type).orElse(null);
        if (mapping == null) {
            Map<UUID, SyncOutcome> out = new LinkedHashMap<>();
            items.forEach(
                    i -> out.put(i.id(), new Failed(new MappingException("no flow delivers " + type + " records"))));
            return out;
        }
        try {
            return flow(target, mapping, parents).deliver(items);
        } catch (RuntimeException e) {
            // a fault of the hub itself (a database error, a bug): the batch is tried again later
            Map<UUID, SyncOutcome> out = new LinkedHashMap<>();
            items.forEach(i -> out.put(i.id(), new Failed(e)));
            return out;
        }
    }

    private <T extends CanonicalRecord> FlowSync<T> flow(Target target, Mapping<T> mapping, ParentIds parents) {
        MappingContext context = new TargetContext(target, parents, lookups, flows, ledger, reader, dialects);
        return new FlowSync<>(
                target,
                mapping,
                flows,
                parents,
                reader,
                new Round<>(bindings, creation, stores, context, settings, tx, clock));
    }

    private static int rank(RecordType type) {
        int i = PARENTS_FIRST.indexOf(type);
        return i < 0 ? PARENTS_FIRST.size() : i;
    }
}
