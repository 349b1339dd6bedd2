package dev.ledgerline.core.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Fills the defaults of a staff member so the story sets only what it is about. */
final class StaffBuilder {
    private final int index;
    private final String name;
    private final String entity;
    private final String role;
    private final String practice;
    private final String manager;
    private final int weekly;
    private final LocalDate start;
    BigDecimal cost;
    private LocalDate end;
    private LocalDate changeFrom;
    private BigDecimal changedCost;
    private int low = 82;
    private int high = 98;
    private BigDecimal payroll = new BigDecimal("1.04");

    StaffBuilder(
            int index,
            String name,
            String entity,
            String role,
            String practice,
            String manager,
            int weekly,
            LocalDate start) {
        this.index = index;
        this.name = name;
        this.entity = entity;
        this.role = role;
        this.practice = practice;
        this.manager = manager;
        this.weekly = weekly;
        this.start = start;
        this.cost = Roles.standardCost(entity, role);
    }

    StaffBuilder costChange(LocalDate from, String newCost) {
        changeFrom = from;
        changedCost = new BigDecimal(newCost);
        return this;
    }

    StaffBuilder leaves(LocalDate lastDay) {
        end = lastDay;
        return this;
    }

    StaffBuilder utilisation(int lowPercent, int highPercent) {
        low = lowPercent;
        high = highPercent;
        return this;
    }

    StaffBuilder payroll(String factor) {
        payroll = new BigDecimal(factor);
        return this;
    }

    StaffMember build() {
        return new StaffMember(
                index,
                Roster.id(index),
                name,
                Roster.email(name, entity),
                entity,
                role,
                practice,
                Practices.departmentOf(practice, role),
                manager,
                cost,
                BigDecimal.valueOf(weekly),
                start,
                end,
                changeFrom,
                changedCost,
                low,
                high,
                payroll);
    }
}
