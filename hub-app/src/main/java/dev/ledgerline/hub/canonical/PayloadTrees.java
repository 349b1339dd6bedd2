package dev.ledgerline.hub.canonical;

import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored canonical JSON back into the neutral tree the canonical reader takes: objects as maps,
 * whole numbers as {@code BigInteger}, other numbers as {@code BigDecimal}, never a binary float.
 */
final class PayloadTrees {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private PayloadTrees() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String json) {
        return JSON.readValue(json, Map.class);
    }
}
