package dev.ledgerline.odoo.sandbox.access;

import dev.ledgerline.odoo.sandbox.orm.Env;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The recorded user groups, their full names and what each implies. */
public final class Groups {
    private final Map<Integer, String> names = new HashMap<>();
    private final Map<Integer, List<Integer>> implied = new HashMap<>();

    Groups(JsonNode recorded) {
        for (Map.Entry<String, JsonNode> group : recorded.properties()) {
            int id = Integer.parseInt(group.getKey());
            names.put(id, group.getValue().get("name").asString());
            List<Integer> implies = new java.util.ArrayList<>();
            group.getValue().get("implied").forEach(n -> implies.add(n.asInt()));
            implied.put(id, implies);
        }
    }

    public String name(int group) {
        return names.getOrDefault(group, "Group " + group);
    }

    /** Groups in Odoo's order of {@code res.groups} (by the group's own name, without its category). */
    public List<Integer> sorted(java.util.Collection<Integer> groups) {
        return groups.stream()
                .sorted(java.util.Comparator.comparing((Integer g) -> shortName(g))
                        .thenComparing(g -> g))
                .toList();
    }

    private String shortName(int group) {
        String full = name(group);
        int slash = full.indexOf(" / ");
        return slash < 0 ? full : full.substring(slash + 3);
    }

    /** Whether one group implies the other, directly or through others. */
    public boolean implies(int group, int other) {
        return group != other && closure(List.of(group)).contains(other);
    }

    /** The user's groups with everything they imply. */
    @SuppressWarnings("unchecked")
    public Set<Integer> of(Env env) {
        Map<String, Object> user = env.db().row("res.users", env.uid());
        String field = env.db().schema().fieldName("res.users", "groups_id");
        List<Integer> direct = user == null ? List.of() : (List<Integer>) user.getOrDefault(field, List.of());
        return closure(direct);
    }

    public Set<Integer> closure(List<Integer> direct) {
        Set<Integer> all = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>(direct);
        while (!todo.isEmpty()) {
            Integer group = todo.pop();
            if (all.add(group)) {
                todo.addAll(implied.getOrDefault(group, List.of()));
            }
        }
        return all;
    }
}
