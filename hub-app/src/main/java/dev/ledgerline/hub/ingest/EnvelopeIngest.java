package dev.ledgerline.hub.ingest;

import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.core.validation.Problem;
import dev.ledgerline.hub.web.ApiException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Envelopes made inside the hub — an operator's corrected payload — go the way of {@code POST
 * /api/v1/events}: the same reader and limits, the same validation, ownership check and writer, as if
 * their source had sent them alone (interactive lane).
 */
@Component
public class EnvelopeIngest {

    private final EnvelopeReader envelopes;
    private final ItemPreparation preparation;
    private final BatchIngest ingest;
    private final CanonicalJson json;
    private final Clock clock;

    EnvelopeIngest(
            EnvelopeReader envelopes,
            ItemPreparation preparation,
            BatchIngest ingest,
            IngestJson ingestJson,
            Clock clock) {
        this.envelopes = envelopes;
        this.preparation = preparation;
        this.ingest = ingest;
        this.json = new CanonicalJson(ingestJson.factory());
        this.clock = clock;
    }

    /** A JSON object read with ingest's limits: its neutral tree and the problems found reading it. */
    public record Submission(Map<String, Object> tree, List<Problem> problems) {
        public Submission {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads a request body that must be one JSON object; whole-body failures (not JSON, too large, not
     * UTF-8) throw {@link ApiException} as for a batch.
     */
    public Submission read(byte[] body) {
        if (body.length == 0) {
            throw new ApiException(400, ErrorCode.MALFORMED_JSON, "the body must be one JSON object");
        }
        ByteArrayOutputStream wrapped = new ByteArrayOutputStream(body.length + 2);
        wrapped.write('[');
        wrapped.writeBytes(body);
        wrapped.write(']');
        List<ParsedItem> items = envelopes.read(new ByteArrayInputStream(wrapped.toByteArray()));
        if (items.size() != 1 || items.getFirst().tree() == null) {
            throw new ApiException(400, ErrorCode.MALFORMED_JSON, "the body must be one JSON object");
        }
        return new Submission(items.getFirst().tree(), items.getFirst().problems());
    }

    /** The canonical text of an envelope, to keep it until it is ingested (read it back with {@link #read}). */
    public String write(Map<String, Object> envelope) {
        return json.write(envelope);
    }

    /** The text form of {@link #write} as bytes for {@link #read}. */
    public static byte[] bytes(String envelope) {
        return envelope.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What ingest's reader says of an envelope without writing anything: shape and field rules
     * (references, ownership and versions are decided when it is ingested).
     */
    public List<Problem> check(Submission envelope) {
        return preparation
                .prepare(new ParsedItem(0, envelope.tree(), envelope.problems()), clock.instant(), 0)
                .problems();
    }

    /** Ingests one envelope for {@code actor}; inside a caller's transaction it joins it. */
    public IngestOutcome ingest(Submission envelope, String actor) {
        return ingest.ingest(List.of(new ParsedItem(0, envelope.tree(), envelope.problems())), actor)
                .getFirst();
    }
}
