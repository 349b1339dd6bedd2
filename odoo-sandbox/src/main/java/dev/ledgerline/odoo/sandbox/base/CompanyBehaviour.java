package dev.ledgerline.odoo.sandbox.base;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code res.company}: a new company gets its partner, as in Odoo. */
final class CompanyBehaviour implements ModelBehaviour {
    @Override
    public String model() {
        return "res.company";
    }

    @Override
    public Set<String> systemFields() {
        return Set.of("partner_id", "account_opening_date");
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        if (values.get("partner_id") == null) {
            Map<String, Object> partner = new HashMap<>();
            partner.put("name", values.get("name"));
            partner.put("is_company", true);
            values.put("partner_id", env.sudo().records("res.partner").create(partner));
        }
        values.putIfAbsent("account_opening_date", env.today().withDayOfYear(1).toString());
        if (values.get("currency_id") == null) {
            values.put("currency_id", 1);
        }
        Integer partner = Values.id(values.get("partner_id"));
        if (partner != null) {
            values.putIfAbsent("sequence", 10L);
        }
    }
}
