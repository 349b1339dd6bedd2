package dev.ledgerline.core.demo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The story's contracts and projects: one of every billing model and option, each on a project
 * whose staffing makes the situation it is there for happen (a not-to-exceed crossed, a retainer
 * overrun, a fixed fee over its estimate…). Figures tied to the work are sized from the staffing
 * plan's {@link Estimates}.
 */
final class StoryEngagements {

    private StoryEngagements() {}

    static void build(Portfolio portfolio, StoryDates dates, Estimates estimates) {
        UsStoryContracts us = new UsStoryContracts(portfolio, dates, estimates);
        UsStoryProjects usProjects = new UsStoryProjects(portfolio, dates, estimates);
        us.northwind();
        usProjects.northwindProjects();
        us.globex();
        usProjects.globexProjects();
        us.initech();
        usProjects.initechProjects();
        us.stark();
        usProjects.starkProjects();
        EuStoryContracts eu = new EuStoryContracts(portfolio, dates, estimates);
        eu.umbrella();
        eu.wayne();
        eu.acme();
        EuStoryProjects euProjects = new EuStoryProjects(portfolio, dates, estimates);
        euProjects.euProjects();
        euProjects.internalProjects();
    }

    static ProjectPlan client(
            String id, String customer, String contract, String entity, String manager, List<TaskPlan> tasks) {
        return new ProjectPlan(id, customer, contract, entity, true, true, manager, ProjectPlan.QUARTER_HOURS, tasks);
    }

    static String task(String projectId, int n) {
        return "T-" + projectId.substring(2) + "-" + n;
    }

    /** Rate cards in insertion order: role, rate, role, rate… */
    static Map<String, BigDecimal> rates(String... roleAndRate) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < roleAndRate.length; i += 2) {
            m.put(roleAndRate[i], new BigDecimal(roleAndRate[i + 1]));
        }
        return m;
    }

    /** Prices an employee's planned hours by a contract's rate card, else the firm's rate. */
    static Function<StaffMember, BigDecimal> pricedBy(Map<String, BigDecimal> card) {
        return s -> card.getOrDefault(s.role(), Roles.firmRate(s.entity(), s.role()));
    }
}
