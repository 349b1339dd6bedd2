package dev.ledgerline.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.Amendment;
import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.ContractTerms;
import dev.ledgerline.core.canonical.Milestone;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Retainer;
import dev.ledgerline.core.canonical.Subscription;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every billing model and every contract option of contract.md is in the default firm. */
class DemoFirmContractsTest {

    private static final List<Contract> CONTRACTS = SmallFirm.latest(Contract.class).values().stream()
            .map(RecordVersion::data)
            .toList();
    private static final LocalDate START = SmallFirm.FIRM.config().periodStart();
    private static final LocalDate END = SmallFirm.FIRM.config().periodEnd();

    @Test
    void everyBillingModelIsPresent() {
        assertThat(CONTRACTS.stream().map(Contract::billingModel).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(BillingModel.values());
    }

    @Test
    void timeAndMaterialsComesWithRateCardEmployeeRateNotToExceedRoundingAndSummarizedLines() {
        assertThat(any(c -> tm(c)
                        && !isEmpty(c.terms().rateCard())
                        && !isEmpty(c.terms().employeeRates())))
                .isTrue();
        assertThat(any(c -> tm(c) && c.terms().notToExceed() != null)).isTrue();
        assertThat(any(c -> tm(c)
                        && new BigDecimal("0.25").compareTo(orZero(c.terms().roundingIncrementHours())) == 0
                        && c.terms().lineLayout() == ContractTerms.LineLayout.SUMMARIZED))
                .isTrue();
        assertThat(any(c -> tm(c)
                        && !c.currency()
                                .equals(SmallFirm.FIRM
                                        .config()
                                        .entity(c.entity())
                                        .currency())))
                .isTrue();
    }

    @Test
    void fixedFeeHasMilestonesByAmountAndByPercentAndAnEstimatedCost() {
        Contract umbrella = contract(DemoStory.MILESTONE_CONTRACT);
        List<Milestone> milestones = umbrella.terms().milestones();

        assertThat(umbrella.billingModel()).isEqualTo(BillingModel.FIXED_FEE);
        assertThat(umbrella.terms().estimatedCost()).isPositive();
        assertThat(milestones).anyMatch(m -> m.amount() != null).anyMatch(m -> m.percent() != null);
        assertThat(sumOfMilestones(umbrella.terms()))
                .isEqualByComparingTo(umbrella.terms().fixedFee());
    }

    @Test
    void aSignedChangeOrderRaisesTheFeeInsideThePeriodAndTheMilestonesStillAddUp() {
        Contract umbrella = contract(DemoStory.MILESTONE_CONTRACT);
        Amendment signed = umbrella.signedAmendmentsInOrder().getFirst();
        ContractTerms after = umbrella.termsOn(signed.effectiveDate());

        assertThat(signed.effectiveDate()).isBetween(START, END);
        assertThat(after.fixedFee()).isGreaterThan(umbrella.terms().fixedFee());
        assertThat(umbrella.termsOn(signed.effectiveDate().minusDays(1)).fixedFee())
                .isEqualByComparingTo(umbrella.terms().fixedFee());
        assertThat(sumOfMilestones(after)).isEqualByComparingTo(after.fixedFee());
    }

    @Test
    void aSignedAmendmentRaisesARateAndAnUnsignedOneChangesNothing() {
        Contract northwind = contract(DemoStory.RATE_CARD_CONTRACT);
        Amendment signed = northwind.signedAmendmentsInOrder().getFirst();
        Amendment unsigned = northwind.amendments().stream()
                .filter(a -> !a.signed())
                .findFirst()
                .orElseThrow();

        assertThat(signed.effectiveDate()).isBetween(START, END);
        assertThat(northwind.termsOn(END).rateCard().get("senior_engineer"))
                .isGreaterThan(northwind.terms().rateCard().get("senior_engineer"));
        assertThat(unsigned.effectiveDate()).isBetween(START, END);
        assertThat(northwind.currentTerms().rateCard().get("designer"))
                .isEqualByComparingTo(northwind.terms().rateCard().get("designer"));
        assertThat(CONTRACTS.stream().filter(c -> c.amendments().stream().anyMatch(a -> !a.signed())))
                .hasSize(2);
    }

    @Test
    void retainersComeInHoursModeWithRolloverCapAndOverageAndInAmountMode() {
        Retainer hours = contract(DemoStory.HOURS_RETAINER_CONTRACT).terms().retainer();
        Retainer amount = contract(DemoStory.AMOUNT_RETAINER_CONTRACT).terms().retainer();

        assertThat(hours.mode()).isEqualTo(Retainer.Mode.HOURS);
        assertThat(hours.rolloverMonths()).isPositive();
        assertThat(hours.maxRolloverHours()).isPositive().isLessThan(hours.includedHours());
        assertThat(hours.overageRate()).isPositive();
        assertThat(amount.mode()).isEqualTo(Retainer.Mode.AMOUNT);
        assertThat(amount.maxRolloverAmount()).isPositive().isLessThan(amount.monthlyAmount());
        assertThat(contract(DemoStory.AMOUNT_RETAINER_CONTRACT).terms().rateCard())
                .isNotEmpty();
    }

    @Test
    void monthlySubscriptionsStartMidMonthAndAreCancelledMidPeriod() {
        Contract acme = contract(DemoStory.MID_MONTH_SUBSCRIPTION_CONTRACT);
        Contract initech = contract(DemoStory.CANCELLED_SUBSCRIPTION_CONTRACT);
        List<RecordVersion<Contract>> initechVersions = SmallFirm.all(Contract.class).stream()
                .filter(r -> r.key().ref().toString().equals(DemoStory.CANCELLED_SUBSCRIPTION_CONTRACT))
                .toList();

        assertThat(acme.terms().subscription().period()).isEqualTo(Subscription.Period.MONTH);
        assertThat(acme.terms().subscription().startDate().getDayOfMonth()).isGreaterThan(1);
        assertThat(acme.terms().subscription().startDate()).isBetween(START, END);
        assertThat(initechVersions).hasSize(2);
        assertThat(initechVersions.getFirst().data().terms().endDate()).isNull();
        assertThat(initech.terms().endDate()).isBetween(START, END);
        assertThat(initech.terms().endDate().getDayOfMonth()).isGreaterThan(1);
    }

    @Test
    void anExpensePolicyCarriesMarkupAndAMonthlyCap() {
        assertThat(any(c -> c.terms().expensePolicy() != null
                        && c.terms().expensePolicy().billable()
                        && orZero(c.terms().expensePolicy().markupPercent()).signum() > 0
                        && orZero(c.terms().expensePolicy().capPerMonth()).signum() > 0))
                .isTrue();
    }

    @Test
    void contractsCarryInvoiceDaysGroupingsAndTaxCodesTheConfigurationMaps() {
        Set<Integer> invoiceDays = CONTRACTS.stream()
                .map(c -> c.terms().invoiceDay())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<ContractTerms.InvoiceGrouping> groupings = CONTRACTS.stream()
                .map(c -> c.terms().invoiceGrouping())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());

        assertThat(invoiceDays).contains(1, 31).hasSizeGreaterThanOrEqualTo(3);
        assertThat(groupings).containsExactlyInAnyOrder(ContractTerms.InvoiceGrouping.values());
        assertThat(CONTRACTS)
                .allSatisfy(c -> assertThat(SmallFirm.FIRM.config().taxes())
                        .anyMatch(t -> t.entity().equals(c.entity())
                                && t.taxCode().equals(c.terms().taxCode())));
    }

    private static boolean any(Predicate<Contract> p) {
        return CONTRACTS.stream().anyMatch(p);
    }

    private static boolean tm(Contract c) {
        return c.billingModel() == BillingModel.TIME_AND_MATERIALS;
    }

    private static boolean isEmpty(Map<?, ?> m) {
        return m == null || m.isEmpty();
    }

    private static BigDecimal orZero(BigDecimal d) {
        return d == null ? BigDecimal.ZERO : d;
    }

    static Contract contract(String ref) {
        return SmallFirm.latest(Contract.class, ref);
    }

    private static BigDecimal sumOfMilestones(ContractTerms terms) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Milestone m : terms.milestones()) {
            sum = sum.add(
                    m.amount() != null
                            ? m.amount()
                            : terms.fixedFee()
                                    .multiply(m.percent())
                                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
        }
        return sum;
    }
}
