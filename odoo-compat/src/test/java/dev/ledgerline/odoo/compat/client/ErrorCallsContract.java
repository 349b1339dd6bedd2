package dev.ledgerline.odoo.compat.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ledgerline.odoo.client.Command;
import dev.ledgerline.odoo.client.Domain;
import dev.ledgerline.odoo.client.OdooAccessDeniedException;
import dev.ledgerline.odoo.client.OdooAccessRightsException;
import dev.ledgerline.odoo.client.OdooClient;
import dev.ledgerline.odoo.client.OdooInvalidValueException;
import dev.ledgerline.odoo.client.OdooMissingRecordException;
import dev.ledgerline.odoo.client.OdooModel;
import dev.ledgerline.odoo.client.OdooUnknownFieldException;
import dev.ledgerline.odoo.client.OdooUnknownModelException;
import dev.ledgerline.odoo.client.OdooUserErrorException;
import dev.ledgerline.odoo.client.OdooValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Real failures and the exception type the client gives each, run against every {@link OdooTarget}. */
interface ErrorCallsContract {

    OdooTarget target();

    private OdooModel partners() {
        return target().admin().model("res.partner");
    }

    @Test
    default void wrongSecretIsAccessDenied() {
        try (OdooClient intruder = target().withWrongSecret()) {
            OdooAccessDeniedException denied = catchThrowableOfType(OdooAccessDeniedException.class, intruder::connect);

            assertThat(denied).isNotNull();
            assertThat(denied.isRetryable()).isFalse();
        }
    }

    @Test
    default void timesheetOnlyUserMayReadPartnersButNotCreateOrWriteInvoices() {
        OdooClient odoo = target().admin();
        String run = target().unique("int-ts");
        long invoice = TestInvoices.draft(odoo, run);
        long employeeGroup = groupId(odoo, "base", "group_user");
        long timesheetGroup = groupId(odoo, "hr_timesheet", "group_hr_timesheet_user");
        String groupsField = odoo.dialect()
                .firstExistingField("res.users", "group_ids", "groups_id")
                .orElseThrow();
        odoo.model("res.users")
                .create(Map.of(
                        "name",
                        "Integration (timesheets) " + run,
                        "login",
                        run,
                        "password",
                        run + "-pass",
                        groupsField,
                        List.of(Command.set(List.of(employeeGroup, timesheetGroup)))));

        try (OdooClient timesheets = target().as(run, run + "-pass")) {
            OdooModel moves = timesheets.model("account.move");

            assertThat(timesheets.model("res.partner").searchCount(Domain.eq("ref", "none-" + run)))
                    .isZero();
            assertThatThrownBy(() -> moves.write(invoice, Map.of("ref", "changed")))
                    .isInstanceOf(OdooAccessRightsException.class);
            assertThatThrownBy(() -> moves.create(Map.of("move_type", "out_invoice")))
                    .isInstanceOf(OdooAccessRightsException.class);
        }
    }

    private static long groupId(OdooClient odoo, String module, String xmlId) {
        JsonNode reference =
                odoo.model("ir.model.data").call("check_object_reference", Map.of("module", module, "xml_id", xmlId));
        assertThat(reference.get(0).asString()).isEqualTo("res.groups");
        return reference.get(1).asLong();
    }

    @Test
    default void writingOrDeletingAMissingRecordIsAMissingRecord() {
        assertThatThrownBy(() -> partners().write(999_999_999L, Map.of("name", "ghost")))
                .isInstanceOf(OdooMissingRecordException.class);
        assertThatThrownBy(() -> partners().unlink(List.of(999_999_999L)))
                .isInstanceOf(OdooMissingRecordException.class);
    }

    @Test
    default void brokenConstraintsAreValidationErrors() {
        long parent = partners().create(Map.of("name", "Parent " + target().unique("constraint")));

        assertThatThrownBy(() -> partners().create(Map.of("email", "no-name@example.com")))
                .isInstanceOf(OdooValidationException.class);
        assertThatThrownBy(() -> partners().write(parent, Map.of("parent_id", parent)))
                .isInstanceOf(OdooValidationException.class);
    }

    @Test
    default void deletingOrPostingAgainAPostedInvoiceIsAUserError() {
        OdooModel moves = target().admin().model("account.move");
        long invoice = TestInvoices.posted(target().admin(), target().unique("posted"));

        assertThatThrownBy(() -> moves.unlink(List.of(invoice))).isInstanceOf(OdooUserErrorException.class);
        assertThatThrownBy(() -> moves.call("action_post", List.of(invoice), Map.of()))
                .isInstanceOf(OdooUserErrorException.class);
        assertThat(moves.read(List.of(invoice), List.of("state")).getFirst().string("state"))
                .hasValue("posted");
    }

    @Test
    default void unknownFieldAndUnknownModelAreTheirOwnErrors() {
        assertThatThrownBy(() -> partners().create(Map.of("name", "X", "no_such_field", 1)))
                .isInstanceOf(OdooUnknownFieldException.class);
        assertThatThrownBy(() -> target().admin().model("no.such.model").search(Domain.all()))
                .isInstanceOf(OdooUnknownModelException.class);
    }

    @Test
    default void impossibleDateIsAnInvalidValue() {
        OdooClient odoo = target().admin();
        String run = target().unique("date");
        long project = odoo.model("project.project").create(Map.of("name", "Dates " + run, "allow_timesheets", true));
        long employee = odoo.model("hr.employee")
                .create(Map.of("name", "Employee " + run, "hourly_cost", new BigDecimal("55.00")));

        assertThatThrownBy(() -> odoo.model("account.analytic.line")
                        .create(Map.of(
                                "project_id",
                                project,
                                "employee_id",
                                employee,
                                "unit_amount",
                                2,
                                "date",
                                "2026-13-45",
                                "name",
                                "bad date")))
                .isInstanceOf(OdooInvalidValueException.class);
    }
}
