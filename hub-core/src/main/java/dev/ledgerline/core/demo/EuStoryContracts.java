package dev.ledgerline.core.demo;

import static dev.ledgerline.core.demo.ContractTrees.amendment;
import static dev.ledgerline.core.demo.ContractTrees.copy;
import static dev.ledgerline.core.demo.ContractTrees.milestone;
import static dev.ledgerline.core.demo.Estimates.roundTo;
import static dev.ledgerline.core.demo.StoryEngagements.pricedBy;
import static dev.ledgerline.core.demo.StoryEngagements.rates;
import static dev.ledgerline.core.demo.StoryIds.FIXED_FEE;
import static dev.ledgerline.core.demo.StoryIds.RETAINER;
import static dev.ledgerline.core.demo.StoryIds.SUBSCRIPTION;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** The story's contracts of the EU entity, one method per client; docs/demo-firm.md tells what each shows. */
final class EuStoryContracts {

    static final Map<String, BigDecimal> WAYNE_CARD = rates(Roles.MANAGER, "240.00", Roles.CONSULTANT, "170.00");

    private final Portfolio portfolio;
    private final Period period;
    private final StoryDates dates;
    private final Estimates estimates;

    EuStoryContracts(Portfolio portfolio, StoryDates dates, Estimates estimates) {
        this.portfolio = portfolio;
        this.period = dates.period();
        this.dates = dates;
        this.estimates = estimates;
    }

    /** A fixed fee with milestones by amount and by percent, a signed fee increase and an unsigned one. */
    void umbrella() {
        BigDecimal plannedCost = estimates.cost(StoryIds.UMBRELLA_PLATFORM);
        BigDecimal estimate = roundTo(plannedCost.divide(new BigDecimal("0.8"), 2, RoundingMode.HALF_UP), 1000);
        BigDecimal fee = roundTo(estimate.multiply(new BigDecimal("1.5")), 5000);
        BigDecimal first = fee.multiply(new BigDecimal("0.2")).setScale(2, RoundingMode.UNNECESSARY);
        // the change order raises the fee by a quarter; the first milestone keeps its amount, so the
        // last one's percent grows from 40 to 44 and the milestones still add up to the fee
        BigDecimal amendedFee = fee.multiply(new BigDecimal("1.25")).setScale(2, RoundingMode.UNNECESSARY);
        DataTree terms = DataTree.data()
                .put("startDate", period.start())
                .put("endDate", period.end().plusMonths(3))
                .put("fixedFee", fee)
                .put("estimatedCost", estimate)
                .put("milestones", milestones(first, "40"))
                .put("taxCode", TaxCodes.EU_REVERSE_CHARGE);
        portfolio.contract(
                StoryIds.K_UMBRELLA_FIXED,
                StoryClients.UMBRELLA,
                Entities.EU,
                "EUR",
                FIXED_FEE,
                period.start().minusDays(20),
                terms);
        DataTree amended = copy(terms)
                .put(
                        "amendments",
                        List.of(
                                amendment(
                                        "CO-1",
                                        dates.feeAmendmentEffective(),
                                        true,
                                        DataTree.data()
                                                .put("fixedFee", amendedFee)
                                                .put(
                                                        "estimatedCost",
                                                        roundTo(estimate.multiply(new BigDecimal("1.25")), 1000))
                                                .put("milestones", milestones(first, "44"))),
                                amendment(
                                        "CO-2",
                                        dates.unsignedAmendmentEffective(),
                                        false,
                                        DataTree.data()
                                                .put(
                                                        "fixedFee",
                                                        amendedFee.add(
                                                                roundTo(fee.multiply(new BigDecimal("0.3")), 5000))))));
        portfolio.contractVersion(
                StoryIds.K_UMBRELLA_FIXED,
                2,
                Moments.at(dates.feeAmendmentEffective().minusDays(3), 14, 0, Entities.EU),
                StoryClients.UMBRELLA,
                Entities.EU,
                "EUR",
                FIXED_FEE,
                amended);
        portfolio.acceptance(
                StoryIds.K_UMBRELLA_FIXED,
                "M1",
                dates.firstMilestoneAccepted(),
                Entities.EU,
                "Dr. Claire Martin, Umbrella Santé");
        portfolio.acceptance(
                StoryIds.K_UMBRELLA_FIXED,
                "M2",
                dates.secondMilestoneAccepted(),
                Entities.EU,
                "Dr. Claire Martin, Umbrella Santé");
    }

    /** A retainer in amount mode with two months of rollover, capped, and overage at contract rates. */
    void wayne() {
        BigDecimal monthlyValue = estimates
                .sum(StoryIds.WAYNE_ADVISORY, pricedBy(WAYNE_CARD))
                .divide(BigDecimal.valueOf(period.monthCount()), 2, RoundingMode.HALF_UP);
        BigDecimal monthly = roundTo(monthlyValue, 500);
        portfolio.contract(
                StoryIds.K_WAYNE_RETAINER,
                StoryClients.WAYNE,
                Entities.EU,
                "EUR",
                RETAINER,
                period.start().minusDays(12),
                DataTree.data()
                        .put("startDate", period.start())
                        .put("endDate", period.end().plusMonths(6))
                        .putRates("rateCard", WAYNE_CARD)
                        .put(
                                "retainer",
                                DataTree.data()
                                        .put("mode", "amount")
                                        .put("monthlyAmount", monthly)
                                        .put("rolloverMonths", 2)
                                        .put(
                                                "maxRolloverAmount",
                                                roundTo(monthly.multiply(new BigDecimal("0.25")), 100)))
                        .put("invoiceDay", 31)
                        .put("taxCode", TaxCodes.DE_VAT));
    }

    /** A monthly subscription that starts in the middle of the first month. */
    void acme() {
        portfolio.contract(
                StoryIds.K_ACME_SUB,
                StoryClients.ACME,
                Entities.EU,
                "EUR",
                SUBSCRIPTION,
                dates.acmeStart().minusDays(7),
                DataTree.data()
                        .put("startDate", dates.acmeStart())
                        .put(
                                "subscription",
                                DataTree.data()
                                        .put("amount", new BigDecimal("4500.00"))
                                        .put("period", "month")
                                        .put("startDate", dates.acmeStart()))
                        .put("invoiceDay", 1)
                        .put("taxCode", TaxCodes.EU_REVERSE_CHARGE));
    }

    private List<DataTree> milestones(BigDecimal firstAmount, String lastPercent) {
        return List.of(
                milestone("M1", "Discovery sign-off", firstAmount, null, dates.firstMilestoneAccepted()),
                milestone("M2", "MVP accepted", null, new BigDecimal("40"), dates.secondMilestoneAccepted()),
                milestone(
                        "M3",
                        "Go-live",
                        null,
                        new BigDecimal(lastPercent),
                        period.end().plusMonths(2)));
    }
}
