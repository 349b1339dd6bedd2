package dev.ledgerline.odoo.sandbox.account;

import dev.ledgerline.odoo.sandbox.base.Products;
import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code account.move.line}: an invoice line's defaults from its product and its entry. */
final class MoveLineBehaviour implements ModelBehaviour {
    @Override
    public String model() {
        return Moves.LINE;
    }

    @Override
    public Set<String> systemFields() {
        return Set.of("currency_id", "display_type");
    }

    @Override
    public void receiveCreate(Env env, Map<String, Object> given) {
        if (given.get("move_id") == null) {
            throw new OdooException(OdooException.KEY_ERROR, "move_id");
        }
        AnalyticDistribution.sanitize(given);
    }

    @Override
    public void receive(Env env, Map<String, Object> given) {
        AnalyticDistribution.sanitize(given);
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        Map<String, Object> move = env.db().row(Moves.MOVE, Values.id(values.get("move_id")));
        String type = Moves.type(move);
        values.putIfAbsent("display_type", "product");
        Integer product = Values.id(values.get("product_id"));
        boolean sale = Moves.isSale(type);
        if (values.get("account_id") == null) {
            Map<String, Object> journal = env.db().row("account.journal", ((Number) move.get("journal_id")).intValue());
            values.put("account_id", journal.get("default_account_id"));
        }
        if (product != null && env.db().exists("product.product", product)) {
            if (values.get("name") == null) {
                values.put("name", env.orm().displayName(env, "product.product", product));
            }
            values.putIfAbsent("product_uom_id", Products.value(env, product, "uom_id"));
            if (!values.containsKey("price_unit") || values.get("price_unit") == null) {
                Object price = Products.value(env, product, sale ? "list_price" : "standard_price");
                values.put("price_unit", price == null ? 0.0 : price);
            }
        }
        if (values.get("quantity") == null) {
            values.put("quantity", 1.0);
        }
        values.putIfAbsent("sequence", 100L);
        values.put("currency_id", move.get("currency_id"));
        values.put("parent_state", move.get("state"));
    }

    @Override
    public void afterCreate(Env env, int id) {
        Map<String, Object> line = env.db().row(Moves.LINE, id);
        if (!"product".equals(line.get("display_type")) || line.containsKey("tax_ids")) {
            return;
        }
        Integer product = Values.id(line.get("product_id"));
        if (product != null) {
            Map<String, Object> move = env.db().row(Moves.MOVE, ((Number) line.get("move_id")).intValue());
            Object taxes =
                    Products.value(env, product, Moves.isSale(Moves.type(move)) ? "taxes_id" : "supplier_taxes_id");
            env.db().set(Moves.LINE, id, "tax_ids", taxes == null ? List.of() : taxes);
        }
    }

    @Override
    public void afterWrite(Env env, List<Integer> ids, Set<String> fields) {
        for (Integer id : ids) {
            int move = ((Number) env.db().row(Moves.LINE, id).get("move_id")).intValue();
            if ("draft".equals(env.db().row(Moves.MOVE, move).get("state"))) {
                MoveLines.sync(env, move);
            }
        }
    }

    @Override
    public Object compute(Env env, Map<String, Object> row, String field) {
        return switch (field) {
            case "move_name" ->
                env.db()
                        .row(Moves.MOVE, ((Number) row.get("move_id")).intValue())
                        .get("name");
            default -> NOT_COMPUTED;
        };
    }

    @Override
    public String displayName(Env env, Map<String, Object> row) {
        String move = env.orm()
                .displayName(env, Moves.MOVE, ((Number) row.get("move_id")).intValue())
                .replaceFirst("^Draft [A-Za-z ]+? (?=[A-Z(])", "");
        Object name = row.get("name");
        return name == null || String.valueOf(name).isEmpty() ? move : move + " " + name;
    }
}
