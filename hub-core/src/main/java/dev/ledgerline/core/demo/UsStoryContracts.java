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
import static dev.ledgerline.core.demo.StoryIds.TM;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The story's contracts of the US entity, one method per client; docs/demo-firm.md tells what each shows. */
final class UsStoryContracts {

    static final Map<String, BigDecimal> NORTHWIND_CARD = rates(
            Roles.PARTNER, "360.00",
            Roles.MANAGER, "285.00",
            Roles.SENIOR_CONSULTANT, "250.00",
            Roles.SENIOR_ENGINEER, "235.00",
            Roles.ENGINEER, "185.00",
            Roles.DESIGNER, "190.00");
    static final BigDecimal NORTHWIND_EMPLOYEE_RATE = new BigDecimal("245.00");
    static final Function<StaffMember, BigDecimal> NORTHWIND_RATES = s -> Roster.EMPLOYEE_RATE_ENGINEER.equals(s.id())
            ? NORTHWIND_EMPLOYEE_RATE
            : pricedBy(NORTHWIND_CARD).apply(s);
    static final Map<String, BigDecimal> GLOBEX_CARD = rates(
            Roles.PARTNER,
            "340.00",
            Roles.SENIOR_CONSULTANT,
            "230.00",
            Roles.CONSULTANT,
            "185.00",
            Roles.ANALYST,
            "135.00");
    static final Map<String, BigDecimal> INITECH_CARD = rates(
            Roles.MANAGER,
            "270.00",
            Roles.SENIOR_ENGINEER,
            "220.00",
            Roles.ENGINEER,
            "175.00",
            Roles.ANALYST,
            "135.00");
    static final Function<StaffMember, BigDecimal> INITECH_RATES = pricedBy(INITECH_CARD);

    private final Portfolio portfolio;
    private final Period period;
    private final StoryDates dates;
    private final Estimates estimates;

    UsStoryContracts(Portfolio portfolio, StoryDates dates, Estimates estimates) {
        this.portfolio = portfolio;
        this.period = dates.period();
        this.dates = dates;
        this.estimates = estimates;
    }

    /** T&M with a rate card, an employee rate, an expense policy with markup and a monthly cap; a change order. */
    void northwind() {
        LocalDate start = period.start().minusMonths(2);
        DataTree terms = DataTree.data()
                .put("startDate", start)
                .put("endDate", period.end().plusMonths(6))
                .putRates("rateCard", NORTHWIND_CARD)
                .putRates(
                        "employeeRates",
                        Map.of(Sources.ref(Sources.HR, Roster.EMPLOYEE_RATE_ENGINEER), NORTHWIND_EMPLOYEE_RATE))
                .put(
                        "expensePolicy",
                        DataTree.data()
                                .put("billable", true)
                                .put("markupPercent", new BigDecimal("10"))
                                .put("capPerMonth", new BigDecimal("1500.00")))
                .put("invoiceGrouping", "project")
                .put("invoiceDay", 5)
                .put("taxCode", TaxCodes.NY_STANDARD);
        portfolio.contract(
                StoryIds.K_NORTHWIND, StoryClients.NORTHWIND, Entities.US, "USD", TM, start.minusDays(10), terms);
        DataTree amended = copy(terms)
                .put(
                        "amendments",
                        List.of(
                                amendment(
                                        "CO-1",
                                        dates.rateAmendmentEffective(),
                                        true,
                                        DataTree.data()
                                                .putRates(
                                                        "rateCard",
                                                        rates(
                                                                Roles.SENIOR_ENGINEER,
                                                                "250.00",
                                                                Roles.ENGINEER,
                                                                "195.00"))),
                                amendment(
                                        "CO-2",
                                        dates.unsignedAmendmentEffective(),
                                        false,
                                        DataTree.data().putRates("rateCard", rates(Roles.DESIGNER, "210.00")))));
        portfolio.contractVersion(
                StoryIds.K_NORTHWIND,
                2,
                Moments.at(dates.rateAmendmentSigned(), 16, 30, Entities.US),
                StoryClients.NORTHWIND,
                Entities.US,
                "USD",
                TM,
                amended);
    }

