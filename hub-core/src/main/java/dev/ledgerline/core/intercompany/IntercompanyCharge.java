package dev.ledgerline.core.intercompany;

import java.math.BigDecimal;
import java.util.List;

/** What entity {@code from} charges entity {@code to} for a period, in one currency: the sum of its lines. */
public record IntercompanyCharge(
        String from, String to, String currency, List<IntercompanyLine> lines, BigDecimal total) {

    public IntercompanyCharge {
        lines = List.copyOf(lines);
    }
}
