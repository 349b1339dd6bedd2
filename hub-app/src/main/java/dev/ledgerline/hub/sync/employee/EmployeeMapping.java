package dev.ledgerline.hub.sync.employee;

import dev.ledgerline.core.canonical.Employee;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.hub.binding.ExternalReference;
import dev.ledgerline.hub.sync.Mapping;
import dev.ledgerline.hub.sync.MappingContext;
import dev.ledgerline.hub.sync.validation.DeliveryChecks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Employee → {@code hr.employee} of the entity's company. The HR system owns what is written: name,
 * work email, department (found by name in Odoo, created when missing), job title (the rate-card role),
 * hourly cost (its {@code standardHourlyCost}, which Odoo uses to cost timesheets) and whether the
 * employee is still employed: past its {@code endDate} the employee is archived, with the end date as
 * departure date. Everything else (manager, calendar, user, private data) stays with Odoo's users. The
 * hub's key goes in {@code x_ledgerline_ref} (docs/adr/0010).
 */
@Component
public class EmployeeMapping implements Mapping<Employee> {

    private static final Set<String> FIELDS = Set.of(
            "name",
            "work_email",
            "job_title",
            "department_id",
            "hourly_cost",
            "company_id",
            "active",
            "departure_date");

    private final DeliveryChecks checks;
    private final Clock clock;

    public EmployeeMapping(DeliveryChecks checks, Clock clock) {
        this.checks = checks;
        this.clock = clock;
    }

    @Override
    public RecordType type() {
        return RecordType.EMPLOYEE;
    }

    @Override
    public Class<Employee> recordClass() {
        return Employee.class;
    }

    @Override
    public String model() {
        return "hr.employee";
    }

    @Override
    public ExternalReference reference() {
        return ExternalReference.customField();
    }

    @Override
    public Set<String> fields() {
        return FIELDS;
    }

    @Override
    public Map<String, Object> values(Employee e, MappingContext context) {
        String who = "employee " + e.name();
        checks.knownEntity(e.entity(), who);
        if (e.standardHourlyCost() != null) {
            checks.inEntityCurrency(e.currency(), e.entity(), "the standard hourly cost of " + who);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", e.name());
        values.put("work_email", orFalse(e.email()));
        values.put("job_title", orFalse(e.role()));
        if (e.department() == null || e.department().isBlank()) {
            values.put("department_id", false);
        } else {
            values.put("department_id", department(e.department(), context));
        }
        if (e.standardHourlyCost() != null) {
            values.put("hourly_cost", e.standardHourlyCost());
        }
        context.companyId().ifPresent(company -> values.put("company_id", company));
        LocalDate today = LocalDate.now(clock);
        boolean left = e.endDate() != null && e.endDate().isBefore(today);
        values.put("active", !left);
        values.put("departure_date", e.endDate() == null ? false : e.endDate());
        return values;
    }

    private static long department(String name, MappingContext context) {
        Map<String, Object> create = new LinkedHashMap<>();
        create.put("name", name);
        context.companyId().ifPresent(company -> create.put("company_id", company));
        return context.lookupOrCreate("hr.department", "name", name, create);
    }

    private static Object orFalse(String value) {
        return value == null || value.isBlank() ? false : value;
    }
}
