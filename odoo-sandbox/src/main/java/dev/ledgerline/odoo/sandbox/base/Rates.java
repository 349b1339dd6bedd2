package dev.ledgerline.odoo.sandbox.base;

import dev.ledgerline.odoo.sandbox.orm.Env;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Currency rates as Odoo reads them ({@code res.currency._get_rates}): for the root of the company, the rate of
 * that company on or before the date, else a rate without company, else 1.0; a rate of the company wins over a
 * later one without company. Conversions use Odoo's floating-point arithmetic and rounding.
 */
public final class Rates {
    private Rates() {}

    /** {@code res.currency.rate}: units of the currency per unit of the company's currency on that date. */
    public static double rate(Env env, int currency, int company, LocalDate date) {
        int root = root(env, company);
        Map<String, Object> rootRow = env.db().row("res.company", root);
        int companyCurrency = rootRow == null ? 1 : ((Number) rootRow.get("currency_id")).intValue();
        return raw(env, currency, root, date) / raw(env, companyCurrency, root, date);
    }

    /**
     * {@code _get_conversion_rate(from, to, company, date)}: what one unit of {@code from} is worth in {@code to},
     * computed as Odoo does (the inverse of {@code from}'s rate against {@code to}).
     */
    public static double conversionRate(Env env, int from, int to, int company, LocalDate date) {
        if (from == to) {
            return 1.0;
        }
        int root = root(env, company);
        return 1 / (raw(env, from, root, date) / raw(env, to, root, date));
    }

    /** Converts an amount to another currency and rounds it to that currency (Odoo's {@code _convert}). */
    public static double convert(Env env, double amount, int from, int to, int company, LocalDate date) {
        if (amount == 0) {
            return 0.0;
        }
        return FloatRounding.round(amount * conversionRate(env, from, to, company, date), rounding(env, to));
    }

    /** {@link #convert} for amounts kept as decimals. */
    public static BigDecimal convert(Env env, BigDecimal amount, int from, int to, int company, LocalDate date) {
        return BigDecimal.valueOf(convert(env, amount.doubleValue(), from, to, company, date));
    }

    /** The currency's rounding step (0.01 for USD and EUR). */
    public static double rounding(Env env, int currency) {
        Map<String, Object> row = env.db().row("res.currency", currency);
        Object rounding = row == null ? null : row.get("rounding");
        return rounding instanceof Number number ? number.doubleValue() : FloatRounding.CENT;
    }

    /** The company at the top of the company's branches (its own root when it has no parent). */
    public static int root(Env env, int company) {
        Map<String, Object> row = env.db().row("res.company", company);
        int guard = 0;
        while (row != null && row.get("parent_id") instanceof Number parent && guard++ < 100) {
            company = parent.intValue();
            row = env.db().row("res.company", company);
        }
        return company;
    }

    private static double raw(Env env, int currency, int root, LocalDate date) {
        String day = date.toString();
        String bestOwn = null;
        double own = 0;
        String bestShared = null;
        double shared = 0;
        for (Map<String, Object> row : env.db().rows("res.currency.rate")) {
            if (((Number) row.get("currency_id")).intValue() != currency) {
                continue;
            }
            String name = String.valueOf(row.get("name"));
            if (name.compareTo(day) > 0) {
                continue;
            }
            double rate = ((Number) row.getOrDefault("rate", 1.0)).doubleValue();
            Object rowCompany = row.get("company_id");
            if (rowCompany == null) {
                if (bestShared == null || name.compareTo(bestShared) > 0) {
                    bestShared = name;
                    shared = rate;
                }
            } else if (((Number) rowCompany).intValue() == root && (bestOwn == null || name.compareTo(bestOwn) > 0)) {
                bestOwn = name;
                own = rate;
            }
        }
        return bestOwn != null ? own : bestShared != null ? shared : 1.0;
    }

    static long decimalPlaces(double rounding) {
        return rounding >= 1 ? 0 : Math.round(Math.ceil(Math.log10(1 / rounding)));
    }
}
