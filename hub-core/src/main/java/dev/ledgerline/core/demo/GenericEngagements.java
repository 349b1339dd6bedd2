package dev.ledgerline.core.demo;

import static dev.ledgerline.core.demo.Estimates.roundTo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Clients beyond the story, for firms bigger than the story's: alternately of the US and the EU
 * entity, mostly time and materials, every fifth a fixed fee and every fifth a retainer, sized from
 * the staffing plan like the story's.
 */
final class GenericEngagements {

    private static final List<String> NAMES = List.of(
            "Vandelay Industries",
            "Bluth Holdings",
            "Tyrell Systems",
            "Cyberdyne Analytics",
            "Soylent Foods",
            "Oscorp Biotech",
            "Hooli Ventures",
            "Massive Dynamic",
            "Monarch Freight",
            "Gekko Capital",
            "Dunder Paper",
            "Sirius Cybernetics",
            "Rekall Travel",
            "Nakatomi Trading",
            "Prestige Worldwide",
            "Wonka Confections",
            "Duff Beverages",
            "Virtucon Energy",
            "Aperture Labs",
            "Black Mesa Research");
    private static final List<String> EU_COUNTRIES = List.of("DE", "FR", "NL", "AT");

    private GenericEngagements() {}

    /** The entity of the {@code k}-th generic client (0-based): US, EU, US, EU… */
    static String entityOf(int k) {
        return k % 2 == 0 ? Entities.US : Entities.EU;
    }

    static String projectId(int k) {
        return "P-G" + String.format(Locale.ROOT, "%03d", k + 1);
    }

