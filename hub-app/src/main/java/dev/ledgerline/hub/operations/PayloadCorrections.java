package dev.ledgerline.hub.operations;

import dev.ledgerline.core.ledger.DeliveryState;
import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.core.validation.Problem;
import dev.ledgerline.hub.audit.AuditLog;
import dev.ledgerline.hub.ingest.EnvelopeIngest;
import dev.ledgerline.hub.ingest.EnvelopeIngest.Submission;
import dev.ledgerline.hub.ingest.IngestOutcome;
import dev.ledgerline.hub.ledger.ExceptionRepository;
import dev.ledgerline.hub.ledger.ExceptionRepository.Subject;
import dev.ledgerline.hub.ledger.LedgerIds;
import dev.ledgerline.hub.security.ApiPrincipal;
import dev.ledgerline.hub.web.ApiException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A corrected payload for a stopped record becomes the record's next version through ingest's own
 * path (reader, validation, ownership, writer), as if its source had sent it; the record is then
 * delivered again. With four eyes ({@code ledgerline.operations.four-eyes}) the correction is checked
 * and kept until another operator approves it. docs/adr/0013.
 */
@Component
class PayloadCorrections {

    /** States an operator corrects: the record stopped. Work in progress is fixed at the source. */
    private static final Set<String> CORRECTABLE =
            Set.of(DeliveryState.EXCEPTION.name(), DeliveryState.DISCARDED.name());

