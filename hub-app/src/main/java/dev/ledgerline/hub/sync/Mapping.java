package dev.ledgerline.hub.sync;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.hub.binding.ExternalReference;
import dev.ledgerline.odoo.client.OdooRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One flow's translation of a canonical record into the values of one Odoo model. The shared
 * machinery ({@link Sync}) does the rest for every flow: it waits for the record's parents (core's
 * {@code RecordLinks}) to be in Odoo, searches by the {@link #reference()} before creating, creates in
 * batches, writes only changed fields, and stores the binding. A flow may keep versions back from Odoo
 * ({@link #keptBack}) and leave Odoo records it must no longer change as they are ({@link #frozen}).
 *
 * <p>A flow is registered by declaring its mapping as a Spring bean (a {@code @Component} in {@code
 * hub.sync.<type>}). When several beans map the same type, the one with the highest precedence
 * ({@code @Order}) is used, so a deployment can replace a flow's mapping with its own.
 *
 * @param <T> the canonical record type
 */
public interface Mapping<T extends CanonicalRecord> {

    /** The canonical type this flow delivers. */
    RecordType type();

    /** The record class of {@link #type()}. */
    Class<T> recordClass();

    /** The Odoo model it writes. */
    String model();

    /** Where the hub's key is written on the Odoo record. */
    ExternalReference reference();

    /**
     * Every field {@link #values} and {@link #archiveValues()} may set: read back before writing, so only
     * fields whose value differs are written.
     */
    Set<String> fields();

    /**
     * The values of the Odoo record for this version (the reference field is added by the machinery).
     * Parents are in Odoo already: {@link MappingContext#odooId} answers their ids.
     *
     * @throws MappingException when the hub cannot translate a value (a data error, not retried)
     */
    Map<String, Object> values(T record, MappingContext context);

    /** What a deletion (tombstone) writes on the Odoo record; by default it is archived. */
    default Map<String, Object> archiveValues() {
        return Map.of("active", false);
    }

    /**
     * Whether the model can archive a record. A model without an archive state (a timesheet line) has a
     * deletion remove the Odoo record, whatever {@code ledgerline.sync.<type>.delete} says.
     */
    default boolean archivable() {
        return true;
    }

    /**
     * Why this version does not go to Odoo (a time entry not approved), starting with a stable code; empty
     * (the default) when it does. A version kept back waits for no parent: when Odoo holds the record from
     * an earlier version, it is removed (or archived) as a deletion would; otherwise nothing is sent and the
     * version is {@link SyncOutcome.Kept} with this reason. A later version that is not kept back is
     * delivered as usual.
     */
    default Optional<String> keptBack(T record) {
        return Optional.empty();
    }

    /**
     * Fields read with the Odoo records found for a round that no value sets, for {@link #frozen}
     * (a timesheet line's invoice).
     */
    default Set<String> alsoRead() {
        return Set.of();
    }

    /**
     * Of the Odoo records a round found for its ledger records (by key), those that must stay as they are
     * whatever the new version says (a timesheet line already invoiced), each with the reason, starting
     * with a stable code. Such a record is neither written, removed nor archived; the version is {@link
     * SyncOutcome.Kept} with the reason (or {@code UNCHANGED} when it would change nothing). Asked once per
     * round.
     */
    default Map<RecordKey, String> frozen(Map<RecordKey, OdooRecord> held) {
        return Map.of();
    }

    /**
     * The reference of another record's Odoo record that this record only changes (a milestone's
     * acceptance marks the contract milestone reached): the values are written onto that record, which
     * is never created from this one; a deletion writes {@link #archiveValues()} onto it. Empty (the
     * default): the record has its own Odoo record.
     */
    default Optional<String> writesOnto(T record) {
        return Optional.empty();
    }

    /**
     * Many2one fields of the delivered record pointing at records Odoo makes along with it (a project's
     * analytic account), by field, with the model they point to: read back after each delivery and
     * bound to the same ledger record, so other flows find them by binding.
     */
    default Map<String, String> boundRelations(MappingContext context) {
        return Map.of();
    }

    /**
     * Records that belong to this one ({@code key}) and are kept in Odoo with it (a customer's billing
     * contact, a project's milestones), each found by its own reference: created in the record's own
     * {@code create} where their link allows, else written after it.
     */
    default List<Companion> companions(RecordKey key, T record, MappingContext context) {
        return List.of();
    }
}
