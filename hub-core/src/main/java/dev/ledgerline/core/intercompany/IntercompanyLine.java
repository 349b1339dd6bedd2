package dev.ledgerline.core.intercompany;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.Ref;
import java.math.BigDecimal;
import java.util.List;

/**
 * One line of an intercompany charge: an employee's approved hours on one project at one transfer
 * price; {@code amount} is {@code hours × unitPrice} rounded to the cent, {@code entries} the time
 * entries it covers.
 */
public record IntercompanyLine(
        Ref project,
        Ref employee,
        String role,
        BigDecimal hours,
        BigDecimal unitPrice,
        BigDecimal amount,
        List<RecordKey> entries) {

    public IntercompanyLine {
        entries = List.copyOf(entries);
    }
}
