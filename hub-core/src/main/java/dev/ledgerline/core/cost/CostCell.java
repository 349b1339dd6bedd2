package dev.ledgerline.core.cost;

import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.metrics.Flag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

/**
 * The labour cost of one employee on one project in one month (within the range asked for),
 * rounded to the cent in the currency of the project's reporting entity. {@code hours} are the
 * recorded hours behind it; {@code lastEntryDate} is the date of the latest of them.
 */
public record CostCell(
        Ref employee,
        Ref project,
        YearMonth month,
        String entity,
        String currency,
        BigDecimal hours,
        BigDecimal amount,
        LocalDate lastEntryDate,
        Set<Flag> flags) {

    public CostCell {
        flags = Set.copyOf(flags);
    }
}
