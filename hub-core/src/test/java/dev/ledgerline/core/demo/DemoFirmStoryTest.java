package dev.ledgerline.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Customer;
import dev.ledgerline.core.canonical.Employee;
import dev.ledgerline.core.canonical.Expense;
import dev.ledgerline.core.canonical.MilestoneAcceptance;
import dev.ledgerline.core.canonical.PayrollCost;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.PurchaseCommitment;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.canonical.VendorBill;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The situations the demo is there to show actually happen in the generated work. */
class DemoFirmStoryTest {

    private static final LocalDate START = SmallFirm.FIRM.config().periodStart();
    private static final LocalDate END = SmallFirm.FIRM.config().periodEnd();
    private static final List<TimeEntry> ENTRIES = SmallFirm.latest(TimeEntry.class).values().stream()
            .map(RecordVersion::data)
            .toList();

    @Test
    void thePeriodsApprovedWorkCrossesTheNotToExceed() {
        Contract globex = DemoFirmContractsTest.contract(DemoStory.NOT_TO_EXCEED_CONTRACT);
        BigDecimal value = BigDecimal.ZERO;

        for (TimeEntry e : approvedOn("psa:P-GLOBEX-ASSESS")) {
            String role = e.role() != null
                    ? e.role()
                    : employee(e.employee().toString()).role();
            value = value.add(e.hours()
                    .multiply(globex.termsOn(e.date()).rateCard().get(role))
                    .setScale(2, RoundingMode.HALF_UP));
        }

        assertThat(value).isGreaterThan(globex.terms().notToExceed());
        assertThat(value).isLessThan(globex.terms().notToExceed().multiply(BigDecimal.TWO));
    }

    @Test
    void theHoursRetainerRunsUnderItsHoursInOneMonthAndOverInAnother() {
        BigDecimal included = DemoFirmContractsTest.contract(DemoStory.HOURS_RETAINER_CONTRACT)
                .terms()
                .retainer()
                .includedHours();
        Map<YearMonth, BigDecimal> hours = hoursByMonth("psa:P-STARK-ADVISORY");

        assertThat(hours.values()).anyMatch(h -> h.compareTo(included) < 0);
        assertThat(hours.values()).anyMatch(h -> h.compareTo(included.multiply(new BigDecimal("1.2"))) > 0);
    }

    @Test
    void theAmountRetainerRunsUnderItsAmountInOneMonthAndOverInAnother() {
        Contract wayne = DemoFirmContractsTest.contract(DemoStory.AMOUNT_RETAINER_CONTRACT);
        Map<YearMonth, BigDecimal> value = new TreeMap<>();
        for (TimeEntry e : approvedOn("psa:P-WAYNE-ADVISORY")) {
            BigDecimal rate = wayne.terms()
                    .rateCard()
                    .get(employee(e.employee().toString()).role());
            value.merge(YearMonth.from(e.date()), e.hours().multiply(rate), BigDecimal::add);
        }

        assertThat(value.values())
                .anyMatch(v -> v.compareTo(wayne.terms().retainer().monthlyAmount()) < 0);
        assertThat(value.values())
                .anyMatch(v -> v.compareTo(wayne.terms().retainer().monthlyAmount()) > 0);
    }

    @Test
    void theOverrunFixedFeesStandardCostPassesItsEstimate() {
        Contract stark = DemoFirmContractsTest.contract(DemoStory.OVERRUN_FIXED_FEE_CONTRACT);
        BigDecimal cost = BigDecimal.ZERO;

        for (TimeEntry e : approvedOn("psa:P-STARK-DILIGENCE")) {
            cost = cost.add(e.hours().multiply(employee(e.employee().toString()).standardHourlyCost()));
        }

        assertThat(cost).isGreaterThan(stark.terms().estimatedCost());
    }

    @Test
    void milestonesAreAcceptedInThePeriodTheSecondAfterTheFeeIncrease() {
        Contract umbrella = DemoFirmContractsTest.contract(DemoStory.MILESTONE_CONTRACT);
        List<MilestoneAcceptance> acceptances = SmallFirm.latest(MilestoneAcceptance.class).values().stream()
                .map(RecordVersion::data)
                .filter(a -> a.contract().toString().equals(DemoStory.MILESTONE_CONTRACT))
                .toList();

        assertThat(acceptances).extracting(MilestoneAcceptance::milestone).containsExactly("M1", "M2");
        assertThat(acceptances).allSatisfy(a -> assertThat(a.acceptedOn()).isBetween(START, END));
        assertThat(acceptances.get(1).acceptedOn())
                .isAfter(umbrella.signedAmendmentsInOrder().getFirst().effectiveDate());
    }

