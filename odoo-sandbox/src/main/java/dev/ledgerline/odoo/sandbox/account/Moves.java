package dev.ledgerline.odoo.sandbox.account;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small facts about a journal entry that several accounting classes need. */
final class Moves {
    static final String MOVE = "account.move";
    static final String LINE = "account.move.line";

    /** {@code account.move}'s order: date, name, invoice date and id, newest first. */
    static final java.util.Comparator<Map<String, Object>> NEWEST_FIRST =
            java.util.Comparator.<Map<String, Object>, String>comparing(m -> String.valueOf(m.get("date")))
                    .thenComparing(m -> String.valueOf(m.get("name")))
                    .thenComparing(m -> String.valueOf(m.get("invoice_date")))
                    .thenComparing(m -> (Integer) m.get("id"))
                    .reversed();

    private Moves() {}

    static boolean isInvoice(String moveType) {
        return moveType != null && !moveType.equals("entry");
    }

    static boolean isSale(String moveType) {
        return moveType != null && moveType.startsWith("out_");
    }

    static boolean isRefund(String moveType) {
        return "out_refund".equals(moveType) || "in_refund".equals(moveType);
    }

    /** +1 when the entry's product lines are credits (customer invoice, vendor refund), else -1. */
    static int productSign(String moveType) {
        return "out_invoice".equals(moveType) || "in_refund".equals(moveType) || "out_receipt".equals(moveType)
                ? -1
                : 1;
    }

    /** Odoo's {@code direction_sign}: +1 for inbound documents (customer invoice, vendor refund). */
    static int directionSign(String moveType) {
        return "out_invoice".equals(moveType) || "in_refund".equals(moveType) || "out_receipt".equals(moveType)
                ? 1
                : -1;
    }

    static String type(Map<String, Object> move) {
        return String.valueOf(move.getOrDefault("move_type", "entry"));
    }

    static LocalDate date(Map<String, Object> move) {
        Object date = move.get("invoice_date") != null ? move.get("invoice_date") : move.get("date");
        return LocalDate.parse(String.valueOf(date));
    }

    static List<Map<String, Object>> lines(Env env, int move) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> line : env.db().rows(LINE)) {
            Object owner = line.get("move_id");
            if (owner != null && ((Number) owner).intValue() == move) {
                out.add(line);
            }
        }
        return out;
    }

    static List<Map<String, Object>> lines(Env env, int move, String displayType) {
        return lines(env, move).stream()
                .filter(l -> displayType.equals(l.get("display_type")))
                .toList();
    }

    static BigDecimal money(Object value) {
        return value == null ? BigDecimal.ZERO : BigDecimal.valueOf(Values.toDouble(value));
    }

    static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    static double d(BigDecimal value) {
        return value.doubleValue();
    }
}
