package dev.ledgerline.core.demo;

/**
 * The external ids of the records that carry the demo's story, for tests and guided tours:
 * {@code source:externalId} references, as records refer to each other. docs/demo-firm.md tells
 * what each one shows.
 */
public final class DemoStory {

    /** T&M with a rate card, an employee rate, an expense policy (10 % markup, 1,500 cap) and change orders. */
    public static final String RATE_CARD_CONTRACT = "crm:" + StoryIds.K_NORTHWIND;
    /** T&M whose not-to-exceed the period's work crosses. */
    public static final String NOT_TO_EXCEED_CONTRACT = "crm:" + StoryIds.K_GLOBEX_NTE;
    /** A short T&M engagement whose project is closed mid-period. */
    public static final String CLOSED_ENGAGEMENT_CONTRACT = "crm:" + StoryIds.K_GLOBEX_SPRINT;
    /** A EUR contract billed by the USD entity, with work that starts before the contract does. */
    public static final String FOREIGN_CURRENCY_CONTRACT = "crm:" + StoryIds.K_GLOBEX_EUROPE;
    /** T&M rounded up to quarter hours, summarized invoice lines. */
    public static final String ROUNDING_CONTRACT = "crm:" + StoryIds.K_INITECH_TM;
    /** A monthly subscription cancelled mid-period. */
    public static final String CANCELLED_SUBSCRIPTION_CONTRACT = "crm:" + StoryIds.K_INITECH_SUB;
    /** A monthly subscription starting mid-month. */
    public static final String MID_MONTH_SUBSCRIPTION_CONTRACT = "crm:" + StoryIds.K_ACME_SUB;
    /** A retainer in hours with rollover (capped) and overage. */
    public static final String HOURS_RETAINER_CONTRACT = "crm:" + StoryIds.K_STARK_RETAINER;
    /** A retainer in amount mode. */
    public static final String AMOUNT_RETAINER_CONTRACT = "crm:" + StoryIds.K_WAYNE_RETAINER;
    /** A fixed fee with milestones by amount and percent, a signed fee increase and an unsigned one. */
    public static final String MILESTONE_CONTRACT = "crm:" + StoryIds.K_UMBRELLA_FIXED;
    /** A fixed fee whose cost runs past its estimate and fee. */
    public static final String OVERRUN_FIXED_FEE_CONTRACT = "crm:" + StoryIds.K_STARK_FIXED;

    public static final String NON_BILLABLE_PROJECT = "psa:" + StoryIds.NORTHWIND_PITCH;
    public static final String CLOSED_PROJECT = "psa:" + StoryIds.GLOBEX_SPRINT;
    public static final String US_INTERNAL_PROJECT = "psa:" + StoryIds.US_INTERNAL;
    public static final String EU_INTERNAL_PROJECT = "psa:" + StoryIds.EU_INTERNAL;
    /** A billable project with one non-billable task. */
    public static final String NON_BILLABLE_TASK = "psa:T-NW-PLATFORM-4";

    public static final String SUBSIDIARY_CUSTOMER = "crm:" + StoryClients.GLOBEX_EUROPE;
    public static final String PARENT_CUSTOMER = "crm:" + StoryClients.GLOBEX;

    /** The manager whose standard cost changes mid-period. */
    public static final String COST_CHANGE_EMPLOYEE = "hr:" + Roster.MANAGER_US;
    /** The engineer with a contract employee rate on the rate-card contract. */
    public static final String EMPLOYEE_RATE_EMPLOYEE = "hr:" + Roster.EMPLOYEE_RATE_ENGINEER;

    public static final String JOINER = "hr:" + Roster.JOINER;
    public static final String LEAVER = "hr:" + Roster.LEAVER;
    public static final String PART_TIME_24 = "hr:" + Roster.PART_TIME_24;
    public static final String PART_TIME_32 = "hr:" + Roster.PART_TIME_32;

    /** The subcontractor's purchase order its vendor bills consume. */
    public static final String SUBCONTRACT_COMMITMENT = "procurement:" + Procurement.DATASMITH_ORDER;
    /** An order nothing has been billed against yet. */
    public static final String OPEN_COMMITMENT = "procurement:" + Procurement.PENTEST_ORDER;

    private DemoStory() {}
}
