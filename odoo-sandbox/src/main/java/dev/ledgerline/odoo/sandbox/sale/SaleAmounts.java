package dev.ledgerline.odoo.sandbox.sale;

import dev.ledgerline.odoo.sandbox.base.Products;
import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The money of sales orders as Odoo 18 computes it: each line's subtotal and taxes rounded per line, the
 * order's totals summed from its lines, and what is left to invoice by the product's invoicing policy.
 */
final class SaleAmounts {
    private SaleAmounts() {}

    static double d(BigDecimal value) {
        return value.doubleValue() + 0.0;
    }

    private static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Subtotal, tax, total and unit prices after discount, stored on the line as Odoo stores them. */
    static void storeLine(Env env, int lineId) {
        Map<String, Object> line = env.db().row(SaleOrderLineBehaviour.MODEL, lineId);
        BigDecimal qty = Values.decimal(line.get("product_uom_qty"));
        BigDecimal base = qty.multiply(Values.decimal(line.get("price_unit")))
                .multiply(BigDecimal.ONE.subtract(
                        Values.decimal(line.get("discount")).movePointLeft(2)));
        BigDecimal subtotal = cents(base);
        BigDecimal tax = BigDecimal.ZERO;
        for (Integer taxId : Values.ids(line.get("tax_id"))) {
            Map<String, Object> taxRow = env.db().row("account.tax", taxId);
            if (taxRow == null) {
                continue;
            }
            BigDecimal rate = Values.decimal(taxRow.get("amount"));
            BigDecimal amount = "fixed".equals(taxRow.get("amount_type"))
                    ? rate.multiply(qty)
                    : base.multiply(rate).movePointLeft(2);
            tax = tax.add(cents(amount));
        }
        BigDecimal total = subtotal.add(tax);
        Map<String, Object> values = new HashMap<>();
        values.put("price_subtotal", d(subtotal));
        values.put("price_tax", d(tax));
        values.put("price_total", d(total));
        boolean none = qty.signum() == 0;
        values.put("price_reduce_taxexcl", none ? 0.0 : d(subtotal.divide(qty, 2, RoundingMode.HALF_UP)));
        values.put("price_reduce_taxinc", none ? 0.0 : d(total.divide(qty, 2, RoundingMode.HALF_UP)));
        values.put("technical_price_unit", line.get("price_unit"));
        env.db().update(SaleOrderLineBehaviour.MODEL, lineId, values);
    }

    static List<Map<String, Object>> lines(Env env, int orderId) {
        return env.db().rows(SaleOrderLineBehaviour.MODEL).stream()
                .filter(l -> Integer.valueOf(orderId).equals(Values.id(l.get("order_id"))))
                .sorted((a, b) -> {
                    int bySequence = Long.compare(Values.toLong(a.get("sequence")), Values.toLong(b.get("sequence")));
                    return bySequence != 0 ? bySequence : Integer.compare((Integer) a.get("id"), (Integer) b.get("id"));
                })
                .toList();
    }

    static BigDecimal sum(Env env, int orderId, String field) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map<String, Object> line : lines(env, orderId)) {
            total = total.add(Values.decimal(line.get(field)));
        }
        return total;
    }

    /** Odoo's {@code amount_undiscounted}, summed in floating point in the lines' order as Odoo does. */
    static double undiscounted(Env env, int orderId) {
        double total = 0.0;
        for (Map<String, Object> line : lines(env, orderId)) {
            double discount = Values.toDouble(line.get("discount"));
            total += discount != 100
                    ? (Values.toDouble(line.get("price_subtotal")) * 100) / (100 - discount)
                    : Values.toDouble(line.get("price_unit")) * Values.toDouble(line.get("product_uom_qty"));
        }
        return total;
    }

    private static boolean confirmed(Env env, Map<String, Object> line) {
        Map<String, Object> order = env.row(SaleOrderBehaviour.MODEL, Values.id(line.get("order_id")));
        return order != null && "sale".equals(order.get("state"));
    }

    private static boolean invoicedOnOrder(Env env, Map<String, Object> line) {
        return "order".equals(Products.value(env, Values.id(line.get("product_id")), "invoice_policy"));
    }

    /** The quantity the invoicing policy counts: ordered for "order", delivered for "delivery". */
    private static BigDecimal consideredQty(Env env, Map<String, Object> line) {
        return Values.decimal(invoicedOnOrder(env, line) ? line.get("product_uom_qty") : line.get("qty_delivered"));
    }

    static BigDecimal qtyToInvoice(Env env, Map<String, Object> line) {
        if (!confirmed(env, line) || line.get("display_type") != null) {
            return BigDecimal.ZERO;
        }
        return consideredQty(env, line).subtract(Values.decimal(line.get("qty_invoiced")));
    }

    static String invoiceStatus(Env env, Map<String, Object> line) {
        if (!confirmed(env, line)) {
            return "no";
        }
        BigDecimal ordered = Values.decimal(line.get("product_uom_qty"));
        if (qtyToInvoice(env, line).setScale(2, RoundingMode.HALF_UP).signum() != 0) {
            return "to invoice";
        }
        if (invoicedOnOrder(env, line)
                && ordered.signum() >= 0
                && Values.decimal(line.get("qty_delivered")).compareTo(ordered) > 0) {
            return "upselling";
        }
        return Values.decimal(line.get("qty_invoiced")).compareTo(ordered) >= 0 ? "invoiced" : "no";
    }

    static BigDecimal untaxedToInvoice(Env env, Map<String, Object> line) {
        if (!confirmed(env, line)) {
            return BigDecimal.ZERO;
        }
        BigDecimal reduced = Values.decimal(line.get("price_unit"))
                .multiply(BigDecimal.ONE.subtract(
                        Values.decimal(line.get("discount")).movePointLeft(2)));
        return cents(reduced.multiply(consideredQty(env, line)));
    }

    /**
     * Odoo 18's {@code amount_to_invoice} of a line: the taxed unit price, discounted once more, times the
     * quantity the policy counts less what posted invoices hold (none in the sandbox).
     */
    static BigDecimal toInvoice(Env env, Map<String, Object> line) {
        BigDecimal qty = Values.decimal(line.get("product_uom_qty"));
        if (qty.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal unit = Values.decimal(line.get("price_total")).divide(qty, MathContext.DECIMAL128);
        BigDecimal reduced = unit.multiply(
                BigDecimal.ONE.subtract(Values.decimal(line.get("discount")).movePointLeft(2)));
        return cents(reduced.multiply(consideredQty(env, line)));
    }

    /** The order's status from its lines' (Odoo's {@code sale.order._compute_invoice_status}). */
    static String orderInvoiceStatus(Env env, Map<String, Object> order) {
        if (!"sale".equals(order.get("state"))) {
            return "no";
        }
        List<String> statuses = lines(env, (Integer) order.get("id")).stream()
                .filter(l -> l.get("display_type") == null && !Values.truthy(l.get("is_downpayment")))
                .map(l -> invoiceStatus(env, l))
                .toList();
        if (statuses.contains("to invoice")) {
            return "to invoice";
        }
        if (!statuses.isEmpty() && statuses.stream().allMatch("invoiced"::equals)) {
            return "invoiced";
        }
        if (!statuses.isEmpty() && statuses.stream().allMatch(s -> s.equals("invoiced") || s.equals("upselling"))) {
            return "upselling";
        }
        return "no";
    }
}
