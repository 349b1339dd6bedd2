package dev.ledgerline.core.demo;

import java.util.List;

/**
 * A task of a project: its share of the project's entries ({@code weight}), its billable flag (null
 * inherits), a role override that entries on it carry, and the descriptions people write.
 */
record TaskPlan(String id, String name, int weight, Boolean billable, String roleOverride, List<String> descriptions) {

    TaskPlan {
        descriptions = List.copyOf(descriptions);
    }

    static TaskPlan of(String id, String name, int weight, String... descriptions) {
        return new TaskPlan(id, name, weight, null, null, List.of(descriptions));
    }

    TaskPlan notBillable() {
        return new TaskPlan(id, name, weight, false, roleOverride, descriptions);
    }

    TaskPlan asRole(String role) {
        return new TaskPlan(id, name, weight, billable, role, descriptions);
    }
}