    /** T&M with a not-to-exceed the period's work crosses; a short engagement; a EUR contract of the US entity. */
    void globex() {
        BigDecimal planned = estimates.sum(StoryIds.GLOBEX_ASSESSMENT, pricedBy(GLOBEX_CARD));
        LocalDate start = period.start().minusMonths(1);
        portfolio.contract(
                StoryIds.K_GLOBEX_NTE,
                StoryClients.GLOBEX,
                Entities.US,
                "USD",
                TM,
                start.minusDays(10),
                DataTree.data()
                        .put("startDate", start)
                        .put("endDate", period.end().plusMonths(3))
                        .putRates("rateCard", GLOBEX_CARD)
                        .put("notToExceed", roundTo(planned.multiply(new BigDecimal("0.65")), 1000))
                        .put("notToExceedScope", "fees")
                        .put("taxCode", TaxCodes.NY_STANDARD));
        portfolio.contract(
                StoryIds.K_GLOBEX_SPRINT,
                StoryClients.GLOBEX,
                Entities.US,
                "USD",
                TM,
                start.minusDays(10),
                DataTree.data()
                        .put("startDate", start)
                        .put("endDate", dates.sprintClose())
                        .putRates(
                                "rateCard",
                                rates(Roles.PARTNER, "340.00", Roles.CONSULTANT, "190.00", Roles.ANALYST, "140.00"))
                        .put("taxCode", TaxCodes.NY_STANDARD));
        portfolio.contract(
                StoryIds.K_GLOBEX_EUROPE,
                StoryClients.GLOBEX_EUROPE,
                Entities.US,
                "EUR",
                TM,
                dates.globexEuropeStart().minusDays(3),
                DataTree.data()
                        .put("startDate", dates.globexEuropeStart())
                        .put("endDate", period.end().plusMonths(6))
                        .putRates(
                                "rateCard",
                                rates(
                                        Roles.PARTNER,
                                        "330.00",
                                        Roles.SENIOR_CONSULTANT,
                                        "220.00",
                                        Roles.DESIGNER,
                                        "170.00"))
                        .put("expensePolicy", DataTree.data().put("billable", true))
                        .put("invoiceGrouping", "customer")
                        .put("invoiceDay", 28)
                        .put("taxCode", TaxCodes.US_EXPORT));
    }

    /** T&M rounded to quarter hours on summarized lines; a monthly subscription cancelled mid-period. */
    void initech() {
        LocalDate start = period.start().minusMonths(1);
        portfolio.contract(
                StoryIds.K_INITECH_TM,
                StoryClients.INITECH,
                Entities.US,
                "USD",
                TM,
                start.minusDays(10),
                DataTree.data()
                        .put("startDate", start)
                        .put("endDate", period.end().plusMonths(6))
                        .putRates("rateCard", INITECH_CARD)
                        .put("roundingIncrementHours", new BigDecimal("0.25"))
                        .put("lineLayout", "summarized")
                        .put("invoiceGrouping", "contract")
                        .put("taxCode", TaxCodes.NY_STANDARD));
        DataTree subscription = DataTree.data()
                .put("startDate", period.start())
                .put(
                        "subscription",
                        DataTree.data()
                                .put("amount", new BigDecimal("2500.00"))
                                .put("period", "month")
                                .put("startDate", period.start()))
                .put("invoiceDay", 1)
                .put("taxCode", TaxCodes.NY_STANDARD);
        portfolio.contract(
                StoryIds.K_INITECH_SUB,
                StoryClients.INITECH,
                Entities.US,
                "USD",
                SUBSCRIPTION,
                period.start().minusDays(20),
                subscription);
        LocalDate cancelled = dates.initechCancellation();
        portfolio.contractVersion(
                StoryIds.K_INITECH_SUB,
                2,
                Moments.at(cancelled.minusDays(10), 11, 0, Entities.US),
                StoryClients.INITECH,
                Entities.US,
                "USD",
                SUBSCRIPTION,
                copy(subscription).put("endDate", cancelled));
    }

    /** A retainer in hours mode with rollover, a rollover cap and overage; a fixed fee over its estimate. */
    void stark() {
        BigDecimal monthlyHours = estimates
                .hours(StoryIds.STARK_ADVISORY)
                .divide(BigDecimal.valueOf(period.monthCount()), 2, RoundingMode.HALF_UP);
        BigDecimal included = roundTo(monthlyHours, 5);
        portfolio.contract(
                StoryIds.K_STARK_RETAINER,
                StoryClients.STARK,
                Entities.US,
                "USD",
                RETAINER,
                period.start().minusDays(15),
                DataTree.data()
                        .put("startDate", period.start())
                        .put("endDate", period.end().plusMonths(6))
                        .put(
                                "retainer",
                                DataTree.data()
                                        .put("mode", "hours")
                                        .put(
                                                "monthlyAmount",
                                                included.multiply(new BigDecimal("200"))
                                                        .setScale(2))
                                        .put("includedHours", included)
                                        .put("rolloverMonths", 1)
                                        .put("maxRolloverHours", roundTo(included.multiply(new BigDecimal("0.4")), 5))
                                        .put("overageRate", new BigDecimal("225.00")))
                        .put("invoiceDay", 1)
                        .put("taxCode", TaxCodes.NY_STANDARD));
        BigDecimal plannedCost = estimates.cost(StoryIds.STARK_DILIGENCE);
        BigDecimal fee = roundTo(plannedCost.multiply(new BigDecimal("0.8")), 1000);
        portfolio.contract(
                StoryIds.K_STARK_FIXED,
                StoryClients.STARK,
                Entities.US,
                "USD",
                FIXED_FEE,
                dates.diligenceStart().minusDays(5),
                DataTree.data()
                        .put("startDate", dates.diligenceStart())
                        .put("endDate", period.end())
                        .put("fixedFee", fee)
                        .put("estimatedCost", roundTo(plannedCost.multiply(new BigDecimal("0.6")), 1000))
                        .put(
                                "milestones",
                                List.of(milestone("M1", "Final diligence report", fee, null, dates.diligenceEnd())))
                        .put("taxCode", TaxCodes.NY_STANDARD));
    }
}
