package dev.ledgerline.hub.ingest;

import org.springframework.stereotype.Component;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * The JSON factory of ingest. Its own hard limits sit above the per-envelope ones (which refuse one
 * item), so they only stop bodies no batch could be: nesting beyond 1,000 levels or a value as large
 * as the whole body. NaN and Infinity are let through the parser so that the item carrying them is
 * refused with its field path instead of the whole batch.
 */
@Component
class IngestJson {

    private static final int HARD_DEPTH = 1000;

    private final JsonFactory factory;

    IngestJson(IngestProperties limits) {
        int bodySize = (int) limits.maxBodySize().toBytes();
        this.factory = JsonFactory.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(HARD_DEPTH)
                        .maxStringLength(bodySize)
                        .maxNumberLength(bodySize)
                        .maxNameLength(bodySize)
                        .maxDocumentLength(bodySize + 1L)
                        .build())
                .build();
    }

    JsonFactory factory() {
        return factory;
    }
}
