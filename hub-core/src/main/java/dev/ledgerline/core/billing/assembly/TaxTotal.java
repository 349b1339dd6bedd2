package dev.ledgerline.core.billing.assembly;

import dev.ledgerline.core.billing.ProposalLine;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The estimated tax of a proposal: per line {@code round(line amount × tax rate)}, summed; when the
 * company rounds globally, per tax {@code round(Σ line amounts × rate)} instead, as Odoo computes it.
 */
public final class TaxTotal {

    private TaxTotal() {}

    public static BigDecimal lineTax(BigDecimal amount, BigDecimal rate) {
        return Rounding.cents(amount.multiply(rate));
    }

    public static BigDecimal of(List<ProposalLine> lines, boolean roundGlobally) {
        if (!roundGlobally) {
            return lines.stream().map(ProposalLine::estimatedTax).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        Map<String, BigDecimal> base = new TreeMap<>();
        Map<String, BigDecimal> rates = new TreeMap<>();
        for (ProposalLine l : lines) {
            String key = l.taxId() + "|" + l.taxRate().stripTrailingZeros().toPlainString();
            base.merge(key, l.amount(), BigDecimal::add);
            rates.put(key, l.taxRate());
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : base.entrySet()) {
            total = total.add(lineTax(e.getValue(), rates.get(e.getKey())));
        }
        return total;
    }
}
