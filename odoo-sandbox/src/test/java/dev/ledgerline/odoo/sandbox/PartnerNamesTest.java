package dev.ledgerline.odoo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Contacts' names as Odoo 18 shows them (read from the real server after the same calls): "Company, Contact"
 * with the company's current name, the commercial company's name for contacts further down, the address type
 * for an address without a name, and a company name of one's own.
 */
@OdooSandboxTest
class PartnerNamesTest {
    private static final List<String> FIELDS =
            List.of("display_name", "complete_name", "commercial_partner_id", "commercial_company_name");

    @Test
    void contactsShowTheirCompanysCurrentName(OdooSandbox odoo) {
        JsonRpcCalls rpc = new JsonRpcCalls(odoo);
        int company = created(rpc, Map.of("name", "Customer 2", "is_company", true));
        int contact = created(rpc, Map.of("name", "Contact 5", "parent_id", company, "type", "invoice"));
        int below = created(rpc, Map.of("name", "Grand", "parent_id", contact));
        int address = created(rpc, Map.of("parent_id", company, "type", "delivery"));

        rpc.executeKw("res.partner", "write", List.of(List.of(company), Map.of("name", "Renamed 106")), Map.of());
        JsonNode read = rpc.executeKw(
                        "res.partner", "read", List.of(List.of(company, contact, below, address), FIELDS), Map.of())
                .get("result");

        assertThat(names(read, "display_name"))
                .containsExactly(
                        "Renamed 106", "Renamed 106, Contact 5", "Renamed 106, Grand", "Renamed 106, Delivery Address");
        assertThat(names(read, "complete_name")).isEqualTo(names(read, "display_name"));
        assertThat(names(read, "commercial_company_name")).containsOnly("Renamed 106");
        for (JsonNode partner : read) {
            assertThat(partner.get("commercial_partner_id").get(0).asInt()).isEqualTo(company);
        }
    }

    @Test
    void underAPersonAContactShowsItsDirectParentAndACompanyNameOfItsOwnCounts(OdooSandbox odoo) {
        JsonRpcCalls rpc = new JsonRpcCalls(odoo);
        int top = created(rpc, Map.of("name", "Loop A"));
        int middle = created(rpc, Map.of("name", "Loop B", "parent_id", top));
        int bottom = created(rpc, Map.of("name", "Loop C", "parent_id", middle));
        int freelancer = created(rpc, Map.of("name", "Solo", "company_name", "Freelance Co"));

        JsonNode read = rpc.executeKw(
                        "res.partner", "read", List.of(List.of(middle, bottom, freelancer), FIELDS), Map.of())
                .get("result");

        assertThat(names(read, "display_name"))
                .containsExactly("Loop A, Loop B", "Loop B, Loop C", "Freelance Co, Solo");
    }

    private static List<String> names(JsonNode records, String field) {
        return records.valueStream().map(r -> r.get(field).asString()).toList();
    }

    private static int created(JsonRpcCalls rpc, Map<String, Object> values) {
        JsonNode answer = rpc.executeKw("res.partner", "create", List.of(values), Map.of());
        assertThat(answer.has("result")).as("%s", answer).isTrue();
        return answer.get("result").asInt();
    }
}
