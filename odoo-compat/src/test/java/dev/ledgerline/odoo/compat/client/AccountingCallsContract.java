package dev.ledgerline.odoo.compat.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.odoo.client.Command;
import dev.ledgerline.odoo.client.Domain;
import dev.ledgerline.odoo.client.Many2one;
import dev.ledgerline.odoo.client.OdooAccessRightsException;
import dev.ledgerline.odoo.client.OdooClient;
import dev.ledgerline.odoo.client.OdooContext;
import dev.ledgerline.odoo.client.OdooModel;
import dev.ledgerline.odoo.client.OdooRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Model methods, wizards and company routing through the client, run against every {@link OdooTarget}. */
interface AccountingCallsContract {

    OdooTarget target();

    @Test
    default void draftInvoiceAddsUpItsLinesAndActionPostPostsIt() {
        OdooModel moves = target().admin().model("account.move");
        long invoice = TestInvoices.draft(target().admin(), target().unique("post"));
        OdooRecord draft = moves.read(
                        List.of(invoice), List.of("state", "amount_untaxed", "amount_tax", "amount_total"))
                .getFirst();

        moves.call("action_post", List.of(invoice), Map.of());

        OdooRecord posted = moves.read(List.of(invoice), List.of("name", "state", "payment_state", "amount_residual"))
                .getFirst();
        assertThat(draft.string("state")).hasValue("draft");
        assertThat(draft.decimal("amount_untaxed")).isEqualByComparingTo(TestInvoices.UNTAXED);
        assertThat(draft.decimal("amount_tax")).isEqualByComparingTo(TestInvoices.TAX);
        assertThat(draft.decimal("amount_total")).isEqualByComparingTo(TestInvoices.TOTAL);
        assertThat(posted.string("state")).hasValue("posted");
        assertThat(posted.string("name"))
                .hasValueSatisfying(name -> assertThat(name).matches("INV/2026/\\d{5}"));
        assertThat(posted.string("payment_state")).hasValue("not_paid");
        assertThat(posted.decimal("amount_residual")).isEqualByComparingTo(TestInvoices.TOTAL);
    }

    @Test
    default void paymentWizardInTheInvoicesContextRegistersItsPayment() {
        OdooClient odoo = target().admin();
        long invoice = TestInvoices.posted(odoo, target().unique("pay"));
        OdooModel wizard = odoo.model("account.payment.register")
                .withContext(OdooContext.empty().withActiveRecords("account.move", List.of(invoice)));

        long wizardId = wizard.create(Map.of("payment_date", LocalDate.of(2026, 12, 10)));
        JsonNode action = wizard.call("action_create_payments", List.of(wizardId), Map.of());

        assertThat(action.path("res_model").asString()).isEqualTo("account.payment");
        long payment = action.path("res_id").asLong();
        OdooRecord paid = odoo.model("account.payment")
                .read(List.of(payment), List.of("amount", "date", "partner_type", "reconciled_invoice_ids"))
                .getFirst();
        OdooRecord after = odoo.model("account.move")
                .read(List.of(invoice), List.of("payment_state", "matched_payment_ids"))
                .getFirst();
        assertThat(paid.decimal("amount")).isEqualByComparingTo(TestInvoices.TOTAL);
        assertThat(paid.date("date")).hasValue(LocalDate.of(2026, 12, 10));
        assertThat(paid.string("partner_type")).hasValue("customer");
        assertThat(paid.ids("reconciled_invoice_ids")).containsExactly(invoice);
        assertThat(after.ids("matched_payment_ids")).containsExactly(payment);
        // a fresh Odoo 18's bank journal has no outstanding-receipts account: paid at once, no entry to match
        assertThat(after.string("payment_state"))
                .hasValueSatisfying(s -> assertThat(s).isIn("paid", "in_payment"));
    }

    @Test
    default void allowedCompaniesInTheContextDecideWhereRecordsGoAndWhatIsSeen() {
        OdooClient odoo = target().admin();
        String run = target().unique("companies");
        OdooRecord admin = odoo.model("res.users")
                .searchRead(Domain.eq("login", target().login()), List.of("company_id"))
                .getFirst();
        long home = admin.many2one("company_id").map(Many2one::id).orElseThrow();
        long eu = odoo.model("res.company").create(Map.of("name", "Firm EU " + run));
        odoo.model("res.users").write(admin.id(), Map.of("company_ids", List.of(Command.link(eu))));
        OdooModel partners = odoo.model("res.partner");
        OdooModel projects = odoo.model("project.project");

        long client = partners.withContext(OdooContext.empty().withAllowedCompanies(eu, home))
                .create(Map.of("name", "EU Client " + run, "is_company", true, "company_id", eu));

        assertThat(partners.withContext(OdooContext.empty().withAllowedCompanies(home))
                        .search(Domain.eq("id", client)))
                .isEmpty();
        assertThat(partners.withContext(OdooContext.empty().withAllowedCompanies(eu))
                        .search(Domain.eq("id", client)))
                .containsExactly(client);
        assertThatThrownBy(() -> projects.withContext(OdooContext.empty().withAllowedCompanies(home))
                        .create(Map.of("name", "EU project " + run, "partner_id", client, "company_id", eu)))
                .isInstanceOf(OdooAccessRightsException.class);
        OdooModel inEu = projects.withContext(OdooContext.empty().withAllowedCompanies(eu));
        long project = inEu.create(Map.of("name", "EU project " + run, "partner_id", client, "company_id", eu));
        assertThat(inEu.read(List.of(project), List.of("company_id")).getFirst().many2one("company_id"))
                .hasValue(new Many2one(eu, "Firm EU " + run));
    }
}
