package dev.ledgerline.core.demo;

import static dev.ledgerline.core.demo.Estimates.roundTo;
import static dev.ledgerline.core.demo.StoryEngagements.client;
import static dev.ledgerline.core.demo.StoryEngagements.task;
import static dev.ledgerline.core.demo.StoryIds.ACME_SUBSCRIPTION;
import static dev.ledgerline.core.demo.StoryIds.EU_INTERNAL;
import static dev.ledgerline.core.demo.StoryIds.K_ACME_SUB;
import static dev.ledgerline.core.demo.StoryIds.K_UMBRELLA_FIXED;
import static dev.ledgerline.core.demo.StoryIds.K_WAYNE_RETAINER;
import static dev.ledgerline.core.demo.StoryIds.UMBRELLA_PLATFORM;
import static dev.ledgerline.core.demo.StoryIds.US_INTERNAL;
import static dev.ledgerline.core.demo.StoryIds.WAYNE_ADVISORY;

import java.math.BigDecimal;
import java.util.List;

/** The story's projects of the EU entity, and both entities' internal projects. */
final class EuStoryProjects {

    private final Portfolio portfolio;
    private final Period period;
    private final StoryDates dates;
    private final Estimates estimates;

    EuStoryProjects(Portfolio portfolio, StoryDates dates, Estimates estimates) {
        this.portfolio = portfolio;
        this.period = dates.period();
        this.dates = dates;
        this.estimates = estimates;
    }

    void euProjects() {
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

    void internalProjects() {
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
}
