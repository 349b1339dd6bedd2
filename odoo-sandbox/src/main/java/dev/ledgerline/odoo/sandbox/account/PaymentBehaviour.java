package dev.ledgerline.odoo.sandbox.account;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import java.util.Map;

/** {@code account.payment}: payments are made by the register wizard; this shows their name. */
final class PaymentBehaviour implements ModelBehaviour {
    @Override
    public String model() {
        return "account.payment";
    }

    @Override
    public String displayName(Env env, Map<String, Object> row) {
        Object name = row.get("name");
        return name == null ? "Draft Payment" : String.valueOf(name);
    }
}
