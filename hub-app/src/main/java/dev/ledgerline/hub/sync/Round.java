package dev.ledgerline.hub.sync;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.hub.binding.Binding;
import dev.ledgerline.hub.binding.BindingRepository;
import dev.ledgerline.hub.odoo.Target;
import dev.ledgerline.hub.sync.FlowSync.Entry;
import dev.ledgerline.hub.sync.SyncOutcome.Delivered;
import dev.ledgerline.hub.sync.SyncOutcome.Effect;
import dev.ledgerline.hub.sync.SyncOutcome.Failed;
import dev.ledgerline.hub.sync.SyncOutcome.Kept;
import dev.ledgerline.hub.sync.SyncProperties.DeleteMode;
import dev.ledgerline.odoo.client.Command;
import dev.ledgerline.odoo.client.Many2one;
import dev.ledgerline.odoo.client.OdooRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One round of records whose parents are in Odoo: one search for all of them (by binding and by
 * reference, archived records included), so a record Odoo already holds — also one whose creation
 * answer was lost — is never created twice; then one {@code write} per distinct set of changed fields,
 * one {@code unlink} for deletions configured so (and for versions the flow keeps back, of a model
 * without archive), and one {@code create} for all new records; Odoo records the flow calls frozen are
 * left as they are. Then the records Odoo made along with them are read back and their companions
 * kept. Bindings are stored as soon as Odoo answered.
 */
final class Round<T extends CanonicalRecord> {

    private static final Logger log = LoggerFactory.getLogger(Round.class);

    private final BindingRepository bindings;
    private final Creation creation;
    private final ReferenceStores stores;
    private final Companions companions;
    private final MappingContext context;
    private final SyncProperties settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    Round(
            BindingRepository bindings,
            Creation creation,
            ReferenceStores stores,
            MappingContext context,
            SyncProperties settings,
            TransactionTemplate tx,
            Clock clock) {
        this.bindings = bindings;
        this.creation = creation;
        this.stores = stores;
        this.companions = new Companions(stores);
        this.context = context;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
    }

    Map<UUID, SyncOutcome> run(Target target, Mapping<T> mapping, List<Entry<T>> ready) {
        Map<UUID, SyncOutcome> out = new LinkedHashMap<>();
        String model = mapping.model();
        ReferenceStore store;
        Map<UUID, Long> bound;
        Map<UUID, String> references = new LinkedHashMap<>();
        ReferenceStore.Found existing;
        Map<RecordKey, String> frozen;
        try {
            store = stores.of(target, model, mapping.reference());
            bound = bindings.find(
                    target.name(), model, ready.stream().map(e -> e.item().id()).toList());
            for (Entry<T> e : ready) {
                references.put(e.item().id(), referenceOf(mapping, e));
            }
            Set<String> fields = new LinkedHashSet<>(mapping.fields());
            if (mapping.archivable()) {
                fields.addAll(mapping.archiveValues().keySet());
            }
            fields.addAll(mapping.alsoRead());
            existing = store.find(target, model, references.values(), bound.values(), fields);
            Map<RecordKey, OdooRecord> held = new LinkedHashMap<>();
            for (Entry<T> e : ready) {
                existing.of(bound.get(e.item().id()), references.get(e.item().id()))
                        .ifPresent(r -> held.put(e.item().key(), r));
            }
            frozen = held.isEmpty() ? Map.of() : mapping.frozen(held);
        } catch (RuntimeException e) {
            ready.forEach(r -> out.put(r.item().id(), new Failed(e)));
            return out;
        }
        boolean unlinksDeleted = settings.of(mapping.type()).delete() == DeleteMode.UNLINK || !mapping.archivable();
        List<Creation.New> creates = new ArrayList<>();
        Map<Map<String, Object>, Change> writes = new LinkedHashMap<>();
        Map<UUID, Long> unlinks = new LinkedHashMap<>();
        Map<UUID, List<Companion>> inlined = new LinkedHashMap<>();
        for (Entry<T> e : ready) {
            UUID id = e.item().id();
            String ref = references.get(id);
            Optional<String> keptBack = e.item().deleted() ? Optional.empty() : mapping.keptBack(e.record());
            boolean onto = !e.item().deleted() && mapping.writesOnto(e.record()).isPresent();
            Optional<OdooRecord> match = existing.of(bound.get(id), ref);
            String frozenReason = match.isPresent() ? frozen.get(e.item().key()) : null;
            if (e.item().deleted() || keptBack.isPresent()) {
                boolean writesOnto = mapping.writesOnto(e.record()).isPresent();
                if (match.isEmpty()) {
                    out.put(
                            id,
                            keptBack.<SyncOutcome>map(Kept::new)
                                    .orElseGet(() -> new Delivered(model, null, Effect.ABSENT)));
                } else if (frozenReason != null) {
                    out.put(id, new Kept(frozenReason));
                } else if (unlinksDeleted && !writesOnto) {
                    unlinks.put(id, match.get().id());
                } else {
                    plan(writes, out, id, match.get(), mapping.archiveValues(), Effect.ARCHIVED, model);
                }
                continue;
            }
            Map<String, Object> values;
            try {
                values = new LinkedHashMap<>(mapping.values(e.record(), context));
            } catch (RuntimeException ex) {
                out.put(id, new Failed(ex));
                continue;
            }
            if (!onto) {
                store.put(values, ref);
            }
            if (match.isPresent() && frozenReason != null) {
                // the Odoo record stays as it is; a version that would change nothing is simply unchanged
                out.put(
                        id,
                        ValueDiff.changes(values, match.get()).isEmpty()
                                ? new Delivered(model, match.get().id(), Effect.UNCHANGED)
                                : new Kept(frozenReason));
            } else if (match.isPresent()) {
                plan(writes, out, id, match.get(), values, Effect.UPDATED, model);
            } else if (onto) {
                out.put(
                        id,
                        new Failed(new MappingException("the Odoo record " + ref + " that "
                                + e.item().key() + " changes is not in target " + target.name() + " yet")));
            } else {
                try {
                    inline(target, mapping, e, values, inlined);
                } catch (RuntimeException ex) {
                    out.put(id, new Failed(ex));
                    continue;
                }
                creates.add(new Creation.New(id, values));
            }
        }
        writes.forEach((changes, change) -> {
            try {
                target.call(() -> {
                    target.model(model).write(change.odooIds(), changes);
                    return null;
                });
                change.records().forEach((id, odooId) -> out.put(id, new Delivered(model, odooId, change.effect())));
            } catch (RuntimeException ex) {
                change.records().keySet().forEach(id -> out.put(id, new Failed(ex)));
            }
        });
        unlink(target, model, unlinks, out);
        Map<UUID, SyncOutcome> created = creation.create(target, model, creates);
        out.putAll(created);
        keepCreatedReferences(target, model, store, created, references);
        List<Binding> relations = readBack(target, mapping, ready, out);
        keepCompanions(target, mapping, ready, out, created.keySet(), inlined);
        bind(target, model, out, relations);
        return out;
    }

