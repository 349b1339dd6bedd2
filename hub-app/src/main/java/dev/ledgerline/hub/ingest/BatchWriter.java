package dev.ledgerline.hub.ingest;

import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.ledger.DeliveryEvent;
import dev.ledgerline.core.ledger.DeliveryState;
import dev.ledgerline.core.ledger.DeliveryStateMachine;
import dev.ledgerline.core.ledger.ParentLink;
import dev.ledgerline.core.ledger.RecordLinks;
import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.core.validation.Problem;
import dev.ledgerline.hub.audit.AuditLog;
import dev.ledgerline.hub.canonical.CanonicalLinkRepository;
import dev.ledgerline.hub.ledger.Admission;
import dev.ledgerline.hub.ledger.Cause;
import dev.ledgerline.hub.ledger.DependencyRepository;
import dev.ledgerline.hub.ledger.LedgerIds;
import dev.ledgerline.hub.ledger.LedgerRepository;
import dev.ledgerline.hub.ledger.RecordContent;
import dev.ledgerline.hub.ledger.RecordVersionListener;
import dev.ledgerline.hub.ledger.RejectionRepository;
import dev.ledgerline.hub.ledger.StateChange;
import dev.ledgerline.hub.ledger.StateWriter;
import dev.ledgerline.hub.ledger.StoredRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Decides and writes one batch inside its transaction: each item in order against the ledger as
 * it stands (locked) and as the earlier items of the batch left it. A parent counts as present when
 * the ledger has it or any valid item of the same batch brings it, since they commit together.
 */
@Component
class BatchWriter {

    private final LedgerRepository ledger;
    private final CanonicalLinkRepository links;
    private final StateWriter states;
    private final DependencyRepository dependencies;
    private final RejectionRepository rejections;
    private final InvoiceDirectory invoices;
    private final OwnershipCheck ownership;
    private final AuditLog audit;
    private final Function<String, Map<String, Object>> parse;
    private final ProblemsJson problemsJson;
    private final ObjectProvider<RecordVersionListener> listeners;
    private final Clock clock;

    BatchWriter(
            LedgerRepository ledger,
            CanonicalLinkRepository links,
            StateWriter states,
            DependencyRepository dependencies,
            RejectionRepository rejections,
            InvoiceDirectory invoices,
            OwnershipCheck ownership,
            AuditLog audit,
            StoredTrees trees,
            IngestJson json,
            ObjectProvider<RecordVersionListener> listeners,
            Clock clock) {
        this.ledger = ledger;
        this.links = links;
        this.states = states;
        this.dependencies = dependencies;
        this.rejections = rejections;
        this.invoices = invoices;
        this.ownership = ownership;
        this.audit = audit;
        this.parse = trees::parse;
        this.problemsJson = new ProblemsJson(new CanonicalJson(json.factory()));
        this.listeners = listeners;
        this.clock = clock;
    }

    List<IngestOutcome> write(List<PreparedItem> items, String actor) {
        Instant now = clock.instant();
        Cause accepted = Cause.of(actor, "accepted at ingest");
        Set<RecordKey> keys = new LinkedHashSet<>();
        Set<RecordKey> batchValid = new HashSet<>();
        Set<RecordKey> parents = new HashSet<>();
        Map<RecordKey, Contract> batchContracts = new HashMap<>();
        for (PreparedItem item : items) {
            if (item.key() != null) {
                keys.add(item.key());
            }
            if (item.valid()) {
                batchValid.add(item.key());
                item.parents().forEach(p -> parents.add(p.parent()));
                if (item.record().data() instanceof Contract c) {
                    batchContracts.put(item.key(), c); // items come in order: the last one is the newest
                }
            }
        }
        Map<RecordKey, StoredRecord> working = new HashMap<>(ledger.lockByKeys(keys));
        OwnershipCheck.Batch owned = ownership.begin(items, working);
        parents.removeAll(batchValid);
        Set<RecordKey> present = new HashSet<>(ledger.acceptedKeys(parents));
        present.addAll(batchValid);
        ReferenceCheck references = new ReferenceCheck(
                invoices, key -> Optional.ofNullable(batchContracts.get(key)).or(() -> storedContract(key)));

        Writes w = new Writes();
        List<IngestOutcome> outcomes = new ArrayList<>(items.size());
        for (PreparedItem item : items) {
            IngestOutcome outcome = decide(item, working, owned, present, references, w, accepted, actor, now);
            outcomes.add(outcome);
        }
        states.admit(w.admissions);
        ledger.updateContent(w.contentUpdates);
        states.apply(w.changes);
        ledger.insertVersions(w.versions);
        links.insert(w.linked);
        dependencies.replace(w.existingDependents, w.missing());
        rejections.insert(w.rejections);
        release(w.newParents, now, actor);
        if (!w.accepted.isEmpty()) {
            listeners.orderedStream().forEach(l -> l.accepted(w.accepted));
        }
        // last, after the batch's own writes: appending holds the audit chain's lock until commit
        audit.recordAll(w.violations.stream().map(OwnershipViolation::audit).toList());
        return outcomes;
    }

