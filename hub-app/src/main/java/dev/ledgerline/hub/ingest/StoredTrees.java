package dev.ledgerline.hub.ingest;

import dev.ledgerline.core.validation.Problems;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** Reads stored canonical payloads back into neutral trees (they passed the limits when received). */
@Component
class StoredTrees {

    private final JsonFactory factory;
    private final TreeReader reader = new TreeReader(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);

    StoredTrees(IngestJson json) {
        this.factory = json.factory();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> parse(String json) {
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), json)) {
            p.nextToken();
            Problems ignored = new Problems();
            return (Map<String, Object>) reader.read(p, "", 1, ignored);
        }
    }
}
