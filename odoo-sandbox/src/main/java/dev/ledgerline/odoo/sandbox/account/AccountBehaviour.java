package dev.ledgerline.odoo.sandbox.account;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import java.util.List;
import java.util.Map;

/**
 * {@code account.account}: in Odoo 18 the code is kept per company in {@code code_store} and {@code code}
 * is computed from it (with an inverse), so reading, searching and writing {@code code} go through
 * {@code code_store}. The display name is "code name" ("400000 Product Sales").
 */
final class AccountBehaviour implements ModelBehaviour {
    @Override
    public String model() {
        return "account.account";
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        moveCodeToStore(values);
    }

    @Override
    public void prepareWrite(Env env, List<Integer> ids, Map<String, Object> values) {
        moveCodeToStore(values);
    }

    private static void moveCodeToStore(Map<String, Object> values) {
        if (values.containsKey("code")) {
            values.put("code_store", values.remove("code"));
        }
    }

    @Override
    public Object compute(Env env, Map<String, Object> row, String field) {
        return switch (field) {
            case "code", "placeholder_code" -> row.get("code_store");
            default -> NOT_COMPUTED;
        };
    }

    @Override
    public String displayName(Env env, Map<String, Object> row) {
        Object code = row.get("code_store");
        return code == null ? String.valueOf(row.get("name")) : code + " " + row.get("name");
    }
}
