package dev.ledgerline.hub.projection;

import java.util.ArrayList;
import java.util.List;

/** IN lists of at most 1,000 values: small enough for every driver, large enough to be few. */
final class Chunks {

    static final int SIZE = 1000;

    private Chunks() {}

    static <T> List<List<T>> of(List<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < values.size(); i += SIZE) {
            chunks.add(values.subList(i, Math.min(values.size(), i + SIZE)));
        }
        return chunks;
    }
}
