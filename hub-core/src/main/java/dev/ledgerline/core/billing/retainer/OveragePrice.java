package dev.ledgerline.core.billing.retainer;

import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Retainer;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The price of overage: the {@code overageRate} in force in the overage's month, else the entry's
 * contract rate; hours are billed rounded to 2 decimals.
 */
public final class OveragePrice {

    private OveragePrice() {}

    /** The unit price of {@code entry}'s overage of {@code month}; null when neither rate exists. */
    public static BigDecimal of(Contract contract, YearMonth month, RetainerEntry entry) {
        LocalDate from = month.atDay(1);
        LocalDate start = contract.currentTerms().startDate();
        Retainer terms = contract.termsOn(start != null && start.isAfter(from) ? start : from)
                .retainer();
        if (terms != null && terms.overageRate() != null) {
            return terms.overageRate();
        }
        return entry == null ? null : entry.rate();
    }

    /** Overage hours as billed: 2 decimals, HALF_UP. */
    public static BigDecimal billedHours(BigDecimal hours) {
        return hours.setScale(2, RoundingMode.HALF_UP);
    }

    /** What {@code hours} of overage bill: {@code round(billed hours × price)}; null without a price. */
    public static BigDecimal amount(Contract contract, YearMonth month, RetainerEntry entry, BigDecimal hours) {
        BigDecimal price = of(contract, month, entry);
        return price == null ? null : Rounding.cents(billedHours(hours).multiply(price));
    }
}
