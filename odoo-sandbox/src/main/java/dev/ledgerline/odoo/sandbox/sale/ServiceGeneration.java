package dev.ledgerline.odoo.sandbox.sale;

import dev.ledgerline.odoo.sandbox.base.Products;
import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * sale_project's {@code _timesheet_service_generation}, run when an order is confirmed (and for a line added
 * to a confirmed order): a service whose {@code service_tracking} is {@code project_only} or
 * {@code task_in_project} gets one project per order (with its own analytic account, named after the order,
 * and the four default stages), a {@code task_in_project} line gets its task there, a
 * {@code task_global_project} line gets its task in the product's or the order's project; the order's
 * project becomes the first of them.
 */
final class ServiceGeneration {
    private static final Set<String> NEW_PROJECT = Set.of("project_only", "task_in_project");
    private static final int UNITS = 1;
    private static final int HOURS = 4;

    /** The stages sale_project gives a generated project that has none: name, folded, sequence. */
    private static final List<Object[]> STAGES = List.of(
            new Object[] {"To Do", false, 5L},
            new Object[] {"In Progress", false, 10L},
            new Object[] {"Done", false, 15L},
            new Object[] {"Cancelled", true, 20L});

    private ServiceGeneration() {}

    static void forLines(Env env, List<Integer> lineIds) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Integer id : lineIds) {
            lines.add(env.db().row(SaleOrderLineBehaviour.MODEL, id));
        }
        List<Map<String, Object>> global = new ArrayList<>();
        List<Map<String, Object>> newProject = new ArrayList<>();
        for (Map<String, Object> line : lines) {
            if (!Values.truthy(line.get("is_service"))) {
                continue;
            }
            String tracking = tracking(env, line);
            if ("task_global_project".equals(tracking)) {
                global.add(line);
            } else if (NEW_PROJECT.contains(tracking)) {
                newProject.add(line);
            }
        }
        refuseGlobalWithoutProject(env, global);

        Map<Integer, Integer> projectOfOrder = new HashMap<>();
        for (Map<String, Object> line : newProject) {
            Integer order = Values.id(line.get("order_id"));
            for (Map<String, Object> other : SaleAmounts.lines(env, order)) {
                if (other.get("project_id") != null && NEW_PROJECT.contains(tracking(env, other))) {
                    projectOfOrder.putIfAbsent(order, Values.id(other.get("project_id")));
                }
            }
        }

        for (Map<String, Object> line : global) {
            if (line.get("task_id") == null) {
                Integer project = Values.id(Products.value(env, product(line), "project_id"));
                if (project == null) {
                    project = Values.id(order(env, line).get("project_id"));
                }
                if (project != null && Values.toDouble(line.get("product_uom_qty")) > 0) {
                    createTask(env, line, project);
                }
            }
        }

        for (Map<String, Object> line : newProject) {
            int lineId = (Integer) line.get("id");
            Integer order = Values.id(line.get("order_id"));
            Integer project = Values.id(line(env, lineId).get("project_id"));
            if (project == null && !projectOfOrder.containsKey(order)) {
                project = createProject(env, line(env, lineId));
                projectOfOrder.put(order, project);
            } else if (project == null) {
                env.db().set(SaleOrderLineBehaviour.MODEL, lineId, "project_id", projectOfOrder.get(order));
            }
            if ("task_in_project".equals(tracking(env, line))) {
                if (project == null) {
                    project = projectOfOrder.get(order);
                }
                if (line(env, lineId).get("task_id") == null) {
                    createTask(env, line(env, lineId), project);
                }
            }
        }

        Map<Integer, Set<Integer>> projectsOfOrder = new LinkedHashMap<>();
        for (Map<String, Object> line : global) {
            collectProjects(env, (Integer) line.get("id"), projectsOfOrder);
        }
        for (Map<String, Object> line : newProject) {
            collectProjects(env, (Integer) line.get("id"), projectsOfOrder);
        }
        for (Map.Entry<Integer, Set<Integer>> entry : projectsOfOrder.entrySet()) {
            Map<String, Object> order = env.db().row(SaleOrderBehaviour.MODEL, entry.getKey());
            if (order.get("project_id") == null && !entry.getValue().isEmpty()) {
                Integer first = entry.getValue().stream()
                        .min((a, b) -> Long.compare(
                                Values.toLong(env.db().row("project.project", a).get("sequence")),
                                Values.toLong(env.db().row("project.project", b).get("sequence"))))
                        .orElseThrow();
                env.db().set(SaleOrderBehaviour.MODEL, entry.getKey(), "project_id", first);
                SaleOrderBehaviour.distributeToProject(env, entry.getKey());
            }
        }
    }

    private static void collectProjects(Env env, int lineId, Map<Integer, Set<Integer>> out) {
        Map<String, Object> line = line(env, lineId);
        Set<Integer> projects = out.computeIfAbsent(Values.id(line.get("order_id")), k -> new LinkedHashSet<>());
        Integer project = Values.id(line.get("project_id"));
        if (project != null) {
            projects.add(project);
        }
        Map<String, Object> task = env.row("project.task", Values.id(line.get("task_id")));
        if (task != null && task.get("project_id") != null) {
            projects.add(Values.id(task.get("project_id")));
        }
    }

    private static void refuseGlobalWithoutProject(Env env, List<Map<String, Object>> global) {
        Set<String> names = new LinkedHashSet<>();
        for (Map<String, Object> line : global) {
            if (Products.value(env, product(line), "project_id") == null
                    && order(env, line).get("project_id") == null) {
                names.add(Products.text(env, product(line), "name"));
            }
        }
        if (!names.isEmpty()) {
            throw OdooException.userError(
                    "A project must be defined on the quotation or on the form of products creating a task on order.\n"
                            + "The following products need a project in which to put their task: "
                            + englishList(List.copyOf(names)));
        }
    }

    /** Babel's English list: "A", "A and B", "A, B, and C". */
    private static String englishList(List<String> names) {
        if (names.size() == 1) {
            return names.getFirst();
        }
        if (names.size() == 2) {
            return names.get(0) + " and " + names.get(1);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.getLast();
    }

    private static int createProject(Env env, Map<String, Object> line) {
        Map<String, Object> order = order(env, line);
        int orderId = (Integer) order.get("id");
        Object reference = order.get("client_order_ref");
        String name =
                Values.truthy(reference) ? reference + " - " + order.get("name") : String.valueOf(order.get("name"));
        long projectLines = SaleAmounts.lines(env, orderId).stream()
                .filter(l -> NEW_PROJECT.contains(tracking(env, l)))
                .count();
        if (projectLines == 1) {
            name = name + " - " + Products.displayName(env, product(line));
        }
        Integer company = Values.id(line.get("company_id"));
        Map<String, Object> account = new HashMap<>();
        account.put("name", order.get("name"));
        account.put("code", reference);
        account.put("company_id", company);
        account.put("partner_id", order.get("partner_id"));
        int accountId = env.records("account.analytic.account").create(account);

        Map<String, Object> values = new HashMap<>();
        values.put("name", name);
        values.put("partner_id", order.get("partner_id"));
        values.put("sale_line_id", line.get("id"));
        values.put("active", true);
        values.put("company_id", company);
        values.put("allow_billable", true);
        values.put("user_id", false);
        values.put(env.db().schema().fieldName("project.project", "account_id"), accountId);
        Env inCompany = company == null ? env : env.withCompanies(List.of(company));
        int project = inCompany.records("project.project").create(values);

        List<Integer> stages = new ArrayList<>();
        for (Object[] stage : STAGES) {
            Map<String, Object> stageValues = new HashMap<>();
            stageValues.put("name", stage[0]);
            stageValues.put("fold", stage[1]);
            stageValues.put("sequence", stage[2]);
            stageValues.put("user_id", false);
            stageValues.put("project_ids", List.of(List.of(6, 0, List.of(project))));
            stages.add(env.records("project.task.type").create(stageValues));
        }
        env.db().set("project.project", project, "type_ids", List.copyOf(stages));
        env.db().set(SaleOrderLineBehaviour.MODEL, (Integer) line.get("id"), "project_id", project);
        Map<String, Object> after = new HashMap<>();
        after.put("reinvoiced_sale_order_id", orderId);
        after.put("allocated_hours", allocatedHours(env, orderId));
        after.put("allow_timesheets", true);
        env.records("project.project").write(project, after);
        return project;
    }

    /**
     * sale_timesheet: the hours of every project-creating service line of the order, units counted as hours,
     * other units of the working-time category converted to the company's hours.
     */
    private static double allocatedHours(Env env, int orderId) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map<String, Object> line : SaleAmounts.lines(env, orderId)) {
            if (Values.truthy(line.get("is_service")) && NEW_PROJECT.contains(tracking(env, line))) {
                total = total.add(hours(env, line));
            }
        }
        return total.doubleValue();
    }

    /** A line's quantity in hours (sale_timesheet's {@code _convert_qty_company_hours}), 0 when not time. */
    private static BigDecimal hours(Env env, Map<String, Object> line) {
        BigDecimal qty = Values.decimal(line.get("product_uom_qty"));
        Integer uom = Values.id(line.get("product_uom"));
        if (uom == null || uom == UNITS || uom == HOURS) {
            return qty;
        }
        Map<String, Object> unit = env.row("uom.uom", uom);
        Map<String, Object> hour = env.row("uom.uom", HOURS);
        if (unit == null || !Values.id(unit.get("category_id")).equals(Values.id(hour.get("category_id")))) {
            return BigDecimal.ZERO;
        }
        return qty.multiply(Values.decimal(hour.get("factor")))
                .divide(Values.decimal(unit.get("factor")), MathContext.DECIMAL64);
    }

    private static void createTask(Env env, Map<String, Object> line, int project) {
        Map<String, Object> order = order(env, line);
        Map<String, Object> projectRow = env.db().row("project.project", project);
        String serviceType = Products.text(env, product(line), "service_type");
        double allocated = "milestones".equals(serviceType) || "manual".equals(serviceType)
                ? 0.0
                : hours(env, line).doubleValue();
        String[] parts = String.valueOf(line.getOrDefault("name", "")).split("\n", -1);
        String title = parts[0].isEmpty() ? Products.text(env, product(line), "name") : parts[0];
        Map<String, Object> values = new HashMap<>();
        values.put("name", projectRow.get("sale_line_id") != null ? title : order.get("name") + " - " + title);
        values.put("allocated_hours", allocated);
        values.put("partner_id", order.get("partner_id"));
        values.put("description", String.join("<br/>", List.of(parts).subList(1, parts.length)));
        values.put("project_id", project);
        values.put("sale_line_id", line.get("id"));
        values.put("sale_order_id", order.get("id"));
        values.put("company_id", projectRow.get("company_id"));
        values.put("user_ids", false);
        int task = env.records("project.task").create(values);
        env.db().set(SaleOrderLineBehaviour.MODEL, (Integer) line.get("id"), "task_id", task);
    }

    /** A changed ordered quantity changes the generated task's allocated hours (sale_project's write). */
    static void updateAllocatedHours(Env env, int lineId) {
        Map<String, Object> line = line(env, lineId);
        Integer task = Values.id(line.get("task_id"));
        if (task != null && "service".equals(Products.text(env, product(line), "type"))) {
            env.sudo()
                    .records("project.task")
                    .write(task, Map.of("allocated_hours", hours(env, line).doubleValue()));
        }
    }

    private static Map<String, Object> line(Env env, int id) {
        return env.db().row(SaleOrderLineBehaviour.MODEL, id);
    }

    private static Integer product(Map<String, Object> line) {
        return Values.id(line.get("product_id"));
    }

    private static Map<String, Object> order(Env env, Map<String, Object> line) {
        return env.db().row(SaleOrderBehaviour.MODEL, Values.id(line.get("order_id")));
    }

    private static String tracking(Env env, Map<String, Object> line) {
        return Products.text(env, product(line), "service_tracking");
    }
}
