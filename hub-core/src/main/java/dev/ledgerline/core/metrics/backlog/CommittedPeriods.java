package dev.ledgerline.core.metrics.backlog;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.ContractTerms;
import dev.ledgerline.core.canonical.Subscription;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The committed periods of a retainer (calendar months) or a subscription (its periods from its
 * start) between the contract's start and end dates, a partly covered period counting as one, and
 * the amount of one period. Open-ended contracts commit to no number of periods.
 */
public record CommittedPeriods(int count, BigDecimal periodAmount) {

    /** The contract's committed periods after every signed amendment; empty for other models or no end. */
    public static Optional<CommittedPeriods> of(Contract contract) {
        ContractTerms t = contract.currentTerms();
        if (t.startDate() == null || t.endDate() == null) {
            return Optional.empty();
        }
        if (contract.billingModel() == BillingModel.RETAINER && t.retainer() != null) {
            long months = YearMonth.from(t.startDate()).until(YearMonth.from(t.endDate()), ChronoUnit.MONTHS) + 1;
            return Optional.of(new CommittedPeriods((int) months, t.retainer().monthlyAmount()));
        }
        if (contract.billingModel() == BillingModel.SUBSCRIPTION && t.subscription() != null) {
            Subscription s = t.subscription();
            LocalDate start = s.startDate() != null ? s.startDate() : t.startDate();
            int months = switch (s.period()) {
                case MONTH -> 1;
                case QUARTER -> 3;
                case YEAR -> 12;
            };
            int count = 0;
            for (LocalDate p = start; !p.isAfter(t.endDate()); p = p.plusMonths(months)) {
                count++;
            }
            return Optional.of(new CommittedPeriods(count, s.amount()));
        }
        return Optional.empty();
    }

    /** Periods × period amount: the committed amount of the contract. */
    public BigDecimal amount() {
        return periodAmount.multiply(BigDecimal.valueOf(count));
    }
}