    private IngestOutcome decide(
            PreparedItem sent,
            Map<RecordKey, StoredRecord> working,
            OwnershipCheck.Batch owned,
            Set<RecordKey> present,
            ReferenceCheck references,
            Writes w,
            Cause accepted,
            String actor,
            Instant now) {
        if (!sent.valid()) {
            OwnershipViolation.amongProblems(sent, sent.problems(), actor).ifPresent(w.violations::add);
            return reject(sent, sent.problems(), working, w, actor, now);
        }
        StoredRecord current = working.get(sent.key());
        long version = sent.version();
        boolean hasVersion = current != null && current.hasAcceptedVersion();
        if (hasVersion && version < current.version()) {
            return new IngestOutcome.Stale(current.id());
        }
        OwnershipCheck.Judgement judgement = owned.judge(sent, hasVersion);
        PreparedItem item = judgement.effective();
        if (hasVersion && version == current.version()) {
            // compared after ignoring foreign fields: a resend of an item accepted with warnings is a duplicate
            if (item.valid()
                    && Objects.equals(current.contentHash(), item.content().contentHash())) {
                return new IngestOutcome.Duplicate(current.id());
            }
            return reject(
                    sent,
                    List.of(Problem.of(
                            ErrorCode.VERSION_CONFLICT,
                            "version",
                            "version " + version + " is stored with different content")),
                    working,
                    w,
                    actor,
                    now);
        }
        if (judgement.refused()) {
            w.violations.add(OwnershipViolation.of(sent, judgement, actor));
            return reject(sent, judgement.problems(), working, w, actor, now);
        }
        if (!item.valid()) {
            // the version with its foreign fields kept no longer reads as a valid record
            return reject(sent, item.problems(), working, w, actor, now);
        }
        RecordContent content = item.content();
        List<Problem> refused = references.check(item.record().data());
        if (!refused.isEmpty()) {
            return reject(sent, refused, working, w, actor, now);
        }
        List<RecordKey> missing = item.parents().stream()
                .map(ParentLink::parent)
                .filter(p -> !present.contains(p))
                .toList();
        DeliveryEvent event = missing.isEmpty() ? DeliveryEvent.ACCEPT : DeliveryEvent.WAIT_FOR_DEPENDENCY;
        content = withDependency(content, missing.isEmpty() ? null : missing.getFirst());
        UUID id;
        DeliveryState to;
        if (current == null) {
            id = LedgerIds.next(clock);
            var t = DeliveryStateMachine.next(DeliveryState.RECEIVED, event);
            w.admissions.add(new Admission(id, item.key(), content, t, accepted, now));
            to = t.to();
        } else {
            id = current.id();
            var t = DeliveryStateMachine.next(current.state(), event);
            w.changes.add(new StateChange(id, version, t, accepted, now, null));
            w.contentUpdates.add(Map.entry(id, content));
            w.existingDependents.add(id);
            to = t.to();
        }
        w.versions.add(Map.entry(id, content));
        w.linked.add(new CanonicalLinkRepository.LinkedVersion(
                id, version, item.record().data()));
        w.accepted.add(new RecordVersionListener.AcceptedVersion(
                id, content, item.record(), current == null || !current.hasAcceptedVersion()));
        w.missingByRecord.put(id, missing);
        if ((current == null || !current.hasAcceptedVersion())
                && RecordLinks.canBeParent(item.key().type())) {
            w.newParents.add(item.key());
        }
        working.put(item.key(), new StoredRecord(id, item.key(), version, content.contentHash(), to));
        owned.accepted(item);
        if (!judgement.violations().isEmpty()) {
            w.violations.add(OwnershipViolation.of(item, judgement, actor));
        }
        return new IngestOutcome.Accepted(id, judgement.warnings());
    }

