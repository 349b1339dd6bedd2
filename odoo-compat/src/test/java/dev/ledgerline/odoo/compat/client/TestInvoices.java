package dev.ledgerline.odoo.compat.client;

import dev.ledgerline.odoo.client.Command;
import dev.ledgerline.odoo.client.Domain;
import dev.ledgerline.odoo.client.OdooClient;
import dev.ledgerline.odoo.client.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Customer invoices for the scenarios: two lines at the database's 15 % sale tax, 11.5 h × 150.00 and 3 ×
 * 33.33, so untaxed 1,824.99, tax 273.75 (258.75 + 15.00, rounded per line), total 2,098.74.
 */
final class TestInvoices {

    static final BigDecimal UNTAXED = new BigDecimal("1824.99");
    static final BigDecimal TAX = new BigDecimal("273.75");
    static final BigDecimal TOTAL = new BigDecimal("2098.74");

    private TestInvoices() {}

    /** A customer and its draft invoice dated 30 Nov 2026; returns the invoice's id. */
    static long draft(OdooClient odoo, String run) {
        long customer = odoo.model("res.partner").create(Map.of("name", "Customer " + run, "is_company", true));
        long tax = odoo.model("account.tax")
                .search(
                        Domain.eq("type_tax_use", "sale")
                                .and(Domain.eq("amount_type", "percent"))
                                .and(Domain.eq("amount", 15)),
                        Page.first(1).orderBy("id"))
                .getFirst();
        return odoo.model("account.move")
                .create(Map.of(
                        "move_type",
                        "out_invoice",
                        "partner_id",
                        customer,
                        "invoice_date",
                        LocalDate.of(2026, 11, 30),
                        "ref",
                        run,
                        "invoice_line_ids",
                        List.of(
                                line("Consulting Nov 2026", "11.5", "150.00", tax),
                                line("Travel days", "3", "33.33", tax))));
    }

    /** A posted invoice; returns its id. */
    static long posted(OdooClient odoo, String run) {
        long invoice = draft(odoo, run);
        odoo.model("account.move").call("action_post", List.of(invoice), Map.of());
        return invoice;
    }

    private static Command line(String name, String quantity, String price, long tax) {
        return Command.create(Map.of(
                "name",
                name,
                "quantity",
                new BigDecimal(quantity),
                "price_unit",
                new BigDecimal(price),
                "tax_ids",
                List.of(Command.set(List.of(tax)))));
    }
}
