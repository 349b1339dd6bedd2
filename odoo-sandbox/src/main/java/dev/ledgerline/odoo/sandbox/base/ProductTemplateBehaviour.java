package dev.ledgerline.odoo.sandbox.base;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import java.util.Map;
import java.util.Set;

/** {@code product.template}: the stored fields Odoo derives from the invoicing policy. */
final class ProductTemplateBehaviour implements ModelBehaviour {
    @Override
    public String model() {
        return "product.template";
    }

    @Override
    public Set<String> systemFields() {
        return Set.of("product_variant_ids");
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        computeStored(values);
    }

    /** {@code service_policy} from {@code invoice_policy} and {@code service_type}, as sale_timesheet computes it. */
    static void computeStored(Map<String, Object> values) {
        if (values.containsKey("invoice_policy") || values.containsKey("service_type")) {
            Object invoicePolicy = values.get("invoice_policy");
            Object serviceType = values.get("service_type");
            String policy;
            if ("order".equals(invoicePolicy)) {
                policy = "ordered_prepaid";
            } else if ("milestones".equals(serviceType)) {
                policy = "delivered_milestones";
            } else if ("timesheet".equals(serviceType)) {
                policy = "delivered_timesheet";
            } else {
                policy = "delivered_manual";
            }
            values.put("service_policy", policy);
        }
    }

    @Override
    public String displayName(Env env, Map<String, Object> row) {
        Object code = row.get("default_code");
        return code == null ? String.valueOf(row.get("name")) : "[" + code + "] " + row.get("name");
    }
}
