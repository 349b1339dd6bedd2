package dev.ledgerline.hub.sync.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.core.canonical.Employee;
import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.core.ledger.ExceptionCategory;
import dev.ledgerline.hub.sync.validation.DeliveryChecks;
import dev.ledgerline.hub.sync.validation.DeliveryRefusedException;
import dev.ledgerline.hub.testing.KnownOdoo;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmployeeMappingTest {

    private static final Clock MARCH_2 = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);

    private final DeliveryChecks firm = new DeliveryChecks(
            Map.of("us", EntitySettings.of("us", "USD"), "eu", EntitySettings.of("eu", "EUR")), Set.of());
    private final EmployeeMapping mapping = new EmployeeMapping(firm, MARCH_2);

    private final KnownOdoo odoo = new KnownOdoo().company(3).holds("hr.department", "name", "Delivery", 12);

    private static Employee ada(String department, String currency, LocalDate endDate) {
        return new Employee(
                "Ada Lovelace",
                "us",
                "ada@firm.example",
                "senior",
                "advisory",
                department,
                null,
                new BigDecimal("82.50"),
                currency,
                null,
                LocalDate.of(2024, 1, 8),
                endDate,
                null);
    }

    @Test
    void employeeGoesToTheEntitysCompanyWithHourlyCostRoleAndDepartment() {
        Map<String, Object> values = mapping.values(ada("Delivery", "USD", null), odoo);

        assertThat(values)
                .containsEntry("name", "Ada Lovelace")
                .containsEntry("work_email", "ada@firm.example")
                .containsEntry("job_title", "senior")
                .containsEntry("department_id", 12L)
                .containsEntry("hourly_cost", new BigDecimal("82.50"))
                .containsEntry("company_id", 3L)
                .containsEntry("active", true)
                .containsEntry("departure_date", false);
        assertThat(mapping.fields()).containsAll(values.keySet());
        assertThat(mapping.reference().field()).isEqualTo("x_ledgerline_ref");
    }

    @Test
    void aDepartmentOdooLacksIsCreatedInTheEntitysCompany() {
        Map<String, Object> values = mapping.values(ada("Strategy", "USD", null), odoo);

        assertThat(odoo.created()).containsExactly(Map.of("name", "Strategy", "company_id", 3L));
        assertThat(values).containsEntry("department_id", 1000L);
    }

    @Test
    void employeePastTheirEndDateIsArchivedWithTheEndDateAsDepartureDate() {
        assertThat(mapping.values(ada("Delivery", "USD", LocalDate.of(2026, 3, 1)), odoo))
                .containsEntry("active", false)
                .containsEntry("departure_date", LocalDate.of(2026, 3, 1));
        assertThat(mapping.values(ada("Delivery", "USD", LocalDate.of(2026, 3, 2)), odoo))
                .as("still employed on the last day")
                .containsEntry("active", true)
                .containsEntry("departure_date", LocalDate.of(2026, 3, 2));
    }

    @Test
    void hourlyCostInAnotherCurrencyThanTheEntitysIsRefusedByPolicy() {
        assertThatThrownBy(() -> mapping.values(ada("Delivery", "EUR", null), odoo))
                .isInstanceOfSatisfying(DeliveryRefusedException.class, e -> {
                    assertThat(e.category()).isEqualTo(ExceptionCategory.POLICY);
                    assertThat(e.code()).isEqualTo("CURRENCY_MISMATCH");
                })
                .hasMessageContaining("EUR")
                .hasMessageContaining("USD");
    }

    @Test
    void withoutACostTheHourlyCostIsLeftToOdooAndWithoutACompanyToOdoosDefault() {
        Employee noCost = new Employee("Bo", "us", null, null, null, null, null, null, null, null, null, null, null);

        Map<String, Object> values = mapping.values(noCost, new KnownOdoo());

        assertThat(values)
                .doesNotContainKeys("hourly_cost", "company_id")
                .containsEntry("department_id", false)
                .containsEntry("work_email", false);
    }
}
