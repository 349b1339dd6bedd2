package dev.ledgerline.odoo.sandbox.account;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.ModelMethod;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code account.move.reversal} wizard, created with {@code active_model}/{@code active_ids} in the context
 * and a journal of the entries' type (Odoo 18 requires it over RPC). {@code refund_moves} (or
 * {@code reverse_moves}) drafts one credit note per invoice, linked by {@code reversed_entry_id}, whose posting
 * reconciles it with the invoice; {@code modify_moves} posts the credit notes at once and drafts a copy of each
 * invoice to correct.
 */
final class MoveReversal implements ModelBehaviour {
    static final String MODEL = "account.move.reversal";

    /** The fields of an invoice line that its reversal copies. */
    private static final List<String> LINE_FIELDS = List.of(
            "name",
            "account_id",
            "quantity",
            "price_unit",
            "discount",
            "product_id",
            "product_uom_id",
            "analytic_distribution",
            "sequence");

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Set<String> systemFields() {
        return Set.of("company_id");
    }

    /** Odoo's {@code default_get}: the moves to reverse come from the context and must all be posted. */
    @Override
    public void receiveCreate(Env env, Map<String, Object> given) {
        List<Integer> moves =
                "account.move".equals(env.context("active_model")) ? Values.ids(env.context("active_ids")) : List.of();
        Set<Object> companies = new LinkedHashSet<>();
        for (Integer id : moves) {
            Map<String, Object> move = env.db().row(Moves.MOVE, id);
            if (move == null) {
                throw OdooException.missing(Moves.MOVE, List.of(id), env.uid());
            }
            companies.add(move.get("company_id"));
        }
        if (companies.size() > 1) {
            throw OdooException.userError("All selected moves for reversal must belong to the same company.");
        }
        for (Integer id : moves) {
            if (!"posted".equals(env.db().row(Moves.MOVE, id).get("state"))) {
                throw OdooException.userError("You can only reverse posted moves.");
            }
        }
        given.putIfAbsent(
                "company_id",
                companies.isEmpty() ? env.companyId() : companies.iterator().next());
        given.putIfAbsent("move_ids", List.of(List.of(6, 0, moves)));
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        values.putIfAbsent("date", env.today().toString());
    }

    /** The constraint {@code _check_journal_type}, checked once the wizard is stored. */
    @Override
    public void afterCreate(Env env, int id) {
        Map<String, Object> wizard = env.db().row(MODEL, id);
        Map<String, Object> journal = env.row("account.journal", Values.id(wizard.get("journal_id")));
        if (journal == null || !journalTypes(env, wizard).contains(journal.get("type"))) {
            throw OdooException.userError("Journal should be the same type as the reversed entry.");
        }
    }

    private static List<Map<String, Object>> moves(Env env, Map<String, Object> wizard) {
        return Values.ids(wizard.get("move_ids")).stream()
                .map(m -> env.db().row(Moves.MOVE, m))
                .filter(java.util.Objects::nonNull)
                .sorted(Moves.NEWEST_FIRST)
                .toList();
    }

    private static Set<Object> journalTypes(Env env, Map<String, Object> wizard) {
        Set<Object> types = new LinkedHashSet<>();
        for (Map<String, Object> move : moves(env, wizard)) {
            types.add(env.db()
                    .row("account.journal", Values.id(move.get("journal_id")))
                    .get("type"));
        }
        return types;
    }

    @Override
    public Object compute(Env env, Map<String, Object> row, String field) {
        List<Map<String, Object>> moves = moves(env, row);
        return switch (field) {
            case "residual" ->
                moves.size() == 1 ? Values.toDouble(moves.getFirst().get("amount_residual")) : 0.0;
            case "currency_id" -> {
                Set<Object> currencies = new LinkedHashSet<>();
                moves.forEach(m -> currencies.add(m.get("currency_id")));
                yield currencies.size() == 1 ? currencies.iterator().next() : null;
            }
            case "move_type" -> {
                if (moves.size() == 1) {
                    yield Moves.type(moves.getFirst());
                }
                yield moves.stream()
                                .anyMatch(
                                        m -> Set.of("in_invoice", "out_invoice").contains(Moves.type(m)))
                        ? "some_invoice"
                        : null;
            }
            case "available_journal_ids" -> {
                Set<Object> types = journalTypes(env, row);
                Integer company = Values.id(row.get("company_id"));
                yield env.db().rows("account.journal").stream()
                        .filter(j -> company == null || company.equals(Values.id(j.get("company_id"))))
                        .filter(j -> moves.isEmpty() || types.contains(j.get("type")))
                        .map(j -> (Integer) j.get("id"))
                        .sorted()
                        .toList();
            }
            case "country_code" -> {
                Map<String, Object> company = env.row("res.company", Values.id(row.get("company_id")));
                Map<String, Object> partner =
                        company == null ? null : env.row("res.partner", Values.id(company.get("partner_id")));
                Map<String, Object> country =
                        partner == null ? null : env.row("res.country", Values.id(partner.get("country_id")));
                yield country == null ? null : country.get("code");
            }
            default -> NOT_COMPUTED;
        };
    }

    private static String moveType(List<Map<String, Object>> moves) {
        if (moves.size() == 1) {
            return Moves.type(moves.getFirst());
        }
        return moves.stream().anyMatch(m -> Set.of("in_invoice", "out_invoice").contains(Moves.type(m)))
                ? "some_invoice"
                : null;
    }

