package dev.ledgerline.core.billing.retainer;

import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.ContractTerms;
import dev.ledgerline.core.canonical.Retainer;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One month of a retainer: the days the contract covers, its fee and the balance it buys. A first or
 * last month partly outside the contract is pro-rated by days: the fee to {@code round(monthlyAmount
 * × days / days in month)}, the included hours to {@code includedHours × days / days in month}
 * rounded to 2 decimals (docs/adr/0106). The terms are those in force on the first covered day.
 */
public record RetainerMonth(
        YearMonth month,
        LocalDate from,
        LocalDate to,
        Retainer terms,
        BigDecimal fee,
        BigDecimal balance,
        int lastUsableOffset) {

    public RetainerMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(terms, "terms");
    }

    public boolean isProRated() {
        return from.getDayOfMonth() != 1 || !to.equals(month.atEndOfMonth());
    }

    public int days() {
        return (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    }

    /** The money value of {@code quantity} of this month's balance: hours at {@code monthlyAmount / includedHours}. */
    public BigDecimal valueOf(BigDecimal quantity) {
        if (terms.mode() == Retainer.Mode.AMOUNT) {
            return quantity;
        }
        return Rounding.cents(
                quantity.multiply(terms.monthlyAmount()).divide(terms.includedHours(), Rounding.DIVISION));
    }

    /**
     * The months of the contract from its start through {@code through} (and never past its end).
     *
     * @throws IllegalArgumentException when the contract lacks a start date, a retainer or its amount
     */
    public static List<RetainerMonth> of(Contract contract, YearMonth through) {
        ContractTerms current = contract.currentTerms();
        if (current.startDate() == null) {
            throw new IllegalArgumentException("a retainer needs the contract's startDate");
        }
        List<RetainerMonth> months = new ArrayList<>();
        LocalDate start = current.startDate();
        LocalDate end = current.endDate();
        YearMonth last = end == null ? through : min(YearMonth.from(end), through);
        for (YearMonth m = YearMonth.from(start); !m.isAfter(last); m = m.plusMonths(1)) {
            LocalDate from = start.isAfter(m.atDay(1)) ? start : m.atDay(1);
            LocalDate to = end != null && end.isBefore(m.atEndOfMonth()) ? end : m.atEndOfMonth();
            Retainer terms = contract.termsOn(from).retainer();
            if (terms == null || terms.monthlyAmount() == null) {
                throw new IllegalArgumentException("a retainer needs retainer.monthlyAmount in force on " + from);
            }
            months.add(month(m, from, to, terms));
        }
        return months;
    }

    private static RetainerMonth month(YearMonth m, LocalDate from, LocalDate to, Retainer terms) {
        int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        int length = m.lengthOfMonth();
        boolean full = days == length;
        BigDecimal fee = full
                ? terms.monthlyAmount()
                : Rounding.cents(terms.monthlyAmount()
                        .multiply(BigDecimal.valueOf(days))
                        .divide(BigDecimal.valueOf(length), Rounding.DIVISION));
        BigDecimal balance;
        if (terms.mode() == Retainer.Mode.AMOUNT) {
            balance = fee;
        } else if (full) {
            balance = terms.includedHours();
        } else {
            balance = terms.includedHours()
                    .multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(length), Rounding.DIVISION)
                    .setScale(2, RoundingMode.HALF_UP);
        }
        return new RetainerMonth(m, from, to, terms, fee, balance, terms.rolloverMonths());
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }
}
