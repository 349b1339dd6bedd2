package dev.ledgerline.core.demo;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the time sheets and cost generators need to know of a project: its entity, whether it is a
 * billable client project, its tasks, who approves its time and how finely its hours are recorded
 * ({@code granularity}: most teams log quarter hours, one PSA logs tenths).
 */
record ProjectPlan(
        String id,
        String customerId,
        String contractId,
        String entity,
        boolean client,
        boolean billable,
        String managerId,
        BigDecimal granularity,
        List<TaskPlan> tasks) {

    static final BigDecimal QUARTER_HOURS = new BigDecimal("0.25");
    static final BigDecimal TENTHS = new BigDecimal("0.1");

    ProjectPlan {
        tasks = List.copyOf(tasks);
    }

    boolean billableClientWork() {
        return client && billable;
    }
}
