package dev.ledgerline.core.demo;

/** The order in which the demo firm's envelopes are handed out. */
public enum IngestOrder {
    /**
     * Parents before children: customers, employees, contracts, projects, tasks and the other
     * master data first, then the time entries day by day, then later versions, costs and payroll.
     */
    PARENTS_FIRST,
    /**
     * For tests of dependency waiting: the first working day's time entries come before any master
     * data, and the master data come in a seeded shuffle (tasks before their projects, leave before
     * its employee…). The rest is as in {@link #PARENTS_FIRST}.
     */
    SHUFFLED
}
