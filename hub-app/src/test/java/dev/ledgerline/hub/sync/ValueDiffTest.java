package dev.ledgerline.hub.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.odoo.client.OdooRecord;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ValueDiffTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static OdooRecord held(String json) {
        return OdooRecord.of(JSON.readTree(json));
    }

    @Test
    void onlyFieldsWhoseValueDiffersAreWritten() {
        OdooRecord partner = held("""
                {"id": 7, "name": "Acme", "email": false, "vat": "GB123", "country_id": [233, "United Kingdom"],
                 "is_company": true, "parent_id": false, "ref": "ll:crm:customer:ACC-1"}""");
        Map<String, Object> wanted = new LinkedHashMap<>();
        wanted.put("name", "Acme Ltd");
        wanted.put("email", false);
        wanted.put("vat", "GB123");
        wanted.put("country_id", 233L);
        wanted.put("is_company", true);
        wanted.put("parent_id", 5L);
        wanted.put("ref", "ll:crm:customer:ACC-1");

        assertThat(ValueDiff.changes(wanted, partner)).containsOnlyKeys("name", "parent_id");
    }

    @Test
    void emptyIsEmptyWhateverItsForm() {
        OdooRecord partner = held("""
                {"id": 7, "email": false, "street": "", "category_id": [], "comment": null}""");
        Map<String, Object> wanted = new LinkedHashMap<>();
        wanted.put("email", null);
        wanted.put("street", false);
        wanted.put("category_id", List.of());
        wanted.put("comment", "");

        assertThat(ValueDiff.changes(wanted, partner)).isEmpty();
    }

    @Test
    void numbersCompareByValueNotByScale() {
        OdooRecord line = held("""
                {"id": 3, "unit_amount": 7.5, "amount": -1125.0}""");

        assertThat(ValueDiff.changes(
                        Map.of("unit_amount", new BigDecimal("7.50"), "amount", new BigDecimal("-1125.00")), line))
                .isEmpty();
        assertThat(ValueDiff.changes(Map.of("unit_amount", new BigDecimal("7.25")), line))
                .containsOnlyKeys("unit_amount");
    }

    @Test
    void commandsForRelatedRecordsAreAlwaysWritten() {
        OdooRecord move = held("""
                {"id": 3, "invoice_line_ids": [1, 2]}""");

        assertThat(ValueDiff.changes(Map.of("invoice_line_ids", List.of(List.of(0, 0, Map.of("name", "x")))), move))
                .containsOnlyKeys("invoice_line_ids");
    }

    @Test
    void linkAndUnlinkCommandsAreComparedWithTheIdsOdooHolds() {
        OdooRecord project = held("""
                {"id": 2, "tag_ids": [504, 9]}""");

        Map<String, Object> unchanged = Map.of(
                "tag_ids",
                List.of(dev.ledgerline.odoo.client.Command.link(504), dev.ledgerline.odoo.client.Command.unlink(501)));
        Map<String, Object> moved = Map.of(
                "tag_ids",
                List.of(dev.ledgerline.odoo.client.Command.link(505), dev.ledgerline.odoo.client.Command.unlink(504)));

        assertThat(ValueDiff.changes(unchanged, project)).isEmpty();
        assertThat(ValueDiff.changes(moved, project)).containsOnlyKeys("tag_ids");
    }
}
