package dev.ledgerline.odoo.sandbox.account;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.ModelMethod;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** {@code account.move}: journal, dates, names, balanced lines, and the posted entry's protection. */
final class MoveBehaviour implements ModelBehaviour {
    private static final Set<String> PROTECTED = Set.of(
            "invoice_line_ids",
            "line_ids",
            "partner_id",
            "currency_id",
            "journal_id",
            "date",
            "invoice_date",
            "move_type",
            "company_id");

    /** {@code account.move}'s order: date, name and id, newest first. */
    private static final java.util.Comparator<Map<String, Object>> NEWEST_FIRST =
            java.util.Comparator.<Map<String, Object>, String>comparing(m -> String.valueOf(m.get("date")))
                    .thenComparing(m -> String.valueOf(m.get("name")))
                    .thenComparing(m -> (Integer) m.get("id"))
                    .reversed();

    @Override
    public String model() {
        return Moves.MOVE;
    }

    @Override
    public Set<String> systemFields() {
        return Set.of("journal_id", "currency_id", "date");
    }

    /** Odoo's default salesperson of an entry is the user who creates it. */
    @Override
    public void receiveCreate(Env env, Map<String, Object> given) {
        given.putIfAbsent("invoice_user_id", env.uid());
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        String type = String.valueOf(values.getOrDefault("move_type", "entry"));
        if (values.get("journal_id") == null) {
            values.put("journal_id", Journals.forType(env, type, companyOf(env, values)));
        }
        Map<String, Object> journal = env.db().row("account.journal", Values.id(values.get("journal_id")));
        values.put("company_id", journal.get("company_id"));
        if (values.get("currency_id") == null) {
            Object currency = journal.get("currency_id");
            values.put(
                    "currency_id",
                    currency != null
                            ? currency
                            : env.db()
                                    .row("res.company", ((Number) journal.get("company_id")).intValue())
                                    .get("currency_id"));
        }
        if (values.get("date") == null) {
            values.put(
                    "date",
                    values.get("invoice_date") != null
                            ? values.get("invoice_date")
                            : env.today().toString());
        }
        if (values.get("invoice_date_due") == null && Moves.isInvoice(type)) {
            values.put("invoice_date_due", env.today().toString());
        }
        values.put("state", "draft");
        values.putIfAbsent("payment_state", "not_paid");
        values.putIfAbsent("name", "/");
        if (values.get("partner_id") != null) {
            values.putIfAbsent("commercial_partner_id", values.get("partner_id"));
        }
    }

    private static int companyOf(Env env, Map<String, Object> values) {
        Integer company = Values.id(values.get("company_id"));
        return company == null ? env.companyId() : company;
    }

    @Override
    public void afterCreate(Env env, int id) {
        MoveLines.sync(env, id);
        Map<String, Object> move = env.db().row(Moves.MOVE, id);
        if ("/".equals(move.get("name")) && !Sequences.hasNamedSibling(env, move)) {
            env.db().set(Moves.MOVE, id, "name", Sequences.next(env, move));
        }
    }

    @Override
    public void checkWrite(Env env, List<Integer> ids, Set<String> fields) {
        Set<String> touched = new TreeSet<>(fields);
        for (Integer id : ids) {
            Map<String, Object> move = env.db().row(Moves.MOVE, id);
            if ("posted".equals(move.get("state"))) {
                List<String> forbidden = new ArrayList<>();
                for (String field : touched) {
                    if (PROTECTED.contains(field)) {
                        forbidden.add(field);
                    }
                }
                if (!forbidden.isEmpty()) {
                    throw OdooException.userError("You cannot modify the following readonly fields on a posted move: "
                            + String.join(", ", forbidden));
                }
            }
        }
    }

    @Override
    public void prepareWrite(Env env, List<Integer> ids, Map<String, Object> values) {
        if (values.containsKey("invoice_date") && values.get("invoice_date") != null) {
            values.put("date", values.get("invoice_date"));
        }
    }

