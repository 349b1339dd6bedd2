package dev.ledgerline.odoo.sandbox.sale;

import dev.ledgerline.odoo.sandbox.base.Products;
import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.ModelMethod;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code sale.order}: numbered {@code S00001} on creation with the customer's invoice and delivery
 * addresses, the company's quotation validity and signature settings; totals summed from its lines;
 * {@code action_confirm} makes it a sales order and lets its service lines create their projects and tasks
 * (sale_project).
 */
final class SaleOrderBehaviour implements ModelBehaviour {
    static final String MODEL = "sale.order";

    /** The "Sales" team every user of a fresh database falls back to. */
    private static final int SALES_TEAM = 1;

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Set<String> systemFields() {
        return Set.of("partner_invoice_id", "partner_shipping_id", "name", "date_order");
    }

    @Override
    public Set<String> ignoredFields() {
        return Set.of("amount_untaxed", "amount_tax", "amount_total", "invoice_status", "project_ids", "tasks_ids");
    }

    @Override
    public void receiveCreate(Env env, Map<String, Object> given) {
        if (!given.containsKey("user_id")) {
            given.put("user_id", env.uid());
        }
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        if (values.get("name") == null || "New".equals(values.get("name"))) {
            values.put("name", String.format("S%05d", env.db().nextNumber("sale.order")));
        }
        Integer partner = Values.id(values.get("partner_id"));
        if (partner != null) {
            values.putIfAbsent("partner_invoice_id", address(env, partner, "invoice"));
            values.putIfAbsent("partner_shipping_id", address(env, partner, "delivery"));
        }
        values.putIfAbsent("date_order", env.db().now());
        values.put("state", "draft");
        values.putIfAbsent("team_id", SALES_TEAM);
        Map<String, Object> company = env.row("res.company", Values.id(values.get("company_id")));
        if (company != null) {
            values.putIfAbsent("currency_id", company.get("currency_id"));
            long validity = Values.toLong(company.get("quotation_validity_days"));
            if (validity > 0) {
                values.putIfAbsent(
                        "validity_date", env.today().plusDays(validity).toString());
            }
            values.putIfAbsent("require_signature", Values.truthy(company.get("portal_confirmation_sign")));
            values.putIfAbsent("require_payment", Values.truthy(company.get("portal_confirmation_pay")));
            values.putIfAbsent("prepayment_percent", Values.toDouble(company.get("prepayment_percent")));
        }
        values.putIfAbsent("currency_rate", 1.0);
    }

    /**
     * {@code res.partner.address_get}: the partner itself when it is of that kind, else its first contact
     * of that kind, else the partner.
     */
    private static int address(Env env, int partner, String kind) {
        Map<String, Object> row = env.db().row("res.partner", partner);
        if (row == null || kind.equals(row.get("type"))) {
            return partner;
        }
        return env.db().rows("res.partner").stream()
                .filter(p -> Integer.valueOf(partner).equals(Values.id(p.get("parent_id")))
                        && kind.equals(p.get("type"))
                        && Values.truthy(p.getOrDefault("active", true)))
                .map(p -> (Integer) p.get("id"))
                .sorted()
                .findFirst()
                .orElse(partner);
    }

    @Override
    public void afterWrite(Env env, List<Integer> ids, Set<String> fields) {
        if (fields.contains("project_id")) {
            ids.forEach(id -> distributeToProject(env, id));
        }
    }

    /**
     * Lines without an analytic distribution take their product's project's, or else the order's project's
     * ({@code _compute_analytic_distribution} of sale_project, which depends on the order's project).
     */
    static void distributeToProject(Env env, int orderId) {
        for (Map<String, Object> line : SaleAmounts.lines(env, orderId)) {
            distributeToProject(env, line);
        }
    }

    static void distributeToProject(Env env, Map<String, Object> line) {
        Integer product = Values.id(line.get("product_id"));
        if (line.get("display_type") != null || Values.truthy(line.get("analytic_distribution")) || product == null) {
            return;
        }
        Integer project = Values.id(Products.value(env, product, "project_id"));
        if (project == null) {
            Map<String, Object> order = env.row(MODEL, Values.id(line.get("order_id")));
            project = order == null ? null : Values.id(order.get("project_id"));
        }
        Map<String, Object> projectRow = env.row("project.project", project);
        String accountField = env.db().schema().fieldName("project.project", "account_id");
        Integer account = projectRow == null ? null : Values.id(projectRow.get(accountField));
        if (account != null) {
            Map<String, Object> distribution = new LinkedHashMap<>();
            distribution.put(String.valueOf(account), 100);
            env.db().set(SaleOrderLineBehaviour.MODEL, (Integer) line.get("id"), "analytic_distribution", distribution);
        }
    }