    @Test
    void theClosedProjectIsClosedInThePeriodWithNoWorkAfterItsEnd() {
        List<RecordVersion<Project>> versions = SmallFirm.all(Project.class).stream()
                .filter(r -> r.key().ref().toString().equals(DemoStory.CLOSED_PROJECT))
                .toList();
        Project closed = versions.getLast().data();

        assertThat(versions).hasSize(2);
        assertThat(versions.getFirst().data().isClosed()).isFalse();
        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.endDate()).isBetween(START, END);
        assertThat(approvedOn(DemoStory.CLOSED_PROJECT)).isNotEmpty();
        assertThat(entriesOn(DemoStory.CLOSED_PROJECT, e -> e.date().isAfter(closed.endDate())))
                .isEmpty();
    }

    @Test
    void workOnTheForeignCurrencyContractStartsBeforeTheContractDoes() {
        Contract europe = DemoFirmContractsTest.contract(DemoStory.FOREIGN_CURRENCY_CONTRACT);

        assertThat(entriesOn(
                        "psa:P-GLOBEX-DE",
                        e -> e.isApproved() && e.date().isBefore(europe.terms().startDate())))
                .hasSizeBetween(1, 10);
    }

    @Test
    void nonBillableWorkIsRecordedOnTheNonBillableProjectTaskAndByFlag() {
        Project pitch = SmallFirm.latest(Project.class, DemoStory.NON_BILLABLE_PROJECT);

        assertThat(pitch.billable()).isFalse();
        assertThat(pitch.isClient()).isTrue();
        assertThat(approvedOn(DemoStory.NON_BILLABLE_PROJECT)).isNotEmpty();
        assertThat(entriesOn(
                        "psa:P-NW-PLATFORM",
                        e -> e.task() != null && e.task().toString().equals(DemoStory.NON_BILLABLE_TASK)))
                .isNotEmpty();
        assertThat(ENTRIES).anyMatch(e -> Boolean.FALSE.equals(e.billable()));
        assertThat(approvedOn(DemoStory.US_INTERNAL_PROJECT)).isNotEmpty();
        assertThat(approvedOn(DemoStory.EU_INTERNAL_PROJECT)).isNotEmpty();
    }

    @Test
    void someEntriesOverrideTheRoleForTheRateLookup() {
        assertThat(ENTRIES)
                .anyMatch(e -> e.role() != null
                        && !e.role().equals(employee(e.employee().toString()).role()));
    }

    @Test
    void theSubsidiaryNamesItsParent() {
        Customer subsidiary = SmallFirm.latest(Customer.class, DemoStory.SUBSIDIARY_CUSTOMER);

        assertThat(subsidiary.parent().toString()).isEqualTo(DemoStory.PARENT_CUSTOMER);
        assertThat(subsidiary.vatNumber()).startsWith("DE");
        assertThat(subsidiary.currency()).isEqualTo("EUR");
        assertThat(subsidiary.entity()).isEqualTo("us");
    }

    @Test
    void staffIncludesAJoinerALeaverPartTimersAndACostChange() {
        Employee joiner = employee(DemoStory.JOINER);
        Employee leaver = employee(DemoStory.LEAVER);
        List<RecordVersion<Employee>> costVersions = SmallFirm.all(Employee.class).stream()
                .filter(r -> r.key().ref().toString().equals(DemoStory.COST_CHANGE_EMPLOYEE))
                .toList();

        assertThat(joiner.startDate()).isBetween(START.plusDays(1), END);
        assertThat(leaver.endDate()).isBetween(START, END.minusDays(1));
        assertThat(employee(DemoStory.PART_TIME_24).weeklyCapacityHours()).isEqualByComparingTo("24");
        assertThat(employee(DemoStory.PART_TIME_32).weeklyCapacityHours()).isEqualByComparingTo("32");
        assertThat(costVersions).hasSize(2);
        assertThat(costVersions.get(1).data().validFrom()).isBetween(START, END);
        assertThat(costVersions.get(1).data().standardHourlyCost())
                .isGreaterThan(costVersions.getFirst().data().standardHourlyCost());
    }

    @Test
    void northwindsExpensesPassTheMonthlyCapAndIncludeAForeignReceiptAndAnOverride() {
        BigDecimal cap = DemoFirmContractsTest.contract(DemoStory.RATE_CARD_CONTRACT)
                .terms()
                .expensePolicy()
                .capPerMonth();
        List<Expense> northwind = SmallFirm.latest(Expense.class).values().stream()
                .map(RecordVersion::data)
                .filter(x -> x.project().toString().equals("psa:P-NW-PLATFORM"))
                .toList();
        Map<YearMonth, BigDecimal> billableUsd = new TreeMap<>();
        northwind.stream()
                .filter(x -> x.isApproved() && x.currency().equals("USD") && !Boolean.FALSE.equals(x.billable()))
                .forEach(x -> billableUsd.merge(YearMonth.from(x.date()), x.amount(), BigDecimal::add));

        assertThat(billableUsd.values()).anyMatch(total -> total.compareTo(cap) > 0);
        assertThat(northwind).anyMatch(x -> x.currency().equals("GBP") && x.isApproved());
        assertThat(northwind).anyMatch(x -> Boolean.FALSE.equals(x.billable()));
    }

    @Test
    void theSubcontractorBillsAgainstItsOrderWithMarkupAndAnotherOrderStaysOpen() {
        List<VendorBill> bills = SmallFirm.latest(VendorBill.class).values().stream()
                .map(RecordVersion::data)
                .toList();
        List<VendorBill> subcontract = bills.stream()
                .filter(b ->
                        b.commitment() != null && b.commitment().toString().equals(DemoStory.SUBCONTRACT_COMMITMENT))
                .toList();
        PurchaseCommitment order = SmallFirm.latest(PurchaseCommitment.class, DemoStory.SUBCONTRACT_COMMITMENT);

        assertThat(subcontract)
                .hasSize(3)
                .allMatch(b -> Boolean.TRUE.equals(b.billable()) && b.markupPercent() != null);
        assertThat(subcontract.stream().map(VendorBill::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isLessThan(order.amount());
        assertThat(subcontract).anyMatch(b -> !b.isApproved());
        assertThat(bills)
                .noneMatch(
                        b -> b.commitment() != null && b.commitment().toString().equals(DemoStory.OPEN_COMMITMENT));
        assertThat(bills).anyMatch(b -> b.billable() == null && b.commitment() == null);
    }

    @Test
    void payrollDiffersFromStandardCostForSomeoneAndCoversEveryMonthEmployed() {
        List<PayrollCost> payroll = SmallFirm.latest(PayrollCost.class).values().stream()
                .map(RecordVersion::data)
                .toList();
        long differing = payroll.stream()
                .filter(p -> {
                    Employee e = employee(p.employee().toString());
                    BigDecimal standard = e.weeklyCapacityHours()
                            .divide(BigDecimal.valueOf(5))
                            .multiply(BigDecimal.valueOf(weekdays(p.periodStart(), p.periodEnd())))
                            .multiply(e.standardHourlyCost());
                    return p.amount().compareTo(standard.setScale(2, RoundingMode.HALF_UP)) != 0;
                })
                .count();

        assertThat(differing).isGreaterThan(payroll.size() / 2);
        long employedMonths = SmallFirm.latest(Employee.class).values().stream()
                .mapToLong(r -> START.datesUntil(END.plusDays(1))
                        .filter(r.data()::employedOn)
                        .map(YearMonth::from)
                        .distinct()
                        .count())
                .sum();
        assertThat(payroll).hasSize((int) employedMonths);
        assertThat(payroll).allSatisfy(p -> assertThat(p.periodStart()).isBetween(START, END));
    }

    private static List<TimeEntry> approvedOn(String project) {
        return entriesOn(project, TimeEntry::isApproved);
    }

    private static List<TimeEntry> entriesOn(String project, Predicate<TimeEntry> filter) {
        return ENTRIES.stream()
                .filter(e -> e.project().toString().equals(project))
                .filter(filter)
                .toList();
    }

    private static Map<YearMonth, BigDecimal> hoursByMonth(String project) {
        Map<YearMonth, BigDecimal> hours = new TreeMap<>();
        approvedOn(project).forEach(e -> hours.merge(YearMonth.from(e.date()), e.hours(), BigDecimal::add));
        return hours;
    }

    private static Employee employee(String ref) {
        return SmallFirm.latest(Employee.class, ref);
    }

    private static long weekdays(LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1))
                .filter(d -> d.getDayOfWeek().getValue() <= 5)
                .count();
    }
}