    static List<String> projectIds(int count) {
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            ids.add(projectId(k));
        }
        return ids;
    }

    static void build(Portfolio portfolio, int count, Period period, Estimates estimates, long seed) {
        for (int k = 0; k < count; k++) {
            client(portfolio, k, period, estimates, Dice.of(seed, "client", k));
        }
    }

    private static void client(Portfolio portfolio, int k, Period period, Estimates estimates, Dice dice) {
        String suffix = String.format(Locale.ROOT, "G%03d", k + 1);
        String entity = entityOf(k);
        boolean us = Entities.US.equals(entity);
        String base = NAMES.get(k % NAMES.size()) + (k >= NAMES.size() ? " " + (k / NAMES.size() + 1) : "");
        String country = us ? "US" : EU_COUNTRIES.get((k / 2) % EU_COUNTRIES.size());
        String currency = Entities.currency(entity);
        String customer = "C-" + suffix;
        String contract = "K-" + suffix;
        String project = projectId(k);
        LocalDate since = period.start().minusMonths(3);
        portfolio.masters.add(StoryClients.customer(
                since,
                customer,
                base + (us ? " Inc." : " GmbH"),
                entity,
                country,
                currency,
                us ? null : country + String.format(Locale.ROOT, "%09d", 100_000_000 + k * 7919),
                30,
                "accounts@" + base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + ".example",
                null,
                null));
        portfolio.masters.add(StoryClients.opportunity(
                since.plusDays(20),
                "OPP-" + suffix,
                customer,
                base + " – follow-on work",
                List.of("qualification", "proposal", "negotiation").get(k % 3),
                List.of(20, 50, 70).get(k % 3),
                roundTo(BigDecimal.valueOf(dice.between(40, 400) * 1000L), 1000).toPlainString(),
                period.end().plusDays(60),
                currency));

        Map<String, BigDecimal> card = new LinkedHashMap<>();
        for (String role : Roles.ALL) {
            card.put(
                    role,
                    Roles.firmRate(entity, role)
                            .multiply(dice.factor(90, 105))
                            .setScale(0, RoundingMode.HALF_UP)
                            .setScale(2));
        }
        BigDecimal value = estimates.sum(project, StoryEngagements.pricedBy(card));
        String taxCode =
                us ? TaxCodes.NY_STANDARD : "DE".equals(country) ? TaxCodes.DE_VAT : TaxCodes.EU_REVERSE_CHARGE;
        DataTree terms = DataTree.data()
                .put("startDate", period.start())
                .put("endDate", period.end().plusMonths(6));
        String model;
        BigDecimal budgetAmount = null;
        switch (k % 5) {
            case 2 -> {
                model = StoryIds.FIXED_FEE;
                BigDecimal estimate = roundTo(estimates.cost(project).multiply(new BigDecimal("1.1")), 1000);
                BigDecimal fee = roundTo(estimate.multiply(new BigDecimal("1.5")), 5000);
                terms.put("fixedFee", fee)
                        .put("estimatedCost", estimate)
                        .put(
                                "milestones",
                                List.of(
                                        ContractTrees.milestone(
                                                "M1",
                                                "Phase 1 accepted",
                                                fee.divide(BigDecimal.TWO, 2, RoundingMode.UNNECESSARY),
                                                null,
                                                period.weekdayAt(50)),
                                        ContractTrees.milestone(
                                                "M2",
                                                "Final delivery",
                                                null,
                                                new BigDecimal("50"),
                                                period.end().plusMonths(1))));
                portfolio.acceptance(contract, "M1", period.weekdayAt(50), entity, "Project sponsor, " + base);
            }
            case 4 -> {
                model = StoryIds.RETAINER;
                BigDecimal included = roundTo(
                        estimates
                                .hours(project)
                                .divide(BigDecimal.valueOf(period.monthCount()), 2, RoundingMode.HALF_UP),
                        5);
                terms.put(
                                "retainer",
                                DataTree.data()
                                        .put("mode", "hours")
                                        .put(
                                                "monthlyAmount",
                                                included.multiply(BigDecimal.valueOf(us ? 190 : 170))
                                                        .setScale(2))
                                        .put("includedHours", included)
                                        .put("rolloverMonths", 1)
                                        .put("overageRate", Roles.firmRate(entity, Roles.CONSULTANT)))
                        .put("invoiceDay", 1);
            }
            default -> {
                model = StoryIds.TM;
                terms.put("startDate", period.start().minusMonths(1)).putRates("rateCard", card);
                if (k % 10 == 3) {
                    terms.put("notToExceed", roundTo(value.multiply(BigDecimal.TWO), 1000))
                            .put("notToExceedScope", "fees_and_expenses")
                            .put(
                                    "expensePolicy",
                                    DataTree.data().put("billable", true).put("markupPercent", new BigDecimal("5")));
                } else {
                    budgetAmount = roundTo(value.multiply(new BigDecimal("1.3")), 1000);
                }
            }
        }
        terms.put("taxCode", taxCode);
        portfolio.contract(
                contract, customer, entity, currency, model, period.start().minusDays(25), terms);

        String manager = us ? Roster.MANAGER_US : Roster.MANAGER_EU;
        ProjectPlan plan = new ProjectPlan(
                project,
                customer,
                contract,
                entity,
                true,
                true,
                manager,
                ProjectPlan.QUARTER_HOURS,
                List.of(
                        TaskPlan.of(
                                StoryEngagements.task(project, 1),
                                "Analysis",
                                30,
                                "Requirements analysis",
                                "Stakeholder interviews",
                                "Current-state review"),
                        TaskPlan.of(
                                StoryEngagements.task(project, 2),
                                "Delivery",
                                55,
                                "Delivery work",
                                "Workshop facilitation",
                                "Build and test",
                                "Client deliverable drafting"),
                        TaskPlan.of(
                                StoryEngagements.task(project, 3),
                                "Project management",
                                15,
                                "Status reporting",
                                "Planning session")));
        portfolio.project(
                plan,
                base + " – "
                        + List.of(
                                        "transformation programme",
                                        "operating model review",
                                        "data platform",
                                        "customer experience",
                                        "cost programme")
                                .get(k % 5),
                Roles.practiceOf(Roles.CONSULTANT, k),
                period.start().minusMonths(1),
                null,
                Portfolio.budget(roundTo(estimates.hours(project).multiply(new BigDecimal("1.2")), 10), budgetAmount));
    }
}