    private final ExceptionRepository exceptions;
    private final CorrectionRepository corrections;
    private final EnvelopeIngest ingest;
    private final AuditLog audit;
    private final OperationsProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    PayloadCorrections(
            ExceptionRepository exceptions,
            CorrectionRepository corrections,
            EnvelopeIngest ingest,
            AuditLog audit,
            OperationsProperties properties,
            TransactionTemplate tx,
            Clock clock) {
        this.exceptions = exceptions;
        this.corrections = corrections;
        this.ingest = ingest;
        this.audit = audit;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * {@code body}: {@code {"data": {…}, "reason": "…", "version"?: n, "entity"?: "…"}}. The version
     * defaults to the stored one plus one.
     */
    Answer correct(UUID id, byte[] body, ApiPrincipal caller) {
        Subject subject = exceptions.subject(id).orElseThrow(() -> ExceptionActions.notFound(id));
        if (!CORRECTABLE.contains(subject.state()) || subject.version() == null) {
            throw new ApiException(
                    409,
                    ErrorCode.INVALID_STATE,
                    "record " + subject.key() + " is " + subject.state()
                            + ": only an exception or a discarded record takes a corrected payload");
        }
        Submission request = ingest.read(body);
        String reason = Reason.of(request.tree().get("reason")).text();
        Object data = request.tree().get("data");
        if (!(data instanceof Map<?, ?>)) {
            throw new ApiException(
                    400, ErrorCode.MISSING_FIELD, "data (the corrected record, a JSON object) is required");
        }
        long version = version(request.tree().get("version"), subject.version());
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("source", subject.key().source());
        envelope.put("type", subject.key().type().wireName());
        envelope.put("externalId", subject.key().externalId());
        envelope.put("version", BigInteger.valueOf(version));
        if (subject.occurredAt() != null) {
            envelope.put("occurredAt", subject.occurredAt().toString());
        }
        Object entity = request.tree().containsKey("entity") ? request.tree().get("entity") : subject.entity();
        if (entity != null) {
            envelope.put("entity", entity);
        }
        envelope.put("data", data);
        Submission corrected = new Submission(envelope, request.problems());
        List<Problem> problems = ingest.check(corrected);
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        Instant now = clock.instant();
        Correction correction = new Correction(
                LedgerIds.next(clock),
                id,
                subject.version(),
                version,
                ingest.write(envelope),
                reason,
                caller.actor(),
                now,
                properties.fourEyes() ? Correction.Status.PROPOSED : Correction.Status.APPLIED,
                properties.fourEyes() ? null : caller.actor(),
                properties.fourEyes() ? null : now);
        return tx.execute(status -> {
            if (properties.fourEyes()) {
                corrections.supersede(id, caller.actor(), now);
                corrections.insert(correction);
                audit.record(
                        caller.actor(),
                        "exception.payload.proposed",
                        subject.key().toString(),
                        details(correction));
                return new Answer(202, "awaiting_approval", correction, subject.state());
            }
            String state = apply(subject, corrected, caller);
            corrections.supersede(id, caller.actor(), now);
            corrections.insert(correction);
            audit.record(
                    caller.actor(), "exception.payload.corrected", subject.key().toString(), details(correction));
            return new Answer(200, "corrected", correction, state);
        });
    }

    /** A second operator approves the waiting correction of a record: it becomes the record's version. */
    Answer approve(UUID id, ApiPrincipal caller) {
        Subject subject = exceptions.subject(id).orElseThrow(() -> ExceptionActions.notFound(id));
        Correction waiting = corrections
                .proposed(id)
                .orElseThrow(() -> new ApiException(
                        404, ErrorCode.NOT_FOUND, "no corrected payload of " + subject.key() + " waits for approval"));
        if (waiting.proposedBy().equals(caller.actor())) {
            throw new ApiException(
                    403,
                    ErrorCode.SAME_OPERATOR,
                    "a corrected payload is approved by another operator than the one who made it");
        }
        Instant now = clock.instant();
        return tx.execute(status -> {
            if (subject.version() == null || subject.version() != waiting.baseVersion()) {
                corrections.decide(waiting.id(), Correction.Status.SUPERSEDED, caller.actor(), now);
                audit.record(
                        caller.actor(),
                        "exception.payload.superseded",
                        subject.key().toString(),
                        details(waiting));
                return new Answer(409, "superseded", waiting, subject.state());
            }
            if (!corrections.decide(waiting.id(), Correction.Status.APPLIED, caller.actor(), now)) {
                throw new ApiException(409, ErrorCode.INVALID_STATE, "the correction was decided meanwhile");
            }
            String state = apply(subject, ingest.read(EnvelopeIngest.bytes(waiting.envelope())), caller);
            Map<String, Object> details = details(waiting);
            details.put("approvedBy", caller.actor());
            audit.record(
                    caller.actor(), "exception.payload.approved", subject.key().toString(), details);
            return new Answer(200, "corrected", waiting, state);
        });
    }

    /** The corrections waiting for approval of these records, by record. */
    Map<UUID, Correction> waiting(List<UUID> recordIds) {
        return corrections.proposed(recordIds);
    }

    private String apply(Subject subject, Submission envelope, ApiPrincipal caller) {
        IngestOutcome outcome = ingest.ingest(envelope, caller.actor());
        return switch (outcome) {
            case IngestOutcome.Accepted a ->
                exceptions.subject(subject.id()).orElseThrow().state();
            case IngestOutcome.Rejected r -> throw refused(r.problems());
            case IngestOutcome.Duplicate d ->
                throw new ApiException(409, ErrorCode.INVALID_STATE, "the record already holds this version");
            case IngestOutcome.Stale s ->
                throw new ApiException(
                        409, ErrorCode.INVALID_STATE, "a newer version of " + subject.key() + " arrived meanwhile");
        };
    }

    private static long version(Object asked, long stored) {
        if (asked == null) {
            return stored + 1;
        }
        if (asked instanceof BigInteger v && v.bitLength() < 64 && v.longValueExact() > stored) {
            return v.longValueExact();
        }
        throw new ApiException(
                400, ErrorCode.INVALID_VALUE, "version must be a whole number above the stored version " + stored);
    }

    private static ApiException refused(List<Problem> problems) {
        Problem first = problems.getFirst();
        return new ApiException(
                422,
                first.code(),
                "the corrected payload is refused: " + first.message(),
                problems.stream().map(PayloadCorrections::problem).toList(),
                Map.of());
    }

    private static Map<String, Object> problem(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code().name());
        m.put("field", p.field());
        m.put("message", p.message());
        return m;
    }

    private static Map<String, Object> details(Correction c) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("ledgerId", c.recordId().toString());
        details.put("correction", c.id().toString());
        details.put("baseVersion", c.baseVersion());
        details.put("version", c.version());
        details.put("reason", c.reason());
        details.put("proposedBy", c.proposedBy());
        return details;
    }

    /** What a correction request came to: the HTTP status, the result and the record's state after it. */
    record Answer(int status, String result, Correction correction, String state) {}
}
