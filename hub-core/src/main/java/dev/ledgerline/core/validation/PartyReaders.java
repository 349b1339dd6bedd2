package dev.ledgerline.core.validation;

import dev.ledgerline.core.canonical.Address;
import dev.ledgerline.core.canonical.Customer;
import dev.ledgerline.core.canonical.Employee;
import dev.ledgerline.core.canonical.Leave;
import dev.ledgerline.core.canonical.Opportunity;
import dev.ledgerline.core.canonical.PayrollCost;
import dev.ledgerline.core.canonical.Ref;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Readers of the people and parties: customer, employee, leave, opportunity, payroll cost. */
final class PartyReaders {

    private static final BigDecimal HOURS_A_WEEK = BigDecimal.valueOf(168);

    private PartyReaders() {}

    static Customer customer(Fields f, Instant occurredAt) {
        int before = f.problems().size();
        String name = f.text("name", true);
        String entity = f.text("entity", true);
        String vat = f.text("vatNumber", false);
        String country = f.text("country", false);
        String currency = f.currency("currency", false);
        Integer terms = f.integer("paymentTermsDays", false, 0, 3650);
        String email = f.text("billingEmail", false);
        Fields a = f.object("address", false);
        Address address = a == null
                ? null
                : new Address(
                        a.text("street", false), a.text("city", false), a.text("zip", false), a.text("country", false));
        Ref parent = f.ref("parent", false);
        if (!Checks.clean(f, before)) {
            return null;
        }
        return new Customer(name, entity, vat, country, currency, terms, email, address, parent);
    }

    static Employee employee(Fields f, Instant occurredAt) {
        int before = f.problems().size();
        String name = f.text("name", true);
        String entity = f.text("entity", true);
        String email = f.text("email", false);
        String role = f.text("role", false);
        String practice = f.text("practice", false);
        String department = f.text("department", false);
        Ref manager = f.ref("managerId", false);
        BigDecimal cost = Checks.notNegative(f, "standardHourlyCost", f.decimal("standardHourlyCost", false));
        String currency = f.currency("currency", false);
        BigDecimal capacity = f.decimal("weeklyCapacityHours", false);
        if (capacity != null && (capacity.signum() < 0 || capacity.compareTo(HOURS_A_WEEK) > 0)) {
            f.problem(ErrorCode.INVALID_VALUE, "weeklyCapacityHours", "weeklyCapacityHours must be 0 to 168");
        }
        LocalDate start = f.date("startDate", false);
        LocalDate end = f.date("endDate", false);
        Checks.ordered(f, "endDate", start, end);
        LocalDate validFrom = f.date("validFrom", false);
        if (validFrom == null && occurredAt != null) {
            // contract.md: validFrom defaults to the date of the version's occurredAt
            validFrom = LocalDate.ofInstant(occurredAt, ZoneOffset.UTC);
        }
        if (!Checks.clean(f, before)) {
            return null;
        }
        return new Employee(
                name,
                entity,
                email,
                role,
                practice,
                department,
                manager,
                cost,
                currency,
                capacity,
                start,
                end,
                validFrom);
    }

    static Leave leave(Fields f, Instant occurredAt) {
        int before = f.problems().size();
        Ref employee = f.ref("employee", true);
        LocalDate date = f.date("date", true);
        BigDecimal hours = Checks.hoursOfADay(f, "hours", f.decimal("hours", true));
        Leave.Kind kind = f.enumValue("kind", Leave.Kind.class, false);
        Leave.Status status = f.enumValue("status", Leave.Status.class, false);
        if (!Checks.clean(f, before)) {
            return null;
        }
        return new Leave(employee, date, hours, kind, status);
    }

    static Opportunity opportunity(Fields f, Instant occurredAt) {
        int before = f.problems().size();
        Ref customer = f.ref("customer", true);
        String name = f.text("name", true);
        String stage = f.text("stage", false);
        BigDecimal revenue = f.decimal("expectedRevenue", false);
        BigDecimal probability = f.decimal("probability", false);
        if (probability != null && (probability.signum() < 0 || probability.compareTo(BigDecimal.valueOf(100)) > 0)) {
            f.problem(ErrorCode.INVALID_VALUE, "probability", "probability must be 0 to 100");
        }
        LocalDate close = f.date("expectedCloseDate", false);
        String currency = f.currency("currency", false);
        if (!Checks.clean(f, before)) {
            return null;
        }
        return new Opportunity(customer, name, stage, revenue, probability, close, currency);
    }

    static PayrollCost payrollCost(Fields f, Instant occurredAt) {
        int before = f.problems().size();
        Ref employee = f.ref("employee", true);
        LocalDate start = f.date("periodStart", true);
        LocalDate end = f.date("periodEnd", true);
        Checks.ordered(f, "periodEnd", start, end);
        BigDecimal amount = f.decimal("amount", true);
        String currency = f.currency("currency", false);
        if (!Checks.clean(f, before)) {
            return null;
        }
        return new PayrollCost(employee, start, end, amount, currency);
    }
}
