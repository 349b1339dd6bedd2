package dev.ledgerline.hub.sync;

import dev.ledgerline.hub.odoo.Target;
import dev.ledgerline.odoo.client.Domain;
import dev.ledgerline.odoo.client.OdooContext;
import dev.ledgerline.odoo.client.OdooModel;
import dev.ledgerline.odoo.client.OdooRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where one target keeps the hub's references on one model (docs/adr/0010, 0600): in a char field of
 * the record itself, written in the record's own {@code create} ({@code ref}, {@code x_ledgerline_ref});
 * or, where the target cannot hold the custom field, as the record's external id under module {@code
 * ledgerline}, created right after it (a second Odoo transaction: a create whose answer is lost before
 * its external id is written is not found again).
 */
sealed interface ReferenceStore {

    /** The module of the external ids the hub creates. */
    String MODULE = dev.ledgerline.hub.binding.ExternalReference.MODULE;

    /** The records carrying any of {@code references} or having one of {@code ids}, archived ones included. */
    Found find(Target target, String model, Collection<String> references, Collection<Long> ids, Set<String> fields);

    /** Adds the reference to the values of a create (or a write that restores it). */
    void put(Map<String, Object> values, String reference);

    /** Keeps the references of records just created, where {@link #put} could not. */
    void created(Target target, String model, Map<Long, String> referencesById);

    /** The reference is a field of the record. */
    record OnRecord(String field) implements ReferenceStore {

        @Override
        public Found find(
                Target target, String model, Collection<String> references, Collection<Long> ids, Set<String> fields) {
            if (references.isEmpty() && ids.isEmpty()) {
                return Found.of(List.of(), Map.of());
            }
            Domain domain = references.isEmpty()
                    ? Domain.in("id", List.copyOf(ids))
                    : ids.isEmpty()
                            ? Domain.in(field, List.copyOf(references))
                            : Domain.in(field, List.copyOf(references)).or(Domain.in("id", List.copyOf(ids)));
            Set<String> read = new LinkedHashSet<>(fields);
            read.add(field);
            Domain search = domain;
            List<OdooRecord> found =
                    target.call(() -> archivedToo(target, model).searchRead(search, read));
            Map<String, Long> byReference = new HashMap<>();
            for (OdooRecord r : found) {
                r.string(field).ifPresent(ref -> byReference.merge(ref, r.id(), Math::min));
            }
            return Found.of(found, byReference);
        }

        @Override
        public void put(Map<String, Object> values, String reference) {
            values.put(field, reference);
        }

        @Override
        public void created(Target target, String model, Map<Long, String> referencesById) {}
    }

    /** The reference is the record's external id {@code ledgerline.<reference>} ({@code ir.model.data}). */
    record AsExternalId() implements ReferenceStore {

        @Override
        public Found find(
                Target target, String model, Collection<String> references, Collection<Long> ids, Set<String> fields) {
            Map<String, List<Long>> candidates = new HashMap<>();
            if (!references.isEmpty()) {
                Domain xmlids = Domain.eq("module", MODULE)
                        .and(Domain.eq("model", model))
                        .and(Domain.in("name", List.copyOf(references)));
                List<OdooRecord> rows =
                        target.call(() -> target.model("ir.model.data").searchRead(xmlids, List.of("name", "res_id")));
                for (OdooRecord row : rows) {
                    row.string("name")
                            .ifPresent(name -> candidates
                                    .computeIfAbsent(name, k -> new ArrayList<>())
                                    .add(row.integer("res_id")));
                }
            }
            Set<Long> wanted = new LinkedHashSet<>(ids);
            candidates.values().forEach(wanted::addAll);
            if (wanted.isEmpty()) {
                return Found.of(List.of(), Map.of());
            }
            List<OdooRecord> found = target.call(
                    () -> archivedToo(target, model).searchRead(Domain.in("id", List.copyOf(wanted)), fields));
            // an external id can outlive its record (a target that keeps it after an unlink): the oldest
            // record that still exists is the one
            Set<Long> existing = new java.util.HashSet<>();
            found.forEach(r -> existing.add(r.id()));
            Map<String, Long> byReference = new HashMap<>();
            candidates.forEach((name, resIds) -> resIds.stream()
                    .filter(existing::contains)
                    .min(Long::compare)
                    .ifPresent(id -> byReference.put(name, id)));
            return Found.of(found, byReference);
        }

        @Override
        public void put(Map<String, Object> values, String reference) {}

        @Override
        public void created(Target target, String model, Map<Long, String> referencesById) {
            if (referencesById.isEmpty()) {
                return;
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            referencesById.forEach((id, reference) ->
                    rows.add(Map.of("module", MODULE, "name", reference, "model", model, "res_id", id)));
            target.call(() -> target.model("ir.model.data").createAll(rows));
        }
    }

    private static OdooModel archivedToo(Target target, String model) {
        return target.model(model).withContext(OdooContext.empty().with("active_test", false));
    }

    /** What Odoo holds: by id and by reference (the lowest id when several carry one). */
    record Found(Map<Long, OdooRecord> byId, Map<String, OdooRecord> byReference) {

        static Found of(List<OdooRecord> records, Map<String, Long> idsByReference) {
            Map<Long, OdooRecord> byId = new HashMap<>();
            records.forEach(r -> byId.put(r.id(), r));
            Map<String, OdooRecord> byReference = new HashMap<>();
            idsByReference.forEach((ref, id) -> {
                OdooRecord r = byId.get(id);
                if (r != null) {
                    byReference.put(ref, r);
                }
            });
            return new Found(byId, byReference);
        }

        /** The record bound to the ledger record, else the one carrying its reference. */
        Optional<OdooRecord> of(Long boundId, String reference) {
            if (boundId != null && byId.containsKey(boundId)) {
                return Optional.of(byId.get(boundId));
            }
            return Optional.ofNullable(byReference.get(reference));
        }
    }
}
