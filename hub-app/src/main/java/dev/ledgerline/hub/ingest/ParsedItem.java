package dev.ledgerline.hub.ingest;

import dev.ledgerline.core.validation.Problem;
import java.util.List;
import java.util.Map;

/**
 * One envelope of a batch as parsed: its neutral tree (null when it was not a JSON object) and the
 * problems found while parsing it (limits, NaN, duplicate fields).
 */
record ParsedItem(int index, Map<String, Object> tree, List<Problem> problems) {

    ParsedItem {
        problems = List.copyOf(problems);
    }
}
