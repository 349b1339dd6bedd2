package dev.ledgerline.core.billing;

import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.ContractTerms;
import dev.ledgerline.core.canonical.Milestone;
import java.math.BigDecimal;
import java.util.List;

/**
 * A contract's billing terms by model, as they now stand (every signed amendment applied). An
 * exhaustive {@code switch} over them shows every place a billing model must be handled.
 */
public sealed interface BillingTerms {

    static BillingTerms of(Contract contract) {
        ContractTerms t = contract.currentTerms();
        return switch (contract.billingModel()) {
            case TIME_AND_MATERIALS ->
                new TimeAndMaterials(t.notToExceed(), t.notToExceedScopeOrDefault(), t.lineLayoutOrDefault());
            case FIXED_FEE ->
                new FixedFee(t.fixedFee(), t.estimatedCost(), t.milestones() == null ? List.of() : t.milestones());
            case RETAINER -> new Retainer(t.retainer());
            case SUBSCRIPTION -> new Subscription(t.subscription());
        };
    }

    /** Time and materials, optionally capped by a not-to-exceed. */
    record TimeAndMaterials(
            BigDecimal notToExceed,
            ContractTerms.NotToExceedScope notToExceedScope,
            ContractTerms.LineLayout lineLayout)
            implements BillingTerms {}

    /** A fixed fee billed by milestones. */
    record FixedFee(BigDecimal fixedFee, BigDecimal estimatedCost, List<Milestone> milestones)
            implements BillingTerms {}

    /** A monthly retainer in hours or money. */
    record Retainer(dev.ledgerline.core.canonical.Retainer terms) implements BillingTerms {}

    /** An amount per period, in advance. */
    record Subscription(dev.ledgerline.core.canonical.Subscription terms) implements BillingTerms {}
}
