package dev.ledgerline.hub.ingest;

import dev.ledgerline.core.validation.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problems of a refused item as the JSON array stored with it (the answer's {@code errors}). */
final class ProblemsJson {

    private final CanonicalJson json;

    ProblemsJson(CanonicalJson json) {
        this.json = json;
    }

    String write(List<Problem> problems) {
        return json.write(problems.stream().map(ProblemsJson::asTree).toList());
    }

    static Map<String, Object> asTree(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code().name());
        m.put("field", p.field());
        m.put("message", p.message());
        return m;
    }
}
