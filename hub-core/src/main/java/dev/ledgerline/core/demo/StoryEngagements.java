package dev.ledgerline.core.demo;

import static dev.ledgerline.core.demo.Estimates.roundTo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The story's contracts and projects: one of every billing model and option, each on a project
 * whose staffing makes the situation it is there for happen (a not-to-exceed crossed, a retainer
 * overrun, a fixed fee over its estimate…). Figures tied to the work are sized from the staffing
 * plan's {@link Estimates}.
 */
final class StoryEngagements {

    static final String NORTHWIND_PLATFORM = "P-NW-PLATFORM";
    static final String NORTHWIND_PITCH = "P-NW-PITCH";
    static final String GLOBEX_ASSESSMENT = "P-GLOBEX-ASSESS";
    static final String GLOBEX_SPRINT = "P-GLOBEX-SPRINT";
    static final String GLOBEX_EUROPE = "P-GLOBEX-DE";
    static final String INITECH_ROLLOUT = "P-INITECH-ROLLOUT";
    static final String INITECH_BI = "P-INITECH-BI";
    static final String STARK_ADVISORY = "P-STARK-ADVISORY";
    static final String STARK_DILIGENCE = "P-STARK-DILIGENCE";
    static final String UMBRELLA_PLATFORM = "P-UMB-PLATFORM";
    static final String WAYNE_ADVISORY = "P-WAYNE-ADVISORY";
    static final String ACME_SUBSCRIPTION = "P-ACME-SUB";
    static final String US_INTERNAL = "P-US-INTERNAL";
    static final String EU_INTERNAL = "P-EU-INTERNAL";

    static final String K_NORTHWIND = "K-NW-TM";
    static final String K_GLOBEX_NTE = "K-GLOBEX-NTE";
    static final String K_GLOBEX_SPRINT = "K-GLOBEX-SPRINT";
    static final String K_GLOBEX_EUROPE = "K-GLOBEX-DE";
    static final String K_INITECH_TM = "K-INITECH-TM";
    static final String K_INITECH_SUB = "K-INITECH-SUB";
    static final String K_STARK_RETAINER = "K-STARK-RET";
    static final String K_STARK_FIXED = "K-STARK-FF";
    static final String K_UMBRELLA_FIXED = "K-UMB-FF";
    static final String K_WAYNE_RETAINER = "K-WAYNE-RET";
    static final String K_ACME_SUB = "K-ACME-SUB";

    static final String TM = "time_and_materials";
    static final String FIXED_FEE = "fixed_fee";
    static final String RETAINER = "retainer";
    static final String SUBSCRIPTION = "subscription";

    private final Portfolio portfolio;
    private final Period period;
    private final StoryDates dates;
    private final Estimates estimates;

    private StoryEngagements(Portfolio portfolio, StoryDates dates, Estimates estimates) {
        this.portfolio = portfolio;
        this.period = dates.period();
        this.dates = dates;
        this.estimates = estimates;
    }

    static void build(Portfolio portfolio, StoryDates dates, Estimates estimates) {
        StoryEngagements s = new StoryEngagements(portfolio, dates, estimates);
        StoryContracts contracts = new StoryContracts(portfolio, dates, estimates);
        contracts.northwind();
        s.northwindProjects();
        contracts.globex();
        s.globexProjects();
        contracts.initech();
        s.initechProjects();
        contracts.stark();
        s.starkProjects();
        contracts.umbrella();
        contracts.wayne();
        contracts.acme();
        s.euProjects();
        s.internalProjects();
    }

