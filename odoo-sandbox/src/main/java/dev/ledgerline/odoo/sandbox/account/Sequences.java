package dev.ledgerline.odoo.sandbox.account;

import dev.ledgerline.odoo.sandbox.orm.Env;
import java.time.LocalDate;
import java.util.Map;

/**
 * Odoo's entry numbers: {@code INV/2026/00001} (yearly, for sale, bank and cash journals),
 * {@code BILL/2026/11/0001} (monthly, for the others), with an {@code R} prefix for credit notes.
 */
final class Sequences {
    private Sequences() {}

    static String prefix(Env env, Map<String, Object> move) {
        Map<String, Object> journal = env.db().row("account.journal", ((Number) move.get("journal_id")).intValue());
        LocalDate date = LocalDate.parse(String.valueOf(move.get("date")));
        String type = String.valueOf(journal.get("type"));
        boolean yearly = type.equals("sale") || type.equals("bank") || type.equals("cash");
        String prefix = journal.get("code") + "/" + date.getYear() + "/"
                + (yearly ? "" : String.format("%02d/", date.getMonthValue()));
        boolean refundSequence = Boolean.TRUE.equals(journal.get("refund_sequence"));
        return refundSequence && Moves.isRefund(Moves.type(move)) ? "R" + prefix : prefix;
    }

    static String next(Env env, Map<String, Object> move) {
        String prefix = prefix(env, move);
        boolean yearly = prefix.chars().filter(c -> c == '/').count() == 2;
        int last = 0;
        for (Map<String, Object> other : env.db().rows(Moves.MOVE)) {
            Object name = other.get("name");
            if (name instanceof String text && text.startsWith(prefix)) {
                try {
                    last = Math.max(last, Integer.parseInt(text.substring(prefix.length())));
                } catch (NumberFormatException ignored) {
                    // a name typed by hand that only looks like the sequence
                }
            }
        }
        return prefix + String.format(yearly ? "%05d" : "%04d", last + 1);
    }

    /** Whether the journal already has a numbered entry of the same kind (invoice or refund). */
    static boolean hasNamedSibling(Env env, Map<String, Object> move) {
        Object journal = move.get("journal_id");
        boolean refund = Moves.isRefund(Moves.type(move));
        for (Map<String, Object> other : env.db().rows(Moves.MOVE)) {
            if (other.get("id").equals(move.get("id")) || !journal.equals(other.get("journal_id"))) {
                continue;
            }
            Object name = other.get("name");
            if (name != null && !"/".equals(name) && Moves.isRefund(Moves.type(other)) == refund) {
                return true;
            }
        }
        return false;
    }
}