    @Override
    public void afterWrite(Env env, List<Integer> ids, Set<String> fields) {
        boolean rateChanges =
                fields.contains("invoice_date") || fields.contains("currency_id") || fields.contains("company_id");
        for (Integer id : ids) {
            Map<String, Object> move = env.db().row(Moves.MOVE, id);
            if (rateChanges && Moves.isInvoice(Moves.type(move))) {
                env.db().set(Moves.MOVE, id, "invoice_currency_rate", MoveLines.currentRate(env, move));
            }
            if ("draft".equals(env.db().row(Moves.MOVE, id).get("state"))) {
                MoveLines.sync(env, id);
            }
        }
    }

    @Override
    public void beforeUnlink(Env env, List<Integer> ids) {
        for (Integer id : ids) {
            if ("posted".equals(env.db().row(Moves.MOVE, id).get("state"))) {
                throw OdooException.userError(
                        "You can't delete a posted journal item. Don\u2019t play games with your accounting records; reset the journal entry to draft before deleting it.");
            }
        }
        for (Integer id : ids) {
            for (Map<String, Object> line : Moves.lines(env, id)) {
                env.db().delete(Moves.LINE, (Integer) line.get("id"));
            }
        }
    }

    @Override
    public Object compute(Env env, Map<String, Object> row, String field) {
        int id = (Integer) row.get("id");
        return switch (field) {
            case "invoice_line_ids" -> ids(Moves.lines(env, id, "product"));
            case "line_ids" -> ids(Moves.lines(env, id));
            case "reversal_move_ids" ->
                env.db().rows(Moves.MOVE).stream()
                        .filter(m -> m.get("reversed_entry_id") != null
                                && ((Number) m.get("reversed_entry_id")).intValue() == id)
                        .sorted(Moves.NEWEST_FIRST)
                        .map(m -> (Integer) m.get("id"))
                        .toList();
            case "payment_reference" -> row.get("payment_reference");
            default -> NOT_COMPUTED;
        };
    }

    private static List<Integer> ids(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> (Integer) r.get("id")).sorted().toList();
    }

    @Override
    public String displayName(Env env, Map<String, Object> row) {
        StringBuilder name = new StringBuilder();
        if ("draft".equals(row.get("state"))) {
            name.append(
                            switch (Moves.type(row)) {
                                case "out_invoice" -> "Draft Invoice";
                                case "out_refund" -> "Draft Credit Note";
                                case "in_invoice" -> "Draft Bill";
                                case "in_refund" -> "Draft Vendor Credit Note";
                                case "out_receipt" -> "Draft Sales Receipt";
                                case "in_receipt" -> "Draft Purchase Receipt";
                                default -> "Draft Entry";
                            })
                    .append(' ');
        }
        Object own = row.get("name");
        if (own != null && !"/".equals(own)) {
            name.append(own);
        }
        Object ref = row.get("ref");
        if (ref != null && !String.valueOf(ref).isEmpty()) {
            String text = String.valueOf(ref);
            name.append(" (")
                    .append(text.length() > 50 ? text.substring(0, 46) + " [...]" : text)
                    .append(')');
        }
        return name.toString();
    }

    @Override
    public Map<String, ModelMethod> methods() {
        return Map.of(
                "action_post",
                        (env, call) -> {
                            new Posting(env).post(call.ids());
                            return false;
                        },
                "button_cancel",
                        (env, call) -> {
                            for (Integer id : call.ids()) {
                                env.db().set(Moves.MOVE, id, "state", "cancel");
                                Moves.lines(env, id)
                                        .forEach(l -> env.db()
                                                .set(Moves.LINE, (Integer) l.get("id"), "parent_state", "cancel"));
                            }
                            return null;
                        },
                "button_draft",
                        (env, call) -> {
                            for (Integer id : call.ids()) {
                                env.db().set(Moves.MOVE, id, "state", "draft");
                                Moves.lines(env, id)
                                        .forEach(l -> env.db()
                                                .set(Moves.LINE, (Integer) l.get("id"), "parent_state", "draft"));
                                env.db().set(Moves.MOVE, id, "payment_state", "not_paid");
                            }
                            return null;
                        });
    }
}
