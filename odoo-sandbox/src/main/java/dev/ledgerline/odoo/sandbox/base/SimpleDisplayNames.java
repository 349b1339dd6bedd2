package dev.ledgerline.odoo.sandbox.base;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import java.util.Map;

/** Models whose only difference from the generic ORM is how Odoo shows their name. */
final class SimpleDisplayNames {
    private SimpleDisplayNames() {}

    /** {@code uom.uom}: its name. */
    static final class UomDisplay implements ModelBehaviour {
        @Override
        public String model() {
            return "uom.uom";
        }
    }

    /** {@code account.tax.repartition.line}: Odoo has no name for it and shows "model,id". */
    static final class RepartitionDisplay implements ModelBehaviour {
        @Override
        public String model() {
            return "account.tax.repartition.line";
        }

        @Override
        public String displayName(Env env, Map<String, Object> row) {
            return "account.tax.repartition.line," + row.get("id");
        }
    }
}
