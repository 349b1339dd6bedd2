package dev.ledgerline.odoo.compat.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerComparisonTest {

    private final AnswerComparison comparison = new AnswerComparison(Schema.recorded());

    private static Answer answer(String json) {
        return new Answer(200, JsonRpcServer.JSON.readTree(json), json, 1);
    }

    private static Call readMove() {
        return Call.read("invoice.read", "account.move", List.of(), List.of("name", "partner_id", "write_date"));
    }

    @Test
    void idsSequenceNumbersAndTimestampsAreNormalisedAwayButNothingElse() {
        String sandbox = """
                {"jsonrpc":"2.0","id":1,"result":[{"id":44,"name":"INV/2026/00007","partner_id":[12,"Acme"],
                "write_date":"2026-11-23 10:00:00","amount_total":1983.75}]}""";
        String odoo = """
                {"jsonrpc":"2.0","id":1,"result":[{"id":45,"name":"INV/2026/00008","partner_id":[13,"Acme"],
                "write_date":"2026-11-23 10:00:07","amount_total":1983.75}]}""";

        assertThat(comparison.compare(readMove(), answer(sandbox), answer(odoo)))
                .isNull();
    }

    @Test
    void everyDifferingFieldIsReportedWithBothValues() {
        String sandbox = """
                {"jsonrpc":"2.0","id":1,"result":[{"id":1,"payment_state":"partial","amount_tax":582.49}]}""";
        String odoo = """
                {"jsonrpc":"2.0","id":1,"result":[{"id":1,"payment_state":"paid","amount_tax":582.5}]}""";

        String differences = comparison.compare(readMove(), answer(sandbox), answer(odoo));

        assertThat(differences.split("\n"))
                .containsExactly(
                        "result[0].amount_tax = 582.49 from the sandbox, 582.5 from Odoo",
                        "result[0].payment_state = \"partial\" from the sandbox, \"paid\" from Odoo");
    }

    @Test
    void anIdThatStoodForAnotherRecordIsADifference() {
        comparison.compare(
                Call.create("partner.create", "res.partner", Map.of("name", "A")),
                answer("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":7}"),
                answer("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":7}"));

        String difference = comparison.compare(
                Call.search("partner.search", "res.partner", List.of(), Map.of()),
                answer("{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":[7]}"),
                answer("{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":[8]}"));

        assertThat(difference).contains("res.partner id 7 on the sandbox is 7 on Odoo, not 8");
    }

    @Test
    void errorsAreComparedByCodeAndNameNotByMessage() {
        String sandbox = """
                {"jsonrpc":"2.0","id":1,"error":{"code":200,"message":"Odoo Server Error","data":{"name":
                "odoo.exceptions.UserError","debug":"","message":"one wording","arguments":[],"context":{}}}}""";
        String odoo = """
                {"jsonrpc":"2.0","id":1,"error":{"code":200,"message":"Odoo Server Error","data":{"name":
                "odoo.exceptions.UserError","debug":"","message":"another wording","arguments":[],"context":{}}}}""";
        String validation = sandbox.replace("UserError", "ValidationError");

        assertThat(comparison.compare(readMove(), answer(sandbox), answer(odoo)))
                .isNull();
        assertThat(comparison.compare(readMove(), answer(validation), answer(odoo)))
                .isEqualTo(
                        "error odoo.exceptions.ValidationError from the sandbox, odoo.exceptions.UserError from Odoo");
    }

    @Test
    void analyticDistributionKeysAreAnalyticAccountIds() {
        Call lines = Call.read("invoice.lines", "account.move.line", List.of(), List.of("analytic_distribution"));
        String sandbox = """
                {"jsonrpc":"2.0","id":1,"result":[{"id":3,"analytic_distribution":{"6":60,"3":40}}]}""";
        String odoo = """
                {"jsonrpc":"2.0","id":1,"result":[{"id":3,"analytic_distribution":{"3":40.0,"6":60.0}}]}""";
        String shifted = """
                {"jsonrpc":"2.0","id":1,"result":[{"id":3,"analytic_distribution":{"3":60.0,"6":40.0}}]}""";

        assertThat(comparison.compare(lines, answer(sandbox), answer(odoo))).isNull();
        assertThat(comparison.compare(lines, answer(sandbox), answer(shifted))).contains("analytic_distribution");
    }

    @Test
    void aDifferentStatusOrANonJsonAnswerIsADifference() {
        Answer page = new Answer(500, null, "<html>StackOverflowError</html>", 1);

        assertThat(comparison.compare(readMove(), page, answer("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":true}")))
                .isEqualTo("HTTP 500 from the sandbox, 200 from Odoo");
    }
}
