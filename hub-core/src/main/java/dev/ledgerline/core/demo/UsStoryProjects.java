package dev.ledgerline.core.demo;

import static dev.ledgerline.core.demo.Estimates.roundTo;
import static dev.ledgerline.core.demo.StoryEngagements.client;
import static dev.ledgerline.core.demo.StoryEngagements.task;
import static dev.ledgerline.core.demo.StoryIds.GLOBEX_ASSESSMENT;
import static dev.ledgerline.core.demo.StoryIds.GLOBEX_EUROPE;
import static dev.ledgerline.core.demo.StoryIds.GLOBEX_SPRINT;
import static dev.ledgerline.core.demo.StoryIds.INITECH_BI;
import static dev.ledgerline.core.demo.StoryIds.INITECH_ROLLOUT;
import static dev.ledgerline.core.demo.StoryIds.K_GLOBEX_EUROPE;
import static dev.ledgerline.core.demo.StoryIds.K_GLOBEX_NTE;
import static dev.ledgerline.core.demo.StoryIds.K_GLOBEX_SPRINT;
import static dev.ledgerline.core.demo.StoryIds.K_INITECH_SUB;
import static dev.ledgerline.core.demo.StoryIds.K_INITECH_TM;
import static dev.ledgerline.core.demo.StoryIds.K_NORTHWIND;
import static dev.ledgerline.core.demo.StoryIds.K_STARK_FIXED;
import static dev.ledgerline.core.demo.StoryIds.K_STARK_RETAINER;
import static dev.ledgerline.core.demo.StoryIds.NORTHWIND_PITCH;
import static dev.ledgerline.core.demo.StoryIds.NORTHWIND_PLATFORM;
import static dev.ledgerline.core.demo.StoryIds.STARK_ADVISORY;
import static dev.ledgerline.core.demo.StoryIds.STARK_DILIGENCE;

import dev.ledgerline.core.canonical.RecordType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The story's projects of the US entity, with their tasks and budgets. */
final class UsStoryProjects {

    private final Portfolio portfolio;
    private final Period period;
    private final StoryDates dates;
    private final Estimates estimates;

    UsStoryProjects(Portfolio portfolio, StoryDates dates, Estimates estimates) {
        this.portfolio = portfolio;
        this.period = dates.period();
        this.dates = dates;
        this.estimates = estimates;
    }

    void northwindProjects() {
        LocalDate start = period.start().minusMonths(2);
        ProjectPlan platform = client(
                NORTHWIND_PLATFORM,
                StoryClients.NORTHWIND,
                K_NORTHWIND,
                Entities.US,
                Roster.MANAGER_US,
                List.of(
                        TaskPlan.of(
                                task(NORTHWIND_PLATFORM, 1),
                                "Architecture & discovery",
                                20,
                                "Target architecture workshop",
                                "Reviewed integration landscape",
                                "Discovery interviews with operations"),
                        TaskPlan.of(
                                task(NORTHWIND_PLATFORM, 2),
                                "Build sprints",
                                60,
                                "Order service refactoring",
                                "Sprint work: inventory API",
                                "Code review and pairing",
                                "Event streaming spike"),
                        TaskPlan.of(
                                task(NORTHWIND_PLATFORM, 3),
                                "Testing & release",
                                15,
                                "Regression testing",
                                "Release preparation",
                                "Performance test run"),
                        TaskPlan.of(
                                        task(NORTHWIND_PLATFORM, 4),
                                        "Onboarding & knowledge transfer",
                                        5,
                                        "Onboarding to the client environment",
                                        "Knowledge transfer session")
                                .notBillable()));
        portfolio.project(
                platform,
                "Northwind – platform modernisation",
                Practices.ENGINEERING,
                start,
                null,
                Portfolio.budget(
                        roundTo(estimates.hours(NORTHWIND_PLATFORM).multiply(new BigDecimal("1.15")), 10),
                        roundTo(
                                estimates
                                        .sum(NORTHWIND_PLATFORM, UsStoryContracts.NORTHWIND_RATES)
                                        .multiply(new BigDecimal("1.3")),
                                1000)));
        ProjectPlan pitch = new ProjectPlan(
                NORTHWIND_PITCH,
                StoryClients.NORTHWIND,
                K_NORTHWIND,
                Entities.US,
                true,
                false,
                Roster.PARTNER_US,
                ProjectPlan.QUARTER_HOURS,
                List.of(
                        TaskPlan.of(
                                task(NORTHWIND_PITCH, 1),
                                "Pitch preparation",
                                70,
                                "Drafted proposal storyline",
                                "Prepared data strategy pitch deck"),
                        TaskPlan.of(
                                task(NORTHWIND_PITCH, 2),
                                "Client workshops",
                                30,
                                "Pitch workshop with Northwind CDO")));
        portfolio.project(
                pitch,
                "Northwind – data strategy pitch",
                Practices.STRATEGY,
                dates.pitchStart(),
                dates.pitchEnd(),
                DataTree.data());
    }

