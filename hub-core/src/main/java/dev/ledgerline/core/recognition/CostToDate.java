package dev.ledgerline.core.recognition;

import dev.ledgerline.core.canonical.Ref;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code costToDate(d)} of a project (domain.md): the cost of its approved time dated on or before
 * {@code d} (standard cost on the provisional basis, payroll actuals on the final) plus its approved
 * expenses and vendor bills at cost, in the contract currency, like {@code fixedFee} and
 * {@code estimatedCost} it is compared with. The cost calculators provide it.
 */
@FunctionalInterface
public interface CostToDate {

    BigDecimal of(Ref project, LocalDate date, CostBasis basis);
}