    /** The reference a record is found by: its own, or that of the record it writes onto. */
    private static <T extends CanonicalRecord> String referenceOf(Mapping<T> mapping, Entry<T> e) {
        return mapping.writesOnto(e.record()).orElseGet(() -> FlowSync.referenceOf(e.item()));
    }

    private static void unlink(Target target, String model, Map<UUID, Long> unlinks, Map<UUID, SyncOutcome> out) {
        if (unlinks.isEmpty()) {
            return;
        }
        try {
            target.call(() -> {
                target.model(model).unlink(List.copyOf(new LinkedHashSet<>(unlinks.values())));
                return null;
            });
            unlinks.forEach((id, odooId) -> out.put(id, new Delivered(model, odooId, Effect.UNLINKED)));
        } catch (RuntimeException ex) {
            unlinks.keySet().forEach(id -> out.put(id, new Failed(ex)));
        }
    }

    /** Where the reference is not a field of the record, it is kept right after the create. */
    private static void keepCreatedReferences(
            Target target,
            String model,
            ReferenceStore store,
            Map<UUID, SyncOutcome> created,
            Map<UUID, String> references) {
        Map<Long, String> byOdooId = new LinkedHashMap<>();
        created.forEach((id, outcome) -> {
            if (outcome instanceof Delivered d && d.odooId() != null) {
                byOdooId.put(d.odooId(), references.get(id));
            }
        });
        try {
            store.created(target, model, byOdooId);
        } catch (RuntimeException e) {
            // the records are in Odoo and bound; only a rebuild from Odoo alone would miss them
            log.warn(
                    "Odoo target {}: external ids of {} new {} records not written: {}",
                    target.name(),
                    byOdooId.size(),
                    model,
                    e.getMessage());
        }
    }