    @Override
    public Map<String, ModelMethod> methods() {
        return Map.of(
                "refund_moves", (env, call) -> reverse(env, call.ids(), false),
                "reverse_moves",
                        (env, call) -> reverse(
                                env, call.ids(), Values.truthy(call.shifted().arg(0, "is_modify", false))),
                "modify_moves", (env, call) -> reverse(env, call.ids(), true));
    }

    private static Object reverse(Env env, List<Integer> ids, boolean modify) {
        if (ids.size() != 1) {
            throw OdooException.valueError("Expected singleton: " + MODEL + "(" + joined(ids) + ")");
        }
        int id = ids.getFirst();
        Map<String, Object> wizard = env.db().row(MODEL, id);
        if (wizard == null) {
            throw OdooException.missing(MODEL, ids, env.uid());
        }
        List<Map<String, Object>> moves = moves(env, wizard);
        String wizardType = moveType(moves);
        LocalDate date = LocalDate.parse(String.valueOf(wizard.get("date")));
        Env sudo = env.sudo().withContext(Map.of());
        List<Integer> created = new ArrayList<>();
        for (Map<String, Object> move : moves) {
            boolean autoPost = date.isAfter(env.today());
            boolean cancel = !autoPost && (modify || "entry".equals(wizardType));
            int reversal = sudo.records(Moves.MOVE).create(reversalValues(env, wizard, move, date, autoPost));
            if (cancel) {
                new Posting(sudo).post(List.of(reversal));
            }
            created.add(reversal);
        }
        if (modify) {
            List<Integer> corrected = new ArrayList<>();
            for (Map<String, Object> move : moves) {
                corrected.add(sudo.records(Moves.MOVE).create(copyValues(env, move, date)));
            }
            created = corrected;
        }
        env.db().set(MODEL, id, "new_move_ids", List.copyOf(created));
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("name", "Reverse Moves");
        action.put("type", "ir.actions.act_window");
        action.put("res_model", Moves.MOVE);
        Set<String> types = new LinkedHashSet<>();
        created.forEach(m -> types.add(Moves.type(env.db().row(Moves.MOVE, m))));
        if (created.size() == 1) {
            action.put("view_mode", "form");
            action.put("res_id", created.getFirst());
            action.put("context", Map.of("default_move_type", types.iterator().next()));
        } else {
            action.put("view_mode", "list,form");
            action.put("domain", List.of(List.of("id", "in", List.copyOf(created))));
            if (types.size() == 1) {
                action.put(
                        "context", Map.of("default_move_type", types.iterator().next()));
            }
        }
        return action;
    }

    private static String joined(List<Integer> ids) {
        return String.join(", ", ids.stream().map(String::valueOf).toList()) + (ids.size() == 1 ? "," : "");
    }

    /** {@code _prepare_default_reversal} and {@code _reverse_moves}: the opposite document, same lines. */
    private static Map<String, Object> reversalValues(
            Env env, Map<String, Object> wizard, Map<String, Object> move, LocalDate date, boolean autoPost) {
        String type = Moves.type(move);
        Map<String, Object> values = new HashMap<>();
        Object reason = wizard.get("reason");
        values.put(
                "ref",
                Values.truthy(reason)
                        ? "Reversal of: " + move.get("name") + ", " + reason
                        : "Reversal of: " + move.get("name"));
        values.put("date", date.toString());
        values.put("invoice_date_due", date.toString());
        values.put("invoice_date", Moves.isInvoice(type) ? date.toString() : false);
        values.put("journal_id", wizard.get("journal_id"));
        values.put("invoice_user_id", move.get("invoice_user_id"));
        values.put("auto_post", autoPost ? "at_date" : "no");
        values.put("move_type", opposite(type));
        values.put("partner_id", move.get("partner_id"));
        values.put("currency_id", move.get("currency_id"));
        values.put("reversed_entry_id", move.get("id"));
        values.put("invoice_line_ids", productLines(env, (Integer) move.get("id")));
        return values;
    }

    /** {@code modify_moves}: a draft copy of the invoice to correct, dated the reversal's date. */
    private static Map<String, Object> copyValues(Env env, Map<String, Object> move, LocalDate date) {
        Map<String, Object> values = new HashMap<>();
        values.put("move_type", Moves.type(move));
        values.put("date", date.toString());
        values.put("journal_id", move.get("journal_id"));
        values.put("partner_id", move.get("partner_id"));
        values.put("currency_id", move.get("currency_id"));
        values.put("invoice_user_id", move.get("invoice_user_id"));
        values.put("invoice_line_ids", productLines(env, (Integer) move.get("id")));
        return values;
    }

    private static List<Object> productLines(Env env, int move) {
        List<Object> lines = new ArrayList<>();
        for (Map<String, Object> line : Moves.lines(env, move, "product")) {
            Map<String, Object> copy = new HashMap<>();
            for (String field : LINE_FIELDS) {
                if (line.get(field) != null) {
                    copy.put(field, line.get(field));
                }
            }
            copy.put("tax_ids", List.of(List.of(6, 0, Values.ids(line.get("tax_ids")))));
            lines.add(java.util.Arrays.asList(0, 0, copy));
        }
        return lines;
    }

    private static String opposite(String type) {
        return switch (type) {
            case "out_invoice" -> "out_refund";
            case "out_refund" -> "out_invoice";
            case "in_invoice" -> "in_refund";
            case "in_refund" -> "in_invoice";
            default -> type;
        };
    }
}
