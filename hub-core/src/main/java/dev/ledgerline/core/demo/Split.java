package dev.ledgerline.core.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How one employee's logged hours of a day are split over their assignments: a small assignment is
 * worked on only some days (but then for a real stretch of time), hours are recorded in the
 * project's granularity and never add up to more than was logged.
 */
final class Split {

    record Part(ProjectPlan project, BigDecimal hours) {}

    private Split() {}

    static List<Part> of(
            List<Assignment> assignments,
            LocalDate date,
            int month,
            BigDecimal logged,
            Map<String, ProjectPlan> projects,
            Dice dice) {
        int total = 0;
        Assignment top = null;
        for (Assignment a : assignments) {
            if (a.covers(date) && a.weightIn(month) > 0) {
                total += a.weightIn(month);
                if (top == null || a.weightIn(month) > top.weightIn(month)) {
                    top = a;
                }
            }
        }
        if (top == null) {
            return List.of();
        }
        List<Assignment> active = new ArrayList<>();
        int activeWeight = 0;
        for (Assignment a : assignments) {
            if (a.covers(date) && a.weightIn(month) > 0) {
                int perMille = (int) Math.min(1000L, a.weightIn(month) * 2500L / total);
                if (a == top || dice.chance(perMille)) {
                    active.add(a);
                    activeWeight += a.weightIn(month);
                }
            }
        }
        List<Part> parts = new ArrayList<>();
        for (Assignment a : active) {
            ProjectPlan project = projects.get(a.projectId());
            BigDecimal share = logged.multiply(BigDecimal.valueOf(a.weightIn(month)))
                    .divide(BigDecimal.valueOf(activeWeight), 6, RoundingMode.DOWN);
            BigDecimal hours = TimeSheets.floorTo(share, project.granularity());
            if (hours.signum() > 0) {
                parts.add(new Part(project, hours));
            }
        }
        if (parts.isEmpty()) {
            ProjectPlan project = projects.get(top.projectId());
            parts.add(new Part(project, TimeSheets.floorTo(logged, project.granularity())));
        }
        return parts;
    }
}
