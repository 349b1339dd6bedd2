package dev.ledgerline.core.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything about the firm that is decided before the time sheets: staff, clients and engagements,
 * staffing, leave, and the records that are not time entries.
 */
record FirmPlan(
        long seed,
        StoryDates dates,
        Instant asOf,
        List<StaffMember> staff,
        Map<String, StaffMember> staffById,
        Map<String, List<Assignment>> staffing,
        Portfolio portfolio,
        Leaves leaves,
        List<SourceRecord> masters,
        List<SourceRecord> followUps) {

    static FirmPlan of(DemoFirmSpec spec, Period period, Instant asOf) {
        StoryDates dates = new StoryDates(period);
        Calendars calendars = new Calendars();
        int genericClients = spec.clients() - DemoFirmSpec.MIN_CLIENTS;
        List<StaffMember> staff = Roster.build(spec, dates, Math.max(genericClients, 1));
        Map<String, StaffMember> byId = new LinkedHashMap<>();
        staff.forEach(s -> byId.put(s.id(), s));
        Map<String, List<Assignment>> staffing =
                Staffing.build(staff, dates, GenericEngagements.projectIds(genericClients));
        Estimates estimates = Estimates.of(staff, staffing, period, calendars);

        Portfolio portfolio = new Portfolio();
        portfolio.masters.addAll(StoryClients.customers(period));
        StoryEngagements.build(portfolio, dates, estimates);
        portfolio.masters.addAll(StoryClients.opportunities(period));
        GenericEngagements.build(portfolio, genericClients, period, estimates, spec.seed());
        Leaves leaves = Leaves.of(staff, dates, calendars, spec.seed());

        List<SourceRecord> masters = new ArrayList<>(portfolio.masters);
        masters.addAll(People.firstVersions(staff, period));
        masters.addAll(Procurement.commitments(period));
        masters.addAll(leaves.records);

        List<SourceRecord> followUps = new ArrayList<>(portfolio.later);
        followUps.addAll(People.laterVersions(staff, period));
        followUps.addAll(Expenses.of(staff, staffing, portfolio.projects, dates, calendars, asOf, spec.seed()));
        followUps.addAll(Procurement.bills(period, asOf, spec.seed()));
        followUps.addAll(Payroll.of(staff, period, asOf));
        return new FirmPlan(
                spec.seed(),
                dates,
                asOf,
                staff,
                Map.copyOf(byId),
                staffing,
                portfolio,
                leaves,
                List.copyOf(masters),
                List.copyOf(followUps));
    }

    TimeSheets timeSheets() {
        return new TimeSheets(this);
    }
}
