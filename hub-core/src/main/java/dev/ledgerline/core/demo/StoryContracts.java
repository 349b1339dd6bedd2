package dev.ledgerline.core.demo;

import static dev.ledgerline.core.demo.Estimates.roundTo;
import static dev.ledgerline.core.demo.StoryEngagements.FIXED_FEE;
import static dev.ledgerline.core.demo.StoryEngagements.RETAINER;
import static dev.ledgerline.core.demo.StoryEngagements.SUBSCRIPTION;
import static dev.ledgerline.core.demo.StoryEngagements.TM;
import static dev.ledgerline.core.demo.StoryEngagements.pricedBy;
import static dev.ledgerline.core.demo.StoryEngagements.rates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The story's contracts, one method per client; see docs/demo-firm.md for what each one shows. */
final class StoryContracts {

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
    static final Map<String, BigDecimal> WAYNE_CARD = rates(Roles.MANAGER, "240.00", Roles.CONSULTANT, "170.00");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Portfolio portfolio;
    private final Period period;
    private final StoryDates dates;
    private final Estimates estimates;

    StoryContracts(Portfolio portfolio, StoryDates dates, Estimates estimates) {
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
                StoryEngagements.K_NORTHWIND,
                StoryClients.NORTHWIND,
                Entities.US,
                "USD",
                TM,
                start.minusDays(10),
                terms);
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
                StoryEngagements.K_NORTHWIND,
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
        BigDecimal planned = estimates.sum(StoryEngagements.GLOBEX_ASSESSMENT, pricedBy(GLOBEX_CARD));
        LocalDate start = period.start().minusMonths(1);
        portfolio.contract(
                StoryEngagements.K_GLOBEX_NTE,
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
                StoryEngagements.K_GLOBEX_SPRINT,
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
                StoryEngagements.K_GLOBEX_EUROPE,
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
                StoryEngagements.K_INITECH_TM,
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
                StoryEngagements.K_INITECH_SUB,
                StoryClients.INITECH,
                Entities.US,
                "USD",
                SUBSCRIPTION,
                period.start().minusDays(20),
                subscription);
        LocalDate cancelled = dates.initechCancellation();
        portfolio.contractVersion(
                StoryEngagements.K_INITECH_SUB,
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
                .hours(StoryEngagements.STARK_ADVISORY)
                .divide(BigDecimal.valueOf(period.monthCount()), 2, RoundingMode.HALF_UP);
        BigDecimal included = roundTo(monthlyHours, 5);
        portfolio.contract(
                StoryEngagements.K_STARK_RETAINER,
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
        BigDecimal plannedCost = estimates.cost(StoryEngagements.STARK_DILIGENCE);
        BigDecimal fee = roundTo(plannedCost.multiply(new BigDecimal("0.8")), 1000);
        portfolio.contract(
                StoryEngagements.K_STARK_FIXED,
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

    /** A fixed fee with milestones by amount and by percent, a signed fee increase and an unsigned one. */
    void umbrella() {
        BigDecimal plannedCost = estimates.cost(StoryEngagements.UMBRELLA_PLATFORM);
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
                StoryEngagements.K_UMBRELLA_FIXED,
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
                StoryEngagements.K_UMBRELLA_FIXED,
                2,
                Moments.at(dates.feeAmendmentEffective().minusDays(3), 14, 0, Entities.EU),
                StoryClients.UMBRELLA,
                Entities.EU,
                "EUR",
                FIXED_FEE,
                amended);
        portfolio.acceptance(
                StoryEngagements.K_UMBRELLA_FIXED,
                "M1",
                dates.firstMilestoneAccepted(),
                Entities.EU,
                "Dr. Claire Martin, Umbrella Santé");
        portfolio.acceptance(
                StoryEngagements.K_UMBRELLA_FIXED,
                "M2",
                dates.secondMilestoneAccepted(),
                Entities.EU,
                "Dr. Claire Martin, Umbrella Santé");
    }

    /** A retainer in amount mode with two months of rollover, capped, and overage at contract rates. */
    void wayne() {
        BigDecimal monthlyValue = estimates
                .sum(StoryEngagements.WAYNE_ADVISORY, pricedBy(WAYNE_CARD))
                .divide(BigDecimal.valueOf(period.monthCount()), 2, RoundingMode.HALF_UP);
        BigDecimal monthly = roundTo(monthlyValue, 500);
        portfolio.contract(
                StoryEngagements.K_WAYNE_RETAINER,
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
                StoryEngagements.K_ACME_SUB,
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

    static DataTree milestone(String id, String name, BigDecimal amount, BigDecimal percent, LocalDate due) {
        return DataTree.data()
                .put("id", id)
                .put("name", name)
                .put("amount", amount)
                .put("percent", percent)
                .put("dueDate", due);
    }

    static DataTree amendment(String id, LocalDate effective, boolean signed, DataTree changes) {
        return DataTree.data()
                .put("id", id)
                .put("effectiveDate", effective)
                .put("changes", changes)
                .put("signed", signed);
    }

    static DataTree copy(DataTree terms) {
        DataTree c = DataTree.data();
        c.map().putAll(terms.map());
        return c;
    }

    static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}
