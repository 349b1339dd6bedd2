package dev.ledgerline.odoo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Calls without {@code allowed_company_ids} work in every company of the user, as Odoo's {@code
 * env.companies} does, while new records still default to the user's current company; a context naming one
 * company limits the call to it (checked against Odoo 18).
 */
@OdooSandboxTest
class CompanyContextTest {

    @Test
    void withoutAllowedCompaniesEveryCompanyOfTheUserIsSearchedAndWritable(OdooSandbox odoo) {
        JsonRpcCalls rpc = new JsonRpcCalls(odoo);
        int second = result(rpc.executeKw("res.company", "create", List.of(Map.of("name", "Firm EU GmbH")), Map.of()));
        rpc.executeKw(
                "res.users",
                "write",
                List.of(List.of(odoo.adminUid()), Map.of("company_ids", List.of(List.of(4, second)))),
                Map.of());

        int partner = result(rpc.executeKw(
                "res.partner", "create", List.of(Map.of("name", "EU only", "company_id", second)), Map.of()));
        int employee = result(rpc.executeKw("hr.employee", "create", List.of(Map.of("name", "Default")), Map.of()));
        List<?> domain = List.of(List.of("company_id", "=", second));
        JsonNode found = rpc.executeKw("res.partner", "search", List.of(domain), Map.of())
                .get("result");
        JsonNode inFirstOnly = rpc.executeKw(
                        "res.partner",
                        "search_count",
                        List.of(domain),
                        Map.of("context", Map.of("allowed_company_ids", List.of(1))))
                .get("result");
        JsonNode employeeCompany = rpc.executeKw(
                        "hr.employee", "read", List.of(List.of(employee), List.of("company_id")), Map.of())
                .get("result")
                .get(0)
                .get("company_id");

        assertThat(found.valueStream().map(JsonNode::asInt).toList()).containsExactly(partner);
        assertThat(inFirstOnly.asInt()).isZero();
        assertThat(employeeCompany.get(0).asInt()).isEqualTo(1);
    }

    private static int result(JsonNode answer) {
        assertThat(answer.has("result")).as("%s", answer).isTrue();
        return answer.get("result").asInt();
    }
}
