package dev.ledgerline.core.metrics.revenue;

import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.firm.EntitySettings.TmRevenue;
import dev.ledgerline.core.recognition.FixedFeePosition;
import dev.ledgerline.core.recognition.RetainerRevenue;
import dev.ledgerline.core.recognition.SubscriptionRevenue;
import dev.ledgerline.core.recognition.TimeAndMaterialsRevenue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A contract's revenue balances on a date, in contract currency, per model: deferred revenue
 * (billed ahead of recognition, or a retainer's unused unexpired balance) and contract asset
 * (recognised ahead of billing). T&M as billed has neither.
 */
public final class ContractPositions {

    /** Deferred revenue and contract asset of one contract. */
    public record Position(BigDecimal deferredRevenue, BigDecimal contractAsset) {
        static final Position NONE = new Position(BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private final RecognitionInputs in;
    private final RecognisedFees fees;

    public ContractPositions(RecognitionInputs in, RecognisedFees fees) {
        this.in = in;
        this.fees = fees;
    }

    public Position on(Ref ref, Contract contract, LocalDate date, TmRevenue tmBasis) {
        return switch (contract.billingModel()) {
            case TIME_AND_MATERIALS -> {
                if (tmBasis != TmRevenue.AS_PERFORMED) {
                    yield Position.NONE;
                }
                var p = TimeAndMaterialsRevenue.asPerformed(
                        contract.currentTerms().notToExceed(), fees.performedWork(ref), in.documents(ref), date);
                yield new Position(p.deferredRevenue(), p.accruedRevenue());
            }
            case FIXED_FEE -> {
                FixedFeePosition p = fees.fixedFeePosition(ref, contract, date);
                yield new Position(p.contractLiability(), p.contractAsset());
            }
            case SUBSCRIPTION -> {
                var p = SubscriptionRevenue.position(contract, date, in.documents(ref));
                yield new Position(p.deferredRevenue(), p.accruedRevenue());
            }
            case RETAINER -> {
                // the balance is known at month ends: the last one on or before the date
                YearMonth month = date.equals(YearMonth.from(date).atEndOfMonth())
                        ? YearMonth.from(date)
                        : YearMonth.from(date).minusMonths(1);
                RetainerRevenue revenue = RetainerRevenue.of(contract, in.retainerEntries(ref, contract), month);
                yield new Position(revenue.month(month).deferredRevenue(), BigDecimal.ZERO);
            }
        };
    }
}