    private void northwindProjects() {
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
                                        .sum(NORTHWIND_PLATFORM, StoryContracts.NORTHWIND_RATES)
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

    private void globexProjects() {
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
                dev.ledgerline.core.canonical.RecordType.PROJECT,
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

    private void initechProjects() {
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
                                        .sum(INITECH_ROLLOUT, StoryContracts.INITECH_RATES)
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

    private void starkProjects() {
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

    private void euProjects() {
        ProjectPlan umbrella = client(
                UMBRELLA_PLATFORM,
                StoryClients.UMBRELLA,
                K_UMBRELLA_FIXED,
                Entities.EU,
                Roster.MANAGER_EU,
                List.of(
                        TaskPlan.of(
                                task(UMBRELLA_PLATFORM, 1),
                                "Discovery",
                                20,
                                "Clinical data discovery",
                                "Stakeholder interviews in Paris"),
                        TaskPlan.of(
                                task(UMBRELLA_PLATFORM, 2),
                                "Platform build",
                                60,
                                "Data lake ingestion",
                                "Consent service",
                                "Trial data model"),
                        TaskPlan.of(
                                task(UMBRELLA_PLATFORM, 3),
                                "Validation",
                                20,
                                "GxP validation scripts",
                                "Validation evidence pack")));
        portfolio.project(
                umbrella,
                "Umbrella – clinical data platform",
                Practices.ENGINEERING,
                period.start(),
                null,
                Portfolio.budget(
                        roundTo(estimates.hours(UMBRELLA_PLATFORM).multiply(new BigDecimal("1.25")), 10), null));
        ProjectPlan wayne = client(
                WAYNE_ADVISORY,
                StoryClients.WAYNE,
                K_WAYNE_RETAINER,
                Entities.EU,
                Roster.MANAGER_EU,
                List.of(
                        TaskPlan.of(
                                task(WAYNE_ADVISORY, 1),
                                "Network strategy",
                                60,
                                "Hub location analysis",
                                "Network cost model"),
                        TaskPlan.of(task(WAYNE_ADVISORY, 2), "Workshops", 40, "Workshop with the Hamburg team")));
        portfolio.project(
                wayne, "Wayne – logistics advisory", Practices.STRATEGY, period.start(), null, DataTree.data());
        ProjectPlan acme = client(
                ACME_SUBSCRIPTION,
                StoryClients.ACME,
                K_ACME_SUB,
                Entities.EU,
                Roster.MANAGER_EU,
                List.of(TaskPlan.of(
                        task(ACME_SUBSCRIPTION, 1),
                        "Platform operations",
                        100,
                        "Loyalty analytics platform operations",
                        "Monthly model refresh")));
        portfolio.project(
                acme,
                "Acme – loyalty analytics subscription",
                Practices.ENGINEERING,
                dates.acmeStart(),
                null,
                DataTree.data());
    }

    private void internalProjects() {
        for (String entity : List.of(Entities.US, Entities.EU)) {
            boolean us = Entities.US.equals(entity);
            String id = us ? US_INTERNAL : EU_INTERNAL;
            ProjectPlan internal = new ProjectPlan(
                    id,
                    us ? StoryClients.FIRM_US : StoryClients.FIRM_EU,
                    null,
                    entity,
                    false,
                    false,
                    us ? Roster.PARTNER_US : Roster.MANAGER_EU,
                    ProjectPlan.QUARTER_HOURS,
                    List.of(
                            TaskPlan.of(task(id, 1), "Training", 30, "Certification training", "Internal academy"),
                            TaskPlan.of(
                                    task(id, 2),
                                    "Business development",
                                    40,
                                    "Proposal support",
                                    "Client pitch preparation"),
                            TaskPlan.of(task(id, 3), "Knowledge sharing", 30, "Practice meeting", "Wrote case study")));
            portfolio.project(
                    internal,
                    us ? "Practice development (US)" : "Practice development (EU)",
                    Practices.STRATEGY,
                    period.start().minusYears(1),
                    null,
                    DataTree.data());
        }
    }

    private static ProjectPlan client(
            String id, String customer, String contract, String entity, String manager, List<TaskPlan> tasks) {
        return new ProjectPlan(id, customer, contract, entity, true, true, manager, ProjectPlan.QUARTER_HOURS, tasks);
    }

    static String task(String projectId, int n) {
        return "T-" + projectId.substring(2) + "-" + n;
    }

    /** Rate cards in insertion order: role, rate, role, rate… */
    static Map<String, BigDecimal> rates(String... roleAndRate) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < roleAndRate.length; i += 2) {
            m.put(roleAndRate[i], new BigDecimal(roleAndRate[i + 1]));
        }
        return m;
    }

    /** Prices an employee's planned hours by a contract's rate card, else the firm's rate. */
    static Function<StaffMember, BigDecimal> pricedBy(Map<String, BigDecimal> card) {
        return s -> card.getOrDefault(s.role(), Roles.firmRate(s.entity(), s.role()));
    }
}