    @Override
    public Object compute(Env env, Map<String, Object> row, String field) {
        int id = (Integer) row.get("id");
        return switch (field) {
            case "amount_untaxed" -> SaleAmounts.d(SaleAmounts.sum(env, id, "price_subtotal"));
            case "amount_tax" -> SaleAmounts.d(SaleAmounts.sum(env, id, "price_tax"));
            case "amount_total" -> SaleAmounts.d(SaleAmounts.sum(env, id, "price_total"));
            case "amount_undiscounted" -> SaleAmounts.undiscounted(env, id);
            case "amount_to_invoice" ->
                SaleAmounts.d(SaleAmounts.lines(env, id).stream()
                        .map(l -> SaleAmounts.toInvoice(env, l))
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
            case "amount_invoiced", "amount_paid", "timesheet_count" -> 0.0;
            case "invoice_count", "closed_task_count", "milestone_count", "timesheet_total_duration" -> 0;
            case "invoice_ids", "expense_ids", "transaction_ids", "authorized_transaction_ids" -> List.of();
            case "invoice_status" -> SaleAmounts.orderInvoiceStatus(env, row);
            case "type_name" -> "sale".equals(row.get("state")) ? "Sales Order" : "Quotation";
            case "tax_calculation_rounding_method" -> "round_per_line";
            case "project_ids" -> projects(env, row);
            case "project_count" -> projects(env, row).size();
            case "tasks_ids" -> tasks(env, id);
            case "tasks_count" -> tasks(env, id).size();
            case "project_account_id" -> {
                Map<String, Object> project = env.row("project.project", Values.id(row.get("project_id")));
                yield project == null
                        ? null
                        : project.get(env.db().schema().fieldName("project.project", "account_id"));
            }
            case "visible_project" ->
                SaleAmounts.lines(env, id).stream()
                        .anyMatch(l -> "task_in_project"
                                .equals(Products.value(env, Values.id(l.get("product_id")), "service_tracking")));
            case "is_product_milestone" ->
                SaleAmounts.lines(env, id).stream()
                        .anyMatch(l -> "delivered_milestones"
                                .equals(Products.value(env, Values.id(l.get("product_id")), "service_policy")));
            case "show_project_button" ->
                hasConfirmedService(env, row) && !projects(env, row).isEmpty();
            case "show_task_button" ->
                (hasConfirmedService(env, row) && !projects(env, row).isEmpty())
                        || !tasks(env, id).isEmpty();
            case "show_create_project_button" ->
                hasConfirmedService(env, row) && projects(env, row).isEmpty();
            default -> NOT_COMPUTED;
        };
    }

    private static boolean hasConfirmedService(Env env, Map<String, Object> order) {
        if ("draft".equals(order.get("state")) || "sent".equals(order.get("state"))) {
            return false;
        }
        return SaleAmounts.lines(env, (Integer) order.get("id")).stream()
                .anyMatch(l -> "service".equals(Products.value(env, Values.id(l.get("product_id")), "type")));
    }

    /** The lines' products' projects, the projects the lines generated and those sold by a line of the order. */
    static List<Integer> projects(Env env, Map<String, Object> order) {
        int id = (Integer) order.get("id");
        Set<Integer> out = new LinkedHashSet<>();
        List<Map<String, Object>> lines = SaleAmounts.lines(env, id);
        for (Map<String, Object> line : lines) {
            Integer project = Values.id(Products.value(env, Values.id(line.get("product_id")), "project_id"));
            if (project != null) {
                out.add(project);
            }
        }
        for (Map<String, Object> line : lines) {
            Integer project = Values.id(line.get("project_id"));
            if (project != null) {
                out.add(project);
            }
        }
        List<Integer> lineIds = lines.stream().map(l -> (Integer) l.get("id")).toList();
        env.db().rows("project.project").stream()
                .filter(p -> lineIds.contains(Values.id(p.get("sale_line_id"))))
                .map(p -> (Integer) p.get("id"))
                .sorted()
                .forEach(out::add);
        return List.copyOf(out);
    }

    /** Tasks in a project sold by one of the order's lines or by the order. */
    static List<Integer> tasks(Env env, int orderId) {
        List<Integer> lineIds = SaleAmounts.lines(env, orderId).stream()
                .map(l -> (Integer) l.get("id"))
                .toList();
        return env.db().rows("project.task").stream()
                .filter(t -> t.get("project_id") != null
                        && Values.truthy(t.getOrDefault("active", true))
                        && (lineIds.contains(Values.id(t.get("sale_line_id")))
                                || Integer.valueOf(orderId).equals(Values.id(t.get("sale_order_id")))))
                .map(t -> (Integer) t.get("id"))
                .sorted()
                .toList();
    }

    @Override
    public void beforeUnlink(Env env, List<Integer> ids) {
        for (Integer id : ids) {
            Object state = env.db().row(MODEL, id).get("state");
            if (!"draft".equals(state) && !"cancel".equals(state)) {
                throw OdooException.userError(
                        "You can not delete a sent quotation or a confirmed sales order. You must first cancel it.");
            }
        }
        for (Integer id : ids) {
            for (Map<String, Object> line : SaleAmounts.lines(env, id)) {
                env.db().delete(SaleOrderLineBehaviour.MODEL, (Integer) line.get("id"));
            }
        }
    }

    @Override
    public Map<String, ModelMethod> methods() {
        return Map.of(
                "action_confirm", SaleOrderBehaviour::confirm,
                "action_cancel", SaleOrderBehaviour::cancel,
                "action_draft",
                        (env, call) -> {
                            for (Integer id : existing(env, call.ids())) {
                                Object state = env.db().row(MODEL, id).get("state");
                                if ("cancel".equals(state) || "sent".equals(state)) {
                                    Map<String, Object> changes = new LinkedHashMap<>();
                                    changes.put("state", "draft");
                                    changes.put("signature", null);
                                    changes.put("signed_by", null);
                                    changes.put("signed_on", null);
                                    changes.put("write_date", env.db().now());
                                    env.db().update(MODEL, id, changes);
                                }
                            }
                            return true;
                        },
                "action_lock", (env, call) -> lock(env, call.ids(), true),
                "action_unlock", (env, call) -> lock(env, call.ids(), false));
    }

    private static Object lock(Env env, List<Integer> ids, boolean locked) {
        for (Integer id : existing(env, ids)) {
            env.db().set(MODEL, id, "locked", locked);
        }
        return null;
    }

    private static List<Integer> existing(Env env, List<Integer> ids) {
        List<Integer> missing =
                ids.stream().filter(id -> !env.db().exists(MODEL, id)).toList();
        if (!missing.isEmpty()) {
            throw OdooException.missing(MODEL, missing, env.uid());
        }
        return ids;
    }

    private static Object confirm(Env env, dev.ledgerline.odoo.sandbox.orm.Call call) {
        List<Integer> ids = existing(env, call.ids());
        for (Integer id : ids) {
            Object state = env.db().row(MODEL, id).get("state");
            if (!"draft".equals(state) && !"sent".equals(state)) {
                throw OdooException.userError("Some orders are not in a state requiring confirmation.");
            }
        }
        // Odoo writes the confirmation first, then lets the lines generate their projects and tasks.
        for (Integer id : ids) {
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("state", "sale");
            changes.put("date_order", env.db().now());
            changes.put("write_date", env.db().now());
            env.db().update(MODEL, id, changes);
        }
        List<Integer> lines = new ArrayList<>();
        for (Integer id : ids) {
            SaleAmounts.lines(env, id).forEach(l -> lines.add((Integer) l.get("id")));
        }
        ServiceGeneration.forLines(env.sudo(), lines);
        return true;
    }

    /**
     * A quotation is cancelled at once; a sales order only with {@code disable_cancel_warning} in the
     * context, else Odoo answers with its cancellation wizard (ids of the fresh database's view and mail
     * template). Projects sold by the order's lines forget their line.
     */
    private static Object cancel(Env env, dev.ledgerline.odoo.sandbox.orm.Call call) {
        List<Integer> ids = existing(env, call.ids());
        for (Integer id : ids) {
            if (Values.truthy(env.db().row(MODEL, id).get("locked"))) {
                throw OdooException.userError("You cannot cancel a locked order. Please unlock it first.");
            }
        }
        boolean warn = !Values.truthy(env.context("disable_cancel_warning"))
                && ids.stream()
                        .anyMatch(id -> !"draft".equals(env.db().row(MODEL, id).get("state")));
        if (warn) {
            Map<String, Object> context = new LinkedHashMap<>();
            context.put("default_template_id", 20);
            context.put("default_order_id", ids.getFirst());
            context.put("mark_so_as_canceled", true);
            context.put("default_email_layout_xmlid", "mail.mail_notification_layout_with_responsible_signature");
            context.put("model_description", "Sales Order");
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("name", "Cancel Sales Order");
            action.put("view_mode", "form");
            action.put("res_model", "sale.order.cancel");
            action.put("view_id", 1371);
            action.put("type", "ir.actions.act_window");
            action.put("context", context);
            action.put("target", "new");
            return action;
        }
        for (Integer id : ids) {
            env.db().set(MODEL, id, "state", "cancel");
            List<Integer> lines = SaleAmounts.lines(env, id).stream()
                    .map(l -> (Integer) l.get("id"))
                    .toList();
            for (Map<String, Object> project : env.db().rows("project.project")) {
                if (lines.contains(Values.id(project.get("sale_line_id")))) {
                    env.db().set("project.project", (Integer) project.get("id"), "sale_line_id", null);
                }
            }
        }
        return true;
    }
}
