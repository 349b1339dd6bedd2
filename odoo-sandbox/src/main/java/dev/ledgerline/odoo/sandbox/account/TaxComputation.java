package dev.ledgerline.odoo.sandbox.account;

import dev.ledgerline.odoo.sandbox.base.FloatRounding;
import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Odoo 18's {@code _get_tax_details} for percent taxes under the company's default {@code round_per_line}: the
 * line's base ({@code quantity × price}) is rounded to the currency first, each tax is computed on that rounded
 * base and rounded, and the company-currency amounts are each converted and rounded again. The arithmetic is
 * Odoo's binary floating point, so that half cents round as they do there.
 */
final class TaxComputation {
    private TaxComputation() {}

    /** One tax of a line: its amount and base, in the document's currency and in the company's. */
    record TaxAmount(int tax, double amount, double base, double amountCompany, double baseCompany) {}

    /** A line's untaxed and taxed totals and its taxes, in the document's currency and in the company's. */
    record Details(
            double totalExcluded,
            double totalIncluded,
            double totalExcludedCompany,
            double totalIncludedCompany,
            List<TaxAmount> taxes) {
        double taxTotal() {
            return totalIncluded - totalExcluded;
        }
    }

    /**
     * @param priceIncluded whether the taxes are included in the price (an expense's, as hr_expense forces)
     * @param rate units of the document's currency per unit of the company's ({@code invoice_currency_rate})
     */
    static Details compute(
            Env env,
            double priceUnit,
            double discount,
            double quantity,
            List<Integer> taxIds,
            boolean priceIncluded,
            double rounding,
            double rate) {
        List<Map<String, Object>> taxes = sorted(env, taxIds);
        double priceAfterDiscount = priceUnit * (1 - (discount / 100.0));
        double rawBase = FloatRounding.round(quantity * priceAfterDiscount, rounding);
        double totalPercentage = 0.0;
        for (Map<String, Object> tax : taxes) {
            totalPercentage += percent(tax);
        }
        totalPercentage /= 100.0;
        List<double[]> amounts = new ArrayList<>();
        double taxSum = 0.0;
        for (Map<String, Object> tax : taxes) {
            double raw = priceIncluded
                    ? rawBase * (totalPercentage != -1 ? 1 / (1 + totalPercentage) : 0.0) * percent(tax) / 100.0
                    : rawBase * percent(tax) / 100.0;
            double amount = FloatRounding.round(raw, rounding);
            taxSum += amount;
            amounts.add(new double[] {(Integer) tax.get("id"), amount});
        }
        double base = priceIncluded ? rawBase - taxSum : rawBase;
        double totalExcluded = taxes.isEmpty() ? rawBase : base;
        double totalIncluded = taxes.isEmpty() ? rawBase : totalExcluded + taxSum;
        List<TaxAmount> out = new ArrayList<>();
        for (double[] amount : amounts) {
            out.add(new TaxAmount(
                    (int) amount[0],
                    amount[1],
                    base,
                    FloatRounding.cents(toCompany(amount[1], rate)),
                    FloatRounding.cents(toCompany(base, rate))));
        }
        return new Details(
                FloatRounding.round(totalExcluded, rounding),
                FloatRounding.round(totalIncluded, rounding),
                FloatRounding.cents(toCompany(totalExcluded, rate)),
                FloatRounding.cents(toCompany(totalIncluded, rate)),
                out);
    }

    private static double toCompany(double amount, double rate) {
        return rate != 0 ? amount / rate : 0.0;
    }

    private static double percent(Map<String, Object> tax) {
        return Values.toDouble(tax.get("amount"));
    }

    /** Taxes in Odoo's order: sequence, then id. */
    private static List<Map<String, Object>> sorted(Env env, List<Integer> taxIds) {
        List<Map<String, Object>> taxes = new ArrayList<>();
        for (Integer id : taxIds) {
            Map<String, Object> tax = env.db().row("account.tax", id);
            if (tax != null) {
                taxes.add(tax);
            }
        }
        taxes.sort(Comparator.<Map<String, Object>>comparingLong(
                        t -> t.get("sequence") == null ? 0L : ((Number) t.get("sequence")).longValue())
                .thenComparingInt(t -> (Integer) t.get("id")));
        return taxes;
    }
}
