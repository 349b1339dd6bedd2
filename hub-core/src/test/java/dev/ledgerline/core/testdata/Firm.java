package dev.ledgerline.core.testdata;

import dev.ledgerline.core.canonical.Employee;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.firm.FirmRate;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A small firm: entity {@code us} in USD, employees and projects with valid defaults. */
public final class Firm {

    public static final String ENTITY = "us";
    public static final String USD = "USD";
    public static final Ref CUSTOMER = new Ref("crm", "C1");
    public static final Ref CONTRACT = new Ref("crm", "K1");

    private Firm() {}

    public static Employee employee(String role) {
        return employee(role, null);
    }

    public static Employee employee(String role, String validFrom) {
        return new Employee(
                "Ada",
                ENTITY,
                null,
                role,
                "consulting",
                null,
                null,
                new BigDecimal("60"),
                USD,
                null,
                null,
                null,
                validFrom == null ? null : LocalDate.parse(validFrom));
    }

    public static Project clientProject(String name) {
        return project(name, Project.Kind.CLIENT, null, true);
    }

    public static Project project(String name, Project.Kind kind, Project.Status status, boolean billable) {
        return new Project(
                name,
                CUSTOMER,
                ENTITY,
                kind,
                kind == Project.Kind.CLIENT ? CONTRACT : null,
                status,
                null,
                "consulting",
                null,
                null,
                null,
                null,
                billable);
    }

    public static FirmRate firmRate(String role, String rate, String validFrom) {
        return new FirmRate(ENTITY, role, new BigDecimal(rate), USD, LocalDate.parse(validFrom));
    }
}