    private IngestOutcome reject(
            PreparedItem item,
            List<Problem> problems,
            Map<RecordKey, StoredRecord> working,
            Writes w,
            String actor,
            Instant now) {
        UUID recordId = null;
        if (item.key() != null) {
            StoredRecord current = working.get(item.key());
            if (current == null) {
                // the key's first word is a refusal: keep a REJECTED row so the key can be looked up
                recordId = LedgerIds.next(clock);
                var t = DeliveryStateMachine.next(DeliveryState.RECEIVED, DeliveryEvent.REJECT);
                w.admissions.add(new Admission(recordId, item.key(), null, t, Cause.of(actor, summary(problems)), now));
                working.put(item.key(), new StoredRecord(recordId, item.key(), null, null, DeliveryState.REJECTED));
            } else {
                recordId = current.id();
            }
        }
        w.rejections.add(new RejectionRepository.Rejection(
                recordId,
                item.key() == null ? null : item.key().source(),
                item.key() == null ? null : item.key().type().wireName(),
                item.key() == null ? null : item.key().externalId(),
                item.record() == null ? null : item.record().version(),
                item.envelopeJson(),
                problemsJson.write(problems),
                actor,
                now));
        return new IngestOutcome.Rejected(problems);
    }

    private static String summary(List<Problem> problems) {
        Problem first = problems.getFirst();
        String text = "rejected: " + first.code() + (first.field() == null ? "" : " at " + first.field());
        return problems.size() == 1 ? text : text + " and " + (problems.size() - 1) + " more";
    }

    private void release(Set<RecordKey> newParents, Instant now, String actor) {
        Set<UUID> released = dependencies.release(newParents);
        if (released.isEmpty()) {
            return;
        }
        Cause cause = Cause.of(actor, "parents arrived");
        List<StateChange> changes = new ArrayList<>();
        ledger.lockStates(released).forEach((id, state) -> {
            if (state == DeliveryState.PENDING_DEPENDENCY) {
                changes.add(new StateChange(
                        id,
                        null,
                        DeliveryStateMachine.next(state, DeliveryEvent.DEPENDENCY_RESOLVED),
                        cause,
                        now,
                        null));
            }
        });
        states.apply(changes);
        ledger.clearDependency(released);
    }

    private Optional<Contract> storedContract(RecordKey key) {
        return ledger.currentPayload(key).map(parse).flatMap(data -> ContractFromPayload.read(key, data));
    }

    private static RecordContent withDependency(RecordContent c, RecordKey dependency) {
        return new RecordContent(
                c.key(),
                c.version(),
                c.payload(),
                c.contentHash(),
                c.deleted(),
                c.entity(),
                c.occurredAt(),
                c.receivedAt(),
                c.aggregate(),
                dependency,
                c.priority());
    }

    /** What one batch writes, flushed in an order that respects the foreign keys. */
    private static final class Writes {
        final List<Admission> admissions = new ArrayList<>();
        final List<StateChange> changes = new ArrayList<>();
        final List<Map.Entry<UUID, RecordContent>> contentUpdates = new ArrayList<>();
        final List<Map.Entry<UUID, RecordContent>> versions = new ArrayList<>();
        final List<CanonicalLinkRepository.LinkedVersion> linked = new ArrayList<>();
        final List<RecordVersionListener.AcceptedVersion> accepted = new ArrayList<>();
        final List<RejectionRepository.Rejection> rejections = new ArrayList<>();
        final Set<UUID> existingDependents = new LinkedHashSet<>();
        final Map<UUID, List<RecordKey>> missingByRecord = new LinkedHashMap<>();
        final Set<RecordKey> newParents = new LinkedHashSet<>();
        final List<OwnershipViolation> violations = new ArrayList<>();

        List<DependencyRepository.Missing> missing() {
            List<DependencyRepository.Missing> list = new ArrayList<>();
            missingByRecord.forEach(
                    (id, parents) -> parents.forEach(p -> list.add(new DependencyRepository.Missing(id, p))));
            return list;
        }
    }
}