    /** Binds what Odoo made along with the delivered records (a project's analytic account). */
    private List<Binding> readBack(
            Target target, Mapping<T> mapping, List<Entry<T>> entries, Map<UUID, SyncOutcome> out) {
        List<Binding> relations = new ArrayList<>();
        Map<Long, UUID> owners = new LinkedHashMap<>();
        for (Entry<T> e : entries) {
            if (!e.item().deleted() && out.get(e.item().id()) instanceof Delivered d && stays(d)) {
                owners.put(d.odooId(), e.item().id());
            }
        }
        if (owners.isEmpty()) {
            return relations;
        }
        Map<String, String> fields;
        try {
            fields = mapping.boundRelations(context);
            if (fields.isEmpty()) {
                return relations;
            }
            List<OdooRecord> read = target.call(() ->
                    target.model(mapping.model()).read(List.copyOf(owners.keySet()), List.copyOf(fields.keySet())));
            for (OdooRecord r : read) {
                fields.forEach((field, relModel) -> r.many2one(field)
                        .map(Many2one::id)
                        .ifPresent(relId ->
                                relations.add(new Binding(target.name(), relModel, relId, owners.get(r.id())))));
            }
        } catch (RuntimeException ex) {
            owners.values().forEach(id -> out.put(id, new Failed(ex)));
        }
        return relations;
    }

    /**
     * Companions whose link has an inverse one2many and whose reference is a field go into the new
     * record's own {@code create}: one Odoo transaction, no moment without them.
     */
    private void inline(
            Target target,
            Mapping<T> mapping,
            Entry<T> e,
            Map<String, Object> values,
            Map<UUID, List<Companion>> inlined) {
        for (Companion c : mapping.companions(e.item().key(), e.record(), context)) {
            if (c.retired() || c.link().inverse() == null) {
                continue;
            }
            ReferenceStore companionStore = stores.of(target, c.model(), c.field());
            if (!(companionStore instanceof ReferenceStore.OnRecord)) {
                continue;
            }
            Map<String, Object> child = new LinkedHashMap<>(c.values());
            companionStore.put(child, c.reference());
            List<Object> commands = new ArrayList<>();
            if (values.get(c.link().inverse()) instanceof List<?> given) {
                commands.addAll(given);
            }
            commands.add(Command.create(child));
            values.put(c.link().inverse(), commands);
            inlined.computeIfAbsent(e.item().id(), k -> new ArrayList<>()).add(c);
        }
    }

    private void keepCompanions(
            Target target,
            Mapping<T> mapping,
            List<Entry<T>> entries,
            Map<UUID, SyncOutcome> out,
            Set<UUID> created,
            Map<UUID, List<Companion>> inlined) {
        List<Companions.Owned> owned = new ArrayList<>();
        for (Entry<T> e : entries) {
            UUID id = e.item().id();
            if (e.item().deleted()
                    || !(out.get(id) instanceof Delivered d)
                    || !stays(d)
                    || mapping.writesOnto(e.record()).isPresent()) {
                continue;
            }
            try {
                List<Companion> done = created.contains(id) ? inlined.getOrDefault(id, List.of()) : List.of();
                for (Companion c : mapping.companions(e.item().key(), e.record(), context)) {
                    if (!done.contains(c)) {
                        owned.add(new Companions.Owned(id, d.odooId(), c));
                    }
                }
            } catch (RuntimeException ex) {
                out.put(id, new Failed(ex));
            }
        }
        if (!owned.isEmpty()) {
            companions.sync(target, owned).forEach((id, ex) -> out.put(id, new Failed(ex)));
        }
    }

    /** An Odoo record this round created or kept (not one it removed or archived). */
    private static boolean stays(Delivered d) {
        return d.odooId() != null && d.effect() != Effect.UNLINKED && d.effect() != Effect.ARCHIVED;
    }

    private static void plan(
            Map<Map<String, Object>, Change> writes,
            Map<UUID, SyncOutcome> out,
            UUID id,
            OdooRecord match,
            Map<String, Object> values,
            Effect effect,
            String model) {
        Map<String, Object> changes = ValueDiff.changes(values, match);
        if (changes.isEmpty()) {
            out.put(
                    id,
                    new Delivered(model, match.id(), effect == Effect.ARCHIVED ? Effect.ARCHIVED : Effect.UNCHANGED));
        } else {
            writes.computeIfAbsent(changes, c -> new Change(effect, new LinkedHashMap<>()))
                    .records()
                    .put(id, match.id());
        }
    }

    private void bind(Target target, String model, Map<UUID, SyncOutcome> out, List<Binding> relations) {
        List<Binding> delivered = new ArrayList<>();
        out.forEach((id, outcome) -> {
            if (outcome instanceof Delivered d && d.odooId() != null && d.effect() != Effect.UNLINKED) {
                delivered.add(new Binding(target.name(), model, d.odooId(), id));
            }
        });
        relations.stream()
                .filter(b -> out.get(b.recordId()) instanceof Delivered)
                .forEach(delivered::add);
        if (!delivered.isEmpty()) {
            tx.executeWithoutResult(s -> bindings.bind(delivered, clock.instant()));
        }
    }

    /** Records getting the same changed values, written in one call. */
    private record Change(Effect effect, Map<UUID, Long> records) {
        List<Long> odooIds() {
            return List.copyOf(new LinkedHashSet<>(records.values()));
        }
    }
}
