package dev.ledgerline.odoo.client;

import static dev.ledgerline.odoo.client.StubOdoo.json;
import static dev.ledgerline.odoo.client.StubOdoo.rpcResult;
import static dev.ledgerline.odoo.client.StubOdoo.version;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The usage example of the module README, run against a stub answering as Odoo 19 does. */
class UsageTest {

    @Test
    void theReadmeExampleRunsAsWritten() {
        StubOdoo.Script script = new StubOdoo.Script()
                .rpc("common.version", request -> rpcResult(request, version(19)))
                .json2("res.users", "context_get", request -> ok("{\"uid\": 6}"))
                .json2("res.partner", "create", request -> ok("[7]"))
                .json2("res.partner", "create", request -> ok("[8, 9]"))
                .json2(
                        "res.partner",
                        "search_read",
                        request -> ok("[{\"id\": 7, \"name\": \"Acme Consulting Client\", \"ref\": \"CRM-ACC-001\","
                                + " \"country_id\": [233, \"United States\"]}]"))
                .json2("account.move", "create", request -> ok("[1]"))
                .json2("account.move", "action_post", request -> ok("true"))
                .json2("account.move", "read", request -> ok("[{\"id\": 1, \"amount_total\": 1983.75}]"))
                .json2(
                        "account.move",
                        "unlink",
                        request -> StubOdoo.json2Error(
                                422, "odoo.exceptions.UserError", "You can't delete a posted journal item."))
                .json2("account.payment.register", "create", request -> ok("[1]"))
                .json2(
                        "account.payment.register",
                        "action_create_payments",
                        request -> ok(
                                "{\"type\": \"ir.actions.act_window\", \"res_model\": \"account.payment\", \"res_id\": 1}"))
                .json2(
                        "account.move",
                        "search_read",
                        request -> ok(
                                "[{\"id\": 1, \"name\": \"INV/2026/00001\", \"state\": \"posted\", \"payment_state\": \"paid\"}]"));

        try (StubOdoo stub = StubOdoo.start(script)) {
            URI odooUrl = stub.url();
            String apiKey = "1c2c40ebb93f06f56f73b82314d9b05a3adda184";
            Instant since = Instant.parse("2026-11-01T00:00:00Z");
            boolean refused = false;

            // tag::usage[]
            OdooClient odoo = OdooClient.builder() // one per Odoo database; thread-safe; close() it at the end
                    .url(odooUrl)
                    .database("firm")
                    .login("integration@firm.example")
                    .apiKey(apiKey) // or .password(…): JSON-2 on Odoo 19+, JSON-RPC before
                    .context(OdooContext.empty().withLang("en_US").withAllowedCompanies(1))
                    .build();
            ServerVersion version = odoo.connect(); // optional: the first call connects

            OdooModel partners = odoo.model("res.partner");
            long acme =
                    partners.create(Map.of("name", "Acme Consulting Client", "is_company", true, "ref", "CRM-ACC-001"));
            List<Long> more = partners.createAll(List.of( // one call, one transaction
                    Map.of("name", "Globex", "ref", "CRM-ACC-002"), Map.of("name", "Initech", "ref", "CRM-ACC-003")));

            List<OdooRecord> found = partners.searchRead(
                    Domain.eqLike("ref", "CRM-ACC-%").and(Domain.eq("is_company", true)),
                    List.of("name", "ref", "country_id"),
                    Page.first(50).orderBy("ref asc"));
            Optional<Many2one> country = found.getFirst().many2one("country_id"); // [233, "United States"] or false

            OdooModel invoices = odoo.model("account.move");
            long invoice = invoices.create(Map.ofEntries(
                    Map.entry("move_type", "out_invoice"),
                    Map.entry("partner_id", acme),
                    Map.entry("invoice_date", LocalDate.of(2026, 11, 30)),
                    Map.entry(
                            "invoice_line_ids",
                            List.of(Command.create(Map.ofEntries(
                                    Map.entry("name", "Consulting Nov 2026"),
                                    Map.entry("quantity", new BigDecimal("11.5")), // money and hours: BigDecimal, exact
                                    Map.entry("price_unit", new BigDecimal("150.00")),
                                    Map.entry("analytic_distribution", Map.of("2", 100))))))));
            invoices.call("action_post", List.of(invoice), Map.of());
            BigDecimal total = invoices.read(List.of(invoice), List.of("amount_total"))
                    .getFirst()
                    .decimal("amount_total");
            try {
                invoices.unlink(List.of(invoice));
            } catch (OdooUserErrorException e) { // a business rule; decide by type, never by message
                refused = true;
            }

            OdooModel payment = odoo.model("account.payment.register")
                    .withContext(OdooContext.empty().withActiveRecords("account.move", List.of(invoice)));
            long wizard = payment.create(Map.of("payment_date", LocalDate.of(2026, 12, 10)));
            payment.call("action_create_payments", List.of(wizard), Map.of());

            long changed = invoices.stream( // pages by id: safe while records change
                            Domain.ge("write_date", since), List.of("name", "state", "payment_state"), 500)
                    .filter(move -> move.string("payment_state").orElse("").equals("paid"))
                    .count();
            // end::usage[]

            try (odoo) {
                assertThat(version.major()).isEqualTo(19);
                assertThat(odoo.protocol()).isEqualTo(Protocol.JSON_2);
                assertThat(acme).isEqualTo(7);
                assertThat(more).containsExactly(8L, 9L);
                assertThat(country).hasValue(new Many2one(233, "United States"));
                assertThat(total).isEqualByComparingTo("1983.75");
                assertThat(refused).isTrue();
                assertThat(wizard).isEqualTo(1);
                assertThat(changed).isEqualTo(1);
                List<StubOdoo.Request> requests = stub.requests();
                assertThat(requests.get(5).json())
                        .isEqualTo(json("{\"context\": {\"lang\": \"en_US\", \"allowed_company_ids\": [1]},"
                                + " \"vals_list\": {\"move_type\": \"out_invoice\", \"partner_id\": 7,"
                                + " \"invoice_date\": \"2026-11-30\", \"invoice_line_ids\": [[0, 0,"
                                + " {\"name\": \"Consulting Nov 2026\", \"quantity\": 11.5, \"price_unit\": 150.00,"
                                + " \"analytic_distribution\": {\"2\": 100}}]]}}"));
                assertThat(requests.get(9).json().path("context"))
                        .isEqualTo(json("{\"lang\": \"en_US\", \"allowed_company_ids\": [1],"
                                + " \"active_model\": \"account.move\", \"active_ids\": [1]}"));
                assertThat(requests.get(11).json().path("domain"))
                        .isEqualTo(json("[[\"write_date\", \">=\", \"2026-11-01 00:00:00\"], [\"id\", \">\", 0]]"));
            }
        }
        assertThat(script.failures()).isEmpty();
        assertThat(script.remaining()).isZero();
    }

    private static StubOdoo.Answer ok(String body) {
        return new StubOdoo.Answer.Json(200, body);
    }
}
