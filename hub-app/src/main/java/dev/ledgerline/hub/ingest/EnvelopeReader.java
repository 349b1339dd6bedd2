package dev.ledgerline.hub.ingest;

import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.core.validation.Problems;
import dev.ledgerline.hub.web.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a batch from the request stream one envelope at a time, never building a tree of the whole
 * body. The body is {@code {"events": [envelope, …]}} or a bare array of envelopes. Whole-request
 * failures (not JSON, not a batch, too large, not UTF-8) throw {@link ApiException}; limits of one
 * envelope become problems of that item only.
 */
@Component
class EnvelopeReader {

    private final JsonFactory factory;
    private final IngestProperties limits;
    private final TreeReader trees;

    EnvelopeReader(IngestJson json, IngestProperties limits) {
        this.factory = json.factory();
        this.limits = limits;
        this.trees = new TreeReader(limits.maxDepth(), limits.maxStringLength(), limits.maxNumberLength());
    }

    List<ParsedItem> read(InputStream body) {
        try (Reader reader = LimitedUtf8Input.open(body, limits.maxBodySize().toBytes());
                JsonParser p = factory.createParser(ObjectReadContext.empty(), reader)) {
            List<ParsedItem> items = readBatch(p);
            if (p.nextToken() != null) {
                throw notABatch("unexpected content after the batch");
            }
            if (items.isEmpty()) {
                throw notABatch("a batch holds 1 to " + limits.maxBatchSize() + " envelopes");
            }
            return items;
        } catch (StreamConstraintsException e) {
            throw new ApiException(400, ErrorCode.TOO_DEEP, "the body is nested too deeply");
        } catch (JacksonException e) {
            throw fromCause(e, e.getCause());
        } catch (IOException e) {
            throw fromCause(e, e);
        }
    }

    private List<ParsedItem> readBatch(JsonParser p) {
        JsonToken first = p.nextToken();
        if (first == JsonToken.START_ARRAY) {
            return readItems(p);
        }
        if (first != JsonToken.START_OBJECT) {
            throw notABatch("the body must be {\"events\": [...]} or an array of envelopes");
        }
        List<ParsedItem> items = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if ("events".equals(name) && value == JsonToken.START_ARRAY && items == null) {
                items = readItems(p);
            } else if ("events".equals(name)) {
                throw notABatch("events must be one array of envelopes");
            } else {
                p.skipChildren();
            }
        }
        if (items == null) {
            throw notABatch("the body has no events array");
        }
        return items;
    }

    private List<ParsedItem> readItems(JsonParser p) {
        List<ParsedItem> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (items.size() == limits.maxBatchSize()) {
                throw new ApiException(
                        413,
                        ErrorCode.BATCH_TOO_LARGE,
                        "a batch holds at most " + limits.maxBatchSize() + " envelopes");
            }
            items.add(readItem(p, items.size()));
        }
        return items;
    }

    @SuppressWarnings("unchecked")
    private ParsedItem readItem(JsonParser p, int index) {
        Problems problems = new Problems();
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            problems.add(ErrorCode.INVALID_VALUE, null, "an envelope must be a JSON object");
            return new ParsedItem(index, null, problems.list());
        }
        Map<String, Object> tree = (Map<String, Object>) trees.read(p, "", 1, problems);
        return new ParsedItem(index, tree, problems.list());
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    private static ApiException notABatch(String message) {
        return new ApiException(400, ErrorCode.NOT_A_BATCH, message);
    }

    private static ApiException fromCause(Exception e, Throwable cause) {
        if (cause instanceof BodyLimitExceededException) {
            return new ApiException(413, ErrorCode.PAYLOAD_TOO_LARGE, cause.getMessage());
        }
        if (cause instanceof CharacterCodingException) {
            return new ApiException(400, ErrorCode.INVALID_ENCODING, "the body is not valid UTF-8");
        }
        if (e instanceof JacksonException j) {
            return new ApiException(
                    400, ErrorCode.MALFORMED_JSON, "malformed JSON: " + abbreviate(j.getOriginalMessage()));
        }
        return new ApiException(400, ErrorCode.MALFORMED_JSON, "the body could not be read");
    }
}