    void globexProjects() {
        ProjectPlan assessment = client(
                GLOBEX_ASSESSMENT,
                StoryClients.GLOBEX,
                K_GLOBEX_NTE,
                Entities.US,
                Roster.PARTNER_US,
                List.of(
                        TaskPlan.of(
                                task(GLOBEX_ASSESSMENT, 1),
                                "Current-state assessment",
                                40,
                                "Warehouse site interviews",
                                "Current-state process mapping"),
                        TaskPlan.of(
                                task(GLOBEX_ASSESSMENT, 2),
                                "Data modelling",
                                30,
                                "Demand data model review",
                                "Inventory data quality analysis"),
                        TaskPlan.of(
                                task(GLOBEX_ASSESSMENT, 3),
                                "Recommendations",
                                30,
                                "Drafted recommendations",
                                "Steering committee preparation")));
        portfolio.project(
                assessment,
                "Globex – supply-chain assessment",
                Practices.STRATEGY,
                period.start().minusMonths(1),
                null,
                Portfolio.budget(roundTo(estimates.hours(GLOBEX_ASSESSMENT), 10), null));
        ProjectPlan sprint = client(
                GLOBEX_SPRINT,
                StoryClients.GLOBEX,
                K_GLOBEX_SPRINT,
                Entities.US,
                Roster.PARTNER_US,
                List.of(
                        TaskPlan.of(
                                task(GLOBEX_SPRINT, 1),
                                "Pricing analysis",
                                70,
                                "Price elasticity analysis",
                                "Competitor price benchmark"),
                        TaskPlan.of(
                                task(GLOBEX_SPRINT, 2), "Readout", 30, "Readout deck", "Readout with pricing team")));
        portfolio.project(
                sprint,
                "Globex – pricing sprint",
                Practices.STRATEGY,
                period.start().minusMonths(1),
                null,
                DataTree.data());
        // the PSA closes the sprint project on its last day
        portfolio.later.add(new SourceRecord(
                Sources.PSA,
                RecordType.PROJECT,
                GLOBEX_SPRINT,
                2,
                Moments.at(Period.weekdaysAfter(dates.sprintClose(), 1), 10, 0, Entities.US),
                Entities.US,
                Portfolio.projectData(
                        sprint,
                        "Globex – pricing sprint",
                        Practices.STRATEGY,
                        period.start().minusMonths(1),
                        dates.sprintClose(),
                        "closed",
                        DataTree.data())));
        ProjectPlan europe = client(
                GLOBEX_EUROPE,
                StoryClients.GLOBEX_EUROPE,
                K_GLOBEX_EUROPE,
                Entities.US,
                Roster.PARTNER_US,
                List.of(
                        TaskPlan.of(
                                task(GLOBEX_EUROPE, 1),
                                "Research",
                                30,
                                "Customer interviews in Frankfurt",
                                "Journey mapping"),
                        TaskPlan.of(
                                task(GLOBEX_EUROPE, 2),
                                "Portal design",
                                70,
                                "Portal wireframes",
                                "Design system components",
                                "Usability test round")));
        portfolio.project(
                europe,
                "Globex Europe – customer portal design",
                Practices.DESIGN,
                dates.globexEuropeKickoff(),
                null,
                Portfolio.budget(roundTo(estimates.hours(GLOBEX_EUROPE).multiply(new BigDecimal("1.2")), 10), null));
    }

