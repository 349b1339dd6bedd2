package dev.ledgerline.core.metrics.backlog;

import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.ContractTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A contract's total after signed amendments (domain.md glossary): {@code fixedFee} at the date
 * (fixed fee), {@code notToExceed} (time and materials with a cap), {@code monthlyAmount × committed
 * months} (retainer), {@code amount × committed periods} (subscription). Empty when the contract
 * sets none, such as time and materials without a cap.
 */
public final class ContractAmount {

    private ContractAmount() {}

    public static Optional<BigDecimal> of(Contract contract, LocalDate date) {
        ContractTerms now = contract.currentTerms();
        return switch (contract.billingModel()) {
            case FIXED_FEE -> Optional.ofNullable(contract.termsOn(date).fixedFee());
            case TIME_AND_MATERIALS -> Optional.ofNullable(now.notToExceed());
            case RETAINER, SUBSCRIPTION -> CommittedPeriods.of(contract).map(CommittedPeriods::amount);
        };
    }
}
