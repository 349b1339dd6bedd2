package dev.ledgerline.core.recognition;

import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.ContractTerms;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Fixed-fee revenue by cost-to-cost percent complete (domain.md "Fixed fee with milestones"). The fee
 * and the estimate are those after the signed amendments effective on or before the date, so the
 * cumulative figure catches up in the month an amendment takes effect; a month's revenue is the
 * recognised-to-date at its end less that at the previous month end.
 */
public final class FixedFeeRecognition {

    private final CostToDate costToDate;

    public FixedFeeRecognition(CostToDate costToDate) {
        this.costToDate = Objects.requireNonNull(costToDate, "costToDate");
    }

    /**
     * The contract on {@code date}.
     *
     * @param projects the contract's projects, whose cost is summed
     * @param billed the contract's invoices and credit notes (posted ones for final figures)
     * @param eac estimate at completion (cost to date + ETC), or null when not known
     */
    public FixedFeePosition position(
            Contract contract,
            List<Ref> projects,
            LocalDate date,
            List<BilledDocument> billed,
            BigDecimal eac,
            CostBasis basis) {
        ContractTerms terms = contract.termsOn(date);
        BigDecimal fee = terms.fixedFee() == null ? BigDecimal.ZERO : terms.fixedFee();
        BigDecimal estimate = terms.estimatedCost();
        BigDecimal cost =
                projects.stream().map(p -> costToDate.of(p, date, basis)).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<RecognitionFlag> flags = new ArrayList<>();
        BigDecimal pct = null;
        BigDecimal recognised = BigDecimal.ZERO.setScale(2);
        if (estimate == null || estimate.signum() <= 0) {
            flags.add(RecognitionFlag.NO_ESTIMATED_COST);
        } else {
            pct = cost.divide(estimate, Rounding.DIVISION).min(BigDecimal.ONE);
            recognised = Rounding.cents(fee.multiply(pct));
        }
        BigDecimal billedToDate = BilledDocument.untaxedTo(billed, date);
        BigDecimal expectedLoss = null;
        if (eac != null) {
            if (estimate != null && eac.compareTo(estimate) > 0) {
                flags.add(RecognitionFlag.ESTIMATE_EXCEEDED);
            }
            if (eac.compareTo(fee) > 0) {
                expectedLoss = eac.subtract(fee);
            }
        }
        return new FixedFeePosition(
                date,
                fee,
                estimate,
                cost,
                pct,
                recognised,
                billedToDate,
                recognised.subtract(billedToDate).max(BigDecimal.ZERO),
                billedToDate.subtract(recognised).max(BigDecimal.ZERO),
                eac,
                expectedLoss,
                flags);
    }

    /** Revenue of {@code month}: recognised to date at its end less at the previous month end. */
    public BigDecimal revenueOf(Contract contract, List<Ref> projects, YearMonth month, CostBasis basis) {
        BigDecimal end = position(contract, projects, month.atEndOfMonth(), List.of(), null, basis)
                .recognisedToDate();
        BigDecimal before = position(contract, projects, month.minusMonths(1).atEndOfMonth(), List.of(), null, basis)
                .recognisedToDate();
        return end.subtract(before);
    }
}
