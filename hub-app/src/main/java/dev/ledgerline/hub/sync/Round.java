package dev.ledgerline.hub.sync;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.hub.binding.Binding;
import dev.ledgerline.hub.binding.BindingRepository;
import dev.ledgerline.hub.binding.ExternalReference;
import dev.ledgerline.hub.odoo.Target;
import dev.ledgerline.hub.sync.FlowSync.Entry;
import dev.ledgerline.hub.sync.SyncOutcome.Delivered;
import dev.ledgerline.hub.sync.SyncOutcome.Effect;
import dev.ledgerline.hub.sync.SyncOutcome.Failed;
import dev.ledgerline.odoo.client.Domain;
import dev.ledgerline.odoo.client.OdooContext;
import dev.ledgerline.odoo.client.OdooModel;
import dev.ledgerline.odoo.client.OdooRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One round of records whose parents are in Odoo: one {@code search_read} for all of them (by binding
 * and by reference, archived records included), so a record Odoo already holds — also one whose
 * creation answer was lost — is never created twice; then one {@code create} for all new records and
 * one {@code write} per distinct set of changed fields. Bindings are stored as soon as Odoo answered.
 */
final class Round<T extends CanonicalRecord> {

    private final BindingRepository bindings;
    private final Flows flows;
    private final Creation creation;
    private final Lookups lookups;
    private final TransactionTemplate tx;
    private final Clock clock;

    Round(
            BindingRepository bindings,
            Flows flows,
            Creation creation,
            Lookups lookups,
            TransactionTemplate tx,
            Clock clock) {
        this.bindings = bindings;
        this.flows = flows;
        this.creation = creation;
        this.lookups = lookups;
        this.tx = tx;
        this.clock = clock;
    }

    Map<UUID, SyncOutcome> run(Target target, Mapping<T> mapping, List<Entry<T>> ready, ParentIds parents) {
        Map<UUID, SyncOutcome> out = new LinkedHashMap<>();
        ExternalReference reference = mapping.reference();
        Map<UUID, Long> bound = bindings.find(
                target.name(),
                mapping.model(),
                ready.stream().map(e -> e.item().id()).toList());
        List<String> references =
                ready.stream().map(e -> FlowSync.referenceOf(e.item())).toList();
        Existing existing;
        try {
            existing = Existing.find(target, mapping, reference, references, bound.values());
        } catch (RuntimeException e) {
            ready.forEach(r -> out.put(r.item().id(), new Failed(e)));
            return out;
        }
        MappingContext context = new Context(target, parents, lookups, flows);
        List<Creation.New> creates = new ArrayList<>();
        Map<Map<String, Object>, Change> writes = new LinkedHashMap<>();
        for (Entry<T> e : ready) {
            UUID id = e.item().id();
            String ref = FlowSync.referenceOf(e.item());
            Optional<OdooRecord> match = existing.of(bound.get(id), ref);
            if (e.item().deleted()) {
                if (match.isEmpty()) {
                    out.put(id, new Delivered(mapping.model(), null, Effect.ABSENT));
                } else {
                    plan(writes, out, id, match.get(), mapping.archiveValues(), Effect.ARCHIVED, mapping.model());
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
            values.put(reference.field(), ref);
            if (match.isPresent()) {
                plan(writes, out, id, match.get(), values, Effect.UPDATED, mapping.model());
            } else {
                creates.add(new Creation.New(id, values));
            }
        }
        writes.forEach((changes, change) -> {
            try {
                target.call(() -> {
                    target.model(mapping.model()).write(change.odooIds(), changes);
                    return null;
                });
                change.records()
                        .forEach((id, odooId) -> out.put(id, new Delivered(mapping.model(), odooId, change.effect())));
            } catch (RuntimeException ex) {
                change.records().keySet().forEach(id -> out.put(id, new Failed(ex)));
            }
        });
        out.putAll(creation.create(target, mapping.model(), creates));
        bind(target, mapping.model(), out);
        return out;
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

    private void bind(Target target, String model, Map<UUID, SyncOutcome> out) {
        List<Binding> delivered = new ArrayList<>();
        out.forEach((id, outcome) -> {
            if (outcome instanceof Delivered d && d.odooId() != null) {
                delivered.add(new Binding(target.name(), model, d.odooId(), id));
            }
        });
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

    /** What Odoo holds for a round: by id and by reference (the lowest id when several carry one). */
    private record Existing(Map<Long, OdooRecord> byId, Map<String, OdooRecord> byReference) {

        static Existing find(
                Target target,
                Mapping<?> mapping,
                ExternalReference reference,
                List<String> references,
                java.util.Collection<Long> boundIds) {
            Set<String> fields = new LinkedHashSet<>(mapping.fields());
            fields.addAll(mapping.archiveValues().keySet());
            fields.add(reference.field());
            Domain domain = reference.matching(references);
            if (!boundIds.isEmpty()) {
                domain = domain.or(Domain.in("id", List.copyOf(boundIds)));
            }
            OdooModel model = target.model(mapping.model())
                    .withContext(OdooContext.empty().with("active_test", false));
            Domain search = domain;
            List<OdooRecord> found = target.call(() -> model.searchRead(search, fields));
            Map<Long, OdooRecord> byId = new HashMap<>();
            Map<String, OdooRecord> byReference = new HashMap<>();
            for (OdooRecord r : found) {
                byId.put(r.id(), r);
                r.string(reference.field())
                        .ifPresent(ref -> byReference.merge(ref, r, (a, b) -> a.id() <= b.id() ? a : b));
            }
            return new Existing(byId, byReference);
        }

        Optional<OdooRecord> of(Long boundId, String reference) {
            if (boundId != null && byId.containsKey(boundId)) {
                return Optional.of(byId.get(boundId));
            }
            return Optional.ofNullable(byReference.get(reference));
        }
    }

    /** The mapping's view of the target and of the parents already in Odoo. */
    private record Context(Target target, ParentIds parents, Lookups lookups, Flows flows) implements MappingContext {

        @Override
        public long odooId(RecordKey parent) {
            String model = flows.of(parent.type())
                    .orElseThrow(() -> new MappingException("no flow delivers " + parent.type() + " records"))
                    .model();
            return parents.idOf(parent, model)
                    .orElseThrow(() -> new MappingException(parent + " is not in target " + target.name()));
        }

        @Override
        public Optional<Long> companyId() {
            return target.companyId();
        }

        @Override
        public long lookup(String model, String field, String value) {
            return lookups.lookup(target, model, field, value);
        }
    }
}
