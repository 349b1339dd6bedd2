package dev.ledgerline.hub.ingest;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.ledger.RecordLinks;
import dev.ledgerline.core.validation.CanonicalReader;
import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.core.validation.LastKnown;
import dev.ledgerline.core.validation.Problem;
import dev.ledgerline.core.validation.Reading;
import dev.ledgerline.hub.ledger.LedgerRepository;
import dev.ledgerline.hub.ledger.RecordContent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Everything about an envelope that needs no transaction: the canonical reader's verdict, the
 * canonical payload and its hash, the parents and the aggregate.
 */
@Component
class ItemPreparation {

    private final CanonicalReader reader = new CanonicalReader();
    private final CanonicalJson json;
    private final LastKnown lastKnown;
    private final IngestProperties limits;

    ItemPreparation(IngestJson ingestJson, LedgerRepository ledger, StoredTrees trees, IngestProperties limits) {
        this.json = new CanonicalJson(ingestJson.factory());
        this.lastKnown = key -> ledger.currentPayload(key).map(trees::parse);
        this.limits = limits;
    }

    PreparedItem prepare(ParsedItem item, Instant receivedAt, int priority) {
        RecordKey key =
                item.tree() == null ? null : CanonicalReader.keyOf(item.tree()).orElse(null);
        if (!item.problems().isEmpty()) {
            return refused(item, key, envelopeJson(item), item.problems());
        }
        Reading reading = reader.read(item.tree(), receivedAt, lastKnown);
        if (reading instanceof Reading.Invalid invalid) {
            return refused(item, key, envelopeJson(item), invalid.problems());
        }
        Reading.Valid valid = (Reading.Valid) reading;
        RecordVersion<CanonicalRecord> record = valid.record();
        String payload = json.write(valid.data());
        if (payload.length() > limits.maxItemSize()) {
            return refused(
                    item,
                    key,
                    null,
                    List.of(Problem.of(
                            ErrorCode.PAYLOAD_TOO_LARGE,
                            "data",
                            "data is larger than " + limits.maxItemSize() + " characters")));
        }
        RecordContent content = new RecordContent(
                record.key(),
                record.version(),
                payload,
                CanonicalJson.contentHash(record.entity(), payload),
                record.deleted(),
                record.entity(),
                record.occurredAt(),
                receivedAt,
                RecordLinks.aggregate(record.key(), record.data()),
                null,
                priority);
        return new PreparedItem(
                item.index(),
                record.key(),
                envelopeJson(item),
                List.of(),
                record,
                content,
                RecordLinks.parents(record.data()),
                item.tree(),
                valid.data());
    }

    /**
     * The same item with other {@code data} (a version whose foreign fields went back to their stored
     * values), read and checked again as if it had been sent so.
     */
    PreparedItem withData(PreparedItem item, Map<String, Object> data) {
        Map<String, Object> envelope = new LinkedHashMap<>(item.envelope());
        envelope.put("data", data);
        return prepare(
                new ParsedItem(item.index(), envelope, List.of()),
                item.content().receivedAt(),
                item.content().priority());
    }

    /** The envelope as stored with a rejection; an accepted one needs it only if the ledger later refuses it. */
    private String envelopeJson(ParsedItem item) {
        return item.tree() == null ? null : json.write(item.tree());
    }

    private static PreparedItem refused(ParsedItem item, RecordKey key, String envelopeJson, List<Problem> problems) {
        return new PreparedItem(item.index(), key, envelopeJson, problems, null, null, List.of(), item.tree(), null);
    }
}
