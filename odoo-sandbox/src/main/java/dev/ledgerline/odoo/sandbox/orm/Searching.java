package dev.ledgerline.odoo.sandbox.orm;

import dev.ledgerline.odoo.sandbox.model.ModelSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code search} and {@code search_count}: filtering by domain, active flag and record rules, then order and page. */
final class Searching {
    private final Env env;
    private final ModelSpec model;

    Searching(Env env, ModelSpec model) {
        this.env = env;
        this.model = model;
    }

    List<Integer> search(Domain domain, int offset, Integer limit, String order) {
        env.orm().access(env).checkModel(env, model.name(), AccessPolicy.Operation.READ);
        List<Map<String, Object>> rows = rows(domain, env.activeTest(), true);
        List<Integer> ids = Ordering.parse(env, model, order).sorted(rows);
        int from = Math.min(Math.max(offset, 0), ids.size());
        int to = limit == null || limit < 0 ? ids.size() : Math.min(ids.size(), from + limit);
        return ids.subList(from, to);
    }

    int count(Domain domain) {
        env.orm().access(env).checkModel(env, model.name(), AccessPolicy.Operation.READ);
        return rows(domain, env.activeTest(), true).size();
    }

    List<Integer> ids(Domain domain, boolean activeTest, boolean checkRules) {
        return rows(domain, activeTest, checkRules).stream()
                .map(row -> (Integer) row.get("id"))
                .toList();
    }

    List<Map<String, Object>> rows(Domain domain, boolean activeTest, boolean checkRules) {
        DomainMatcher matcher = new DomainMatcher(env);
        matcher.validate(model, domain);
        boolean filterActive = activeTest && model.has("active") && !mentionsActive(domain);
        AccessPolicy access = checkRules ? env.orm().access(env) : AccessPolicy.NONE;
        List<Integer> onlyIds = idFilter(domain);
        List<Map<String, Object>> out = new ArrayList<>();
        Iterable<Map<String, Object>> candidates = onlyIds == null ? env.db().rows(model.name()) : rowsOf(onlyIds);
        for (Map<String, Object> row : candidates) {
            if (filterActive && !Values.truthy(row.get("active"))) {
                continue;
            }
            if (!access.visible(env, model.name(), row)) {
                continue;
            }
            if (matcher.matches(model, row, domain)) {
                out.add(row);
            }
        }
        return out;
    }

    private List<Map<String, Object>> rowsOf(List<Integer> ids) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Integer id : new java.util.TreeSet<>(ids)) {
            Map<String, Object> row = env.db().row(model.name(), id);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** A shortcut for domains that start with an {@code id in} or {@code id =} leaf: only those rows are read. */
    private static List<Integer> idFilter(Domain domain) {
        Domain first = domain instanceof Domain.And and ? and.parts().getFirst() : domain;
        if (first instanceof Domain.Leaf leaf && leaf.path().equals("id")) {
            if (leaf.operator().equals("in") && leaf.value() instanceof List<?>) {
                return Values.ids(leaf.value());
            }
            if (leaf.operator().equals("=") && leaf.value() instanceof Number n) {
                return List.of(n.intValue());
            }
        }
        return null;
    }

    private static boolean mentionsActive(Domain domain) {
        return switch (domain) {
            case Domain.Const c -> false;
            case Domain.And and -> and.parts().stream().anyMatch(Searching::mentionsActive);
            case Domain.Or or -> or.parts().stream().anyMatch(Searching::mentionsActive);
            case Domain.Not not -> mentionsActive(not.part());
            case Domain.Leaf leaf -> leaf.path().equals("active");
        };
    }
}