    void initechProjects() {
        ProjectPlan rollout = new ProjectPlan(
                INITECH_ROLLOUT,
                StoryClients.INITECH,
                K_INITECH_TM,
                Entities.US,
                true,
                true,
                Roster.MANAGER_US,
                ProjectPlan.TENTHS,
                List.of(
                        TaskPlan.of(
                                task(INITECH_ROLLOUT, 1),
                                "Data pipeline",
                                45,
                                "Ingestion jobs for TPS reports",
                                "Pipeline monitoring",
                                "Backfill of historical data"),
                        TaskPlan.of(
                                task(INITECH_ROLLOUT, 2),
                                "Dashboards",
                                35,
                                "Sales dashboard iteration",
                                "KPI definitions with finance"),
                        TaskPlan.of(
                                task(INITECH_ROLLOUT, 3),
                                "UAT rework",
                                10,
                                "Rework after UAT findings",
                                "Fixed dashboard totals after UAT"),
                        TaskPlan.of(
                                        task(INITECH_ROLLOUT, 4),
                                        "Tech lead cover",
                                        10,
                                        "Covered tech lead duties",
                                        "Architecture decisions while the lead was out")
                                .asRole(Roles.SENIOR_ENGINEER)));
        portfolio.project(
                rollout,
                "Initech – analytics rollout",
                Practices.ENGINEERING,
                period.start().minusMonths(1),
                null,
                Portfolio.budget(
                        roundTo(estimates.hours(INITECH_ROLLOUT).multiply(new BigDecimal("1.3")), 10),
                        roundTo(
                                estimates
                                        .sum(INITECH_ROLLOUT, UsStoryContracts.INITECH_RATES)
                                        .multiply(new BigDecimal("1.4")),
                                1000)));
        ProjectPlan bi = client(
                INITECH_BI,
                StoryClients.INITECH,
                K_INITECH_SUB,
                Entities.US,
                Roster.MANAGER_US,
                List.of(TaskPlan.of(
                        task(INITECH_BI, 1), "Service desk", 100, "Service desk tickets", "Monthly BI health check")));
        portfolio.project(
                bi, "Initech – managed BI service", Practices.ENGINEERING, period.start(), null, DataTree.data());
    }

    void starkProjects() {
        ProjectPlan advisory = client(
                STARK_ADVISORY,
                StoryClients.STARK,
                K_STARK_RETAINER,
                Entities.US,
                Roster.PARTNER_US,
                List.of(
                        TaskPlan.of(
                                task(STARK_ADVISORY, 1),
                                "Board advisory",
                                50,
                                "Board pack review",
                                "Advisory call with the COO"),
                        TaskPlan.of(
                                task(STARK_ADVISORY, 2),
                                "Operating model",
                                50,
                                "Operating model options",
                                "Org design workshop")));
        portfolio.project(
                advisory, "Stark – managed advisory", Practices.STRATEGY, period.start(), null, DataTree.data());
        ProjectPlan diligence = client(
                STARK_DILIGENCE,
                StoryClients.STARK,
                K_STARK_FIXED,
                Entities.US,
                Roster.PARTNER_US,
                List.of(
                        TaskPlan.of(
                                task(STARK_DILIGENCE, 1),
                                "Commercial diligence",
                                60,
                                "Market sizing",
                                "Customer reference calls",
                                "Management interview"),
                        TaskPlan.of(
                                task(STARK_DILIGENCE, 2),
                                "Report",
                                40,
                                "Diligence report drafting",
                                "Red-flag summary")));
        // the budget was set low: the remaining estimate is small while the fee is already exceeded
        portfolio.project(
                diligence,
                "Stark – acquisition due diligence",
                Practices.STRATEGY,
                dates.diligenceStart(),
                dates.diligenceEnd(),
                Portfolio.budget(roundTo(estimates.hours(STARK_DILIGENCE).multiply(new BigDecimal("0.8")), 10), null));
    }
}
