package dev.ledgerline.odoo.sandbox.base;

import dev.ledgerline.odoo.sandbox.model.FieldSpec;
import dev.ledgerline.odoo.sandbox.model.FieldType;
import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code product.product}: a variant of a template created with it. The sandbox keeps the template's
 * fields on both rows so that reads of either model see them.
 */
final class ProductBehaviour implements ModelBehaviour {
    private static final Set<String> TEMPLATE_FIELDS = Set.of(
            "name",
            "type",
            "list_price",
            "invoice_policy",
            "service_type",
            "service_tracking",
            "uom_id",
            "uom_po_id",
            "default_code",
            "taxes_id",
            "supplier_taxes_id",
            "categ_id",
            "sale_ok",
            "purchase_ok",
            "active",
            "expense_policy",
            "can_be_expensed",
            "standard_price",
            "project_id",
            "project_template_id");

    @Override
    public String model() {
        return "product.product";
    }

    @Override
    public Set<String> systemFields() {
        return Set.of("product_tmpl_id");
    }

    @Override
    public void receiveCreate(Env env, Map<String, Object> given) {
        if (given.containsKey("uom_id") && given.get("uom_id") == null) {
            // The template's INSERT is what PostgreSQL refuses, after it took its id.
            env.db().consumeId("product.template");
        }
        receive(env, given);
    }

    @Override
    public void receive(Env env, Map<String, Object> given) {
        if (given.containsKey("uom_id") && given.get("uom_id") == null) {
            throw OdooException.mandatoryFieldNotSet("Product", "product.template", "Unit of Measure", "uom_id");
        }
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        ProductTemplateBehaviour.computeStored(values);
        if (values.get("product_tmpl_id") == null) {
            Map<String, Object> template = new HashMap<>();
            values.forEach((k, v) -> {
                if (TEMPLATE_FIELDS.contains(k) && v != null && !(v instanceof List<?>)) {
                    template.put(k, v);
                }
            });
            values.put("product_tmpl_id", env.sudo().records("product.template").create(template));
        }
    }

    @Override
    public void afterCreate(Env env, int id) {
        Map<String, Object> row = env.db().row(model(), id);
        for (String x2many : List.of("taxes_id", "supplier_taxes_id")) {
            Object taxes = row.get(x2many);
            if (taxes != null) {
                env.db().set("product.template", ((Number) row.get("product_tmpl_id")).intValue(), x2many, taxes);
            }
        }
    }

    @Override
    public void prepareWrite(Env env, List<Integer> ids, Map<String, Object> values) {
        ProductTemplateBehaviour.computeStored(values);
    }

    /** A field the variant's row lacks is its template's (the recorded variants hold only their own fields). */
    @Override
    public Object compute(Env env, Map<String, Object> row, String field) {
        if (row.containsKey(field)) {
            return row.get(field);
        }
        FieldSpec templateField =
                env.db().schema().require("product.template").fields().get(field);
        if (templateField == null || templateField.type() == FieldType.ONE2MANY || !templateField.store()) {
            return NOT_COMPUTED;
        }
        Object value = Products.value(env, (Integer) row.get("id"), field);
        return value == null && templateField.type() == FieldType.MANY2MANY ? NOT_COMPUTED : value;
    }

    @Override
    public String displayName(Env env, Map<String, Object> row) {
        return Products.displayName(env, (Integer) row.get("id"));
    }
}
