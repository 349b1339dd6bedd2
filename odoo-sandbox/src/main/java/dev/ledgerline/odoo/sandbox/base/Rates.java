package dev.ledgerline.odoo.sandbox.base;

import dev.ledgerline.odoo.sandbox.orm.Env;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;

/**
 * Currency rates as Odoo reads them: units of the currency per one unit of the company's currency, the
 * latest rate on or before the date for that company (or a rate without company), 1.0 when none.
 */
public final class Rates {
    private Rates() {}

    public static double rate(Env env, int currency, int company, LocalDate date) {
        Map<String, Object> companyRow = env.db().row("res.company", company);
        int companyCurrency = companyRow == null ? 1 : ((Number) companyRow.get("currency_id")).intValue();
        return raw(env, currency, company, date) / raw(env, companyCurrency, company, date);
    }

    private static double raw(Env env, int currency, int company, LocalDate date) {
        String best = null;
        double rate = 1.0;
        String day = date.toString();
        for (Map<String, Object> row : env.db().rows("res.currency.rate")) {
            if (((Number) row.get("currency_id")).intValue() != currency) {
                continue;
            }
            Object rowCompany = row.get("company_id");
            if (rowCompany != null && ((Number) rowCompany).intValue() != company) {
                continue;
            }
            String name = String.valueOf(row.get("name"));
            if (name.compareTo(day) <= 0 && (best == null || name.compareTo(best) > 0)) {
                best = name;
                rate = ((Number) row.getOrDefault("rate", 1.0)).doubleValue();
            }
        }
        return rate;
    }

    /** Converts an amount to another currency and rounds it to that currency (Odoo's {@code _convert}). */
    public static BigDecimal convert(Env env, BigDecimal amount, int from, int to, int company, LocalDate date) {
        if (from == to) {
            return amount.setScale(2, RoundingMode.HALF_UP);
        }
        double fromRate = rate(env, from, company, date);
        double toRate = rate(env, to, company, date);
        BigDecimal converted = amount.multiply(BigDecimal.valueOf(toRate / fromRate));
        return converted.setScale(2, RoundingMode.HALF_UP);
    }

    /** Odoo's own conversion uses the ratio of rates; dividing by the rate is the same to the cent. */
    public static BigDecimal toCompany(BigDecimal amount, double rate) {
        return amount.divide(BigDecimal.valueOf(rate), 10, RoundingMode.HALF_UP).setScale(2, RoundingMode.HALF_UP);
    }

    static long decimalPlaces(double rounding) {
        return rounding >= 1 ? 0 : Math.round(Math.ceil(Math.log10(1 / rounding)));
    }
}
