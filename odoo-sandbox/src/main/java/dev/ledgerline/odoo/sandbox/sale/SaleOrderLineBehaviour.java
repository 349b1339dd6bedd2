package dev.ledgerline.odoo.sandbox.sale;

import dev.ledgerline.odoo.sandbox.account.AnalyticDistribution;
import dev.ledgerline.odoo.sandbox.base.Products;
import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code sale.order.line}: the product gives the description, price, unit and taxes; amounts are taxed per
 * line (Odoo's default {@code round_per_line}); the order's state, partner, salesperson, company and currency
 * are the line's; what is left to invoice follows the product's invoicing policy.
 */
final class SaleOrderLineBehaviour implements ModelBehaviour {
    static final String MODEL = "sale.order.line";

    /** Odoo computes these from the order and the product; a caller's value is not kept. */
    private static final Set<String> FROM_ORDER =
            Set.of("state", "order_partner_id", "salesman_id", "currency_id", "company_id");

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Set<String> systemFields() {
        return Set.of("name", "price_unit", "customer_lead", "product_uom_qty");
    }

    @Override
    public Set<String> ignoredFields() {
        return Set.of(
                "state",
                "order_partner_id",
                "salesman_id",
                "currency_id",
                "price_subtotal",
                "price_tax",
                "price_total",
                "price_reduce_taxexcl",
                "price_reduce_taxinc",
                "invoice_status",
                "qty_to_invoice",
                "untaxed_amount_to_invoice");
    }

    /** Without taxes of its own, a line takes the product's customer taxes of the order's company. */
    @Override
    public void receiveCreate(Env env, Map<String, Object> given) {
        Integer product = Values.id(given.get("product_id"));
        if (product != null && !given.containsKey("tax_id")) {
            given.put("tax_id", List.of(List.of(6, 0, taxesOf(env, product, companyOf(env, given)))));
        }
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        AnalyticDistribution.sanitize(values);
        Integer product = Values.id(values.get("product_id"));
        if (product != null) {
            if (values.get("name") == null) {
                String description = Products.text(env, product, "description_sale");
                values.put(
                        "name", Products.displayName(env, product) + (description == null ? "" : "\n" + description));
            }
            values.putIfAbsent("price_unit", Values.toDouble(Products.value(env, product, "list_price")));
            values.putIfAbsent("product_uom", Products.value(env, product, "uom_id"));
            values.putIfAbsent("customer_lead", Values.toDouble(Products.value(env, product, "sale_delay")));
            String type = Products.text(env, product, "type");
            values.put("is_service", "service".equals(type));
            values.put("qty_delivered_method", deliveredMethod(env, product));
        }
        values.putIfAbsent("price_unit", 0.0);
        values.putIfAbsent("customer_lead", 0.0);
        values.putIfAbsent("product_uom_qty", 1.0);
        values.putIfAbsent("sequence", 10L);
        values.putIfAbsent("discount", 0.0);
        values.putIfAbsent("qty_delivered", 0.0);
        values.putIfAbsent("qty_invoiced", 0.0);
        values.putIfAbsent("is_expense", false);
        values.put("technical_price_unit", values.get("price_unit"));
        Map<String, Object> order = env.row(SaleOrderBehaviour.MODEL, Values.id(values.get("order_id")));
        if (order != null) {
            values.put("company_id", order.get("company_id"));
        }
        if (values.get("name") == null && values.get("display_type") == null) {
            values.put("name", "");
        }
    }

    @Override
    public void afterCreate(Env env, int id) {
        SaleAmounts.storeLine(env, id);
        Map<String, Object> line = env.db().row(MODEL, id);
        Integer order = Values.id(line.get("order_id"));
        Map<String, Object> orderRow = env.row(SaleOrderBehaviour.MODEL, order);
        if (orderRow != null && "sale".equals(orderRow.get("state")) && !Values.truthy(line.get("is_expense"))) {
            ServiceGeneration.forLines(env.sudo(), List.of(id));
        }
        SaleOrderBehaviour.distributeToProject(env, env.db().row(MODEL, id));
    }

    @Override
    public void prepareWrite(Env env, List<Integer> ids, Map<String, Object> values) {
        AnalyticDistribution.sanitize(values);
    }

    @Override
    public void afterWrite(Env env, List<Integer> ids, Set<String> fields) {
        if (fields.contains("product_uom_qty")
                || fields.contains("price_unit")
                || fields.contains("discount")
                || fields.contains("tax_id")) {
            for (Integer id : ids) {
                SaleAmounts.storeLine(env, id);
                if (fields.contains("product_uom_qty")) {
                    ServiceGeneration.updateAllocatedHours(env, id);
                }
            }
        }
    }

    private static Integer companyOf(Env env, Map<String, Object> values) {
        Map<String, Object> order = env.row(SaleOrderBehaviour.MODEL, Values.id(values.get("order_id")));
        Integer company = order == null ? Values.id(values.get("company_id")) : Values.id(order.get("company_id"));
        return company == null ? env.companyId() : company;
    }

    /** The product's customer taxes that belong to the order's company. */
    private static List<Integer> taxesOf(Env env, int product, int company) {
        List<Integer> out = new ArrayList<>();
        for (Integer tax : Values.ids(Products.value(env, product, "taxes_id"))) {
            Map<String, Object> row = env.db().row("account.tax", tax);
            Integer taxCompany = row == null ? null : Values.id(row.get("company_id"));
            if (taxCompany == null || taxCompany == company) {
                out.add(tax);
            }
        }
        return List.copyOf(out);
    }

    /** sale_timesheet and sale_project's {@code _compute_qty_delivered_method} for a line that is no expense. */
    private static String deliveredMethod(Env env, int product) {
        if ("service".equals(Products.text(env, product, "type"))) {
            String serviceType = Products.text(env, product, "service_type");
            if ("timesheet".equals(serviceType)) {
                return "timesheet";
            }
            if ("milestones".equals(serviceType)) {
                return "milestones";
            }
        }
        return "manual";
    }

    @Override
    public Object compute(Env env, Map<String, Object> row, String field) {
        Map<String, Object> order = env.row(SaleOrderBehaviour.MODEL, Values.id(row.get("order_id")));
        Integer product = Values.id(row.get("product_id"));
        if (FROM_ORDER.contains(field)) {
            if (order == null) {
                return null;
            }
            return switch (field) {
                case "order_partner_id" -> order.get("partner_id");
                case "salesman_id" -> order.get("user_id");
                default -> order.get(field);
            };
        }
        return switch (field) {
            case "product_type" -> Products.value(env, product, "type");
            case "service_tracking" -> Products.value(env, product, "service_tracking");
            case "product_template_id" -> Products.value(env, product, "product_tmpl_id");
            case "product_updatable" -> productUpdatable(env, row, order, product);
            case "qty_to_invoice" -> SaleAmounts.d(SaleAmounts.qtyToInvoice(env, row));
            case "invoice_status" -> SaleAmounts.invoiceStatus(env, row);
            case "untaxed_amount_to_invoice" -> SaleAmounts.d(SaleAmounts.untaxedToInvoice(env, row));
            case "amount_to_invoice" -> SaleAmounts.d(SaleAmounts.toInvoice(env, row));
            case "amount_invoiced", "untaxed_amount_invoiced", "remaining_hours" -> 0.0;
            case "remaining_hours_available" -> false;
            case "invoice_lines", "analytic_line_ids" -> List.of();
            default -> NOT_COMPUTED;
        };
    }

    private static boolean productUpdatable(
            Env env, Map<String, Object> row, Map<String, Object> order, Integer product) {
        String state = order == null ? null : String.valueOf(order.get("state"));
        if ("cancel".equals(state)) {
            return false;
        }
        if ("sale".equals(state)) {
            if ("service".equals(Products.text(env, product, "type"))
                    || Values.truthy(order.get("locked"))
                    || Values.toDouble(row.get("qty_invoiced")) > 0
                    || Values.toDouble(row.get("qty_delivered")) > 0) {
                return false;
            }
        }
        return true;
    }

    /** "S00001 - first line of the description (customer's reference or name)". */
    @Override
    public String displayName(Env env, Map<String, Object> row) {
        Map<String, Object> order = env.row(SaleOrderBehaviour.MODEL, Values.id(row.get("order_id")));
        String description =
                row.get("name") == null ? "" : String.valueOf(row.get("name")).split("\n", -1)[0];
        if (description.isEmpty()) {
            description = String.valueOf(Products.value(env, Values.id(row.get("product_id")), "name"));
        }
        String name = (order == null ? "" : order.get("name")) + " - " + description;
        Map<String, Object> partner = order == null ? null : env.row("res.partner", Values.id(order.get("partner_id")));
        if (partner != null) {
            Map<String, Object> commercial = env.row("res.partner", Values.id(partner.get("commercial_partner_id")));
            Map<String, Object> shown = commercial == null ? partner : commercial;
            Object label = shown.get("ref") != null ? shown.get("ref") : shown.get("name");
            name = name + " (" + label + ")";
        }
        return name;
    }
}
