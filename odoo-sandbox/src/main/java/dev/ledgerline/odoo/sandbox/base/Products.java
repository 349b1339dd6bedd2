package dev.ledgerline.odoo.sandbox.base;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.util.Map;

/**
 * A product variant's values as Odoo reads them: a variant delegates to its template ({@code _inherits}),
 * so a field the variant's row does not hold is the template's.
 */
public final class Products {
    private Products() {}

    /** The stored value of a product field, from the variant or else its template; {@code null} when unset. */
    public static Object value(Env env, Integer productId, String field) {
        Map<String, Object> product = productId == null ? null : env.db().row("product.product", productId);
        if (product == null) {
            return null;
        }
        if (product.containsKey(field)) {
            return product.get(field);
        }
        Map<String, Object> template = env.row("product.template", Values.id(product.get("product_tmpl_id")));
        return template == null ? null : template.get(field);
    }

    public static String text(Env env, Integer productId, String field) {
        Object value = value(env, productId, field);
        return value == null ? null : String.valueOf(value);
    }

    /** {@code display_name}: {@code [code] name}, or the name alone. */
    public static String displayName(Env env, Integer productId) {
        String name = text(env, productId, "name");
        String code = text(env, productId, "default_code");
        return code == null ? String.valueOf(name) : "[" + code + "] " + name;
    }
}
