package dev.ledgerline.odoo.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.odoo.client.internal.OdooJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Java values become what Odoo expects, and Odoo's numbers come back exact. */
class ValuesTest {

    private static String wire(Object value) {
        return new String(OdooJson.write(OdooJson.encode(value)), StandardCharsets.UTF_8);
    }

    @Test
    void decimalsAreWrittenExactlyWithoutExponent() {
        assertThat(wire(new BigDecimal("1983.75"))).isEqualTo("1983.75");
        assertThat(wire(new BigDecimal("0.10"))).isEqualTo("0.10");
        assertThat(wire(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(wire(new BigDecimal("12345678901234567890.123456789"))).isEqualTo("12345678901234567890.123456789");
    }

    @Test
    void floatsAreReadAsExactDecimals() {
        JsonNode parsed = OdooJson.parse(
                "{\"amount\": 0.1, \"total\": 1983.75, \"hours\": 150.0}".getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.get("amount").decimalValue()).isEqualTo(new BigDecimal("0.1"));
        assertThat(parsed.get("total").decimalValue()).isEqualTo(new BigDecimal("1983.75"));
        assertThat(parsed.get("hours").decimalValue().toPlainString()).isEqualTo("150.0");
    }

    @Test
    void datesAndDatetimesUseOdoosFormsInUtc() {
        assertThat(wire(LocalDate.of(2026, 11, 30))).isEqualTo("\"2026-11-30\"");
        assertThat(wire(Instant.parse("2026-11-22T18:34:46.999Z"))).isEqualTo("\"2026-11-22 18:34:46\"");
        assertThat(wire(OffsetDateTime.of(2026, 11, 22, 19, 34, 46, 0, ZoneOffset.ofHours(1))))
                .isEqualTo("\"2026-11-22 18:34:46\"");
        assertThat(wire(ZonedDateTime.of(2026, 7, 1, 0, 30, 0, 0, ZoneId.of("Europe/Berlin"))))
                .isEqualTo("\"2026-06-30 22:30:00\"");
        assertThat(OdooJson.parseDateTime("2026-11-22 18:34:48.640872"))
                .isEqualTo(Instant.parse("2026-11-22T18:34:48.640872Z"));
    }

    @Test
    void emptyOptionalIsOdoosFalseAndNullIsNone() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("parent_id", Optional.empty());
        values.put("uom_id", null);
        values.put("partner_id", Optional.of(7L));

        assertThat(wire(values)).isEqualTo("{\"parent_id\":false,\"uom_id\":null,\"partner_id\":7}");
    }

    @Test
    void many2oneIsSentAsItsId() {
        assertThat(wire(Map.of("partner_id", new Many2one(7, "Acme")))).isEqualTo("{\"partner_id\":7}");
    }

    @Test
    void commandsAreOdoosTriples() {
        List<Command> commands = List.of(
                Command.create(Map.of("name", "Consulting")),
                Command.update(3, Map.of("price_unit", new BigDecimal("150.00"))),
                Command.delete(4),
                Command.unlink(5),
                Command.link(6),
                Command.clear(),
                Command.set(List.of(1L, 52L)));

        assertThat(wire(commands))
                .isEqualTo("[[0,0,{\"name\":\"Consulting\"}],[1,3,{\"price_unit\":150.00}],[2,4,0],[3,5,0],"
                        + "[4,6,0],[5,0,0],[6,0,[1,52]]]");
    }

    @Test
    void invoiceLinesNestCommandsInValues() {
        Map<String, Object> invoice = new LinkedHashMap<>();
        invoice.put("move_type", "out_invoice");
        invoice.put("invoice_date", LocalDate.of(2026, 11, 30));
        invoice.put(
                "invoice_line_ids",
                List.of(Command.create(
                        Map.of("quantity", new BigDecimal("11.5"), "analytic_distribution", Map.of("2", 100)))));

        JsonNode json = OdooJson.encode(invoice);

        assertThat(json.path("invoice_line_ids").get(0).get(2).get("quantity").decimalValue())
                .isEqualByComparingTo("11.5");
        assertThat(json.path("invoice_line_ids")
                        .get(0)
                        .get(2)
                        .path("analytic_distribution")
                        .path("2")
                        .asInt())
                .isEqualTo(100);
        assertThat(json.path("invoice_date").asString()).isEqualTo("2026-11-30");
    }

    @Test
    void commandsRefuseNonPositiveIds() {
        assertThatThrownBy(() -> Command.link(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Command.set(List.of(1L, -2L))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void typesWithoutAnOdooFormAreRefusedBeforeAnythingIsSent() {
        enum Colour {
            RED
        }

        assertThatThrownBy(() -> OdooJson.encode(Map.of("colour", Colour.RED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Colour");
        assertThatThrownBy(() -> OdooJson.encode(new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void many2oneReadsOdoosPairAndFalse() {
        assertThat(Many2one.from(OdooJson.parse("[7, \"Acme\"]".getBytes(StandardCharsets.UTF_8))))
                .hasValue(new Many2one(7, "Acme"));
        assertThat(Many2one.from(OdooJson.parse("false".getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
        assertThatThrownBy(() -> Many2one.from(OdooJson.parse("\"x\"".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contextLayersKeepTheirOrderAndLetOverridesWin() {
        OdooContext base = OdooContext.empty()
                .withLang("en_US")
                .withTimeZone("Europe/Berlin")
                .withAllowedCompanies(1);

        OdooContext merged = base.merge(
                OdooContext.empty().withAllowedCompanies(2, 1).withActiveRecords("account.move", List.of(1L)));

        assertThat(wire(merged.asMap()))
                .isEqualTo("{\"lang\":\"en_US\",\"tz\":\"Europe/Berlin\",\"allowed_company_ids\":[2,1],"
                        + "\"active_model\":\"account.move\",\"active_ids\":[1]}");
        assertThat(base.get("allowed_company_ids")).hasValue(List.of(1L));
        assertThat(OdooContext.empty().merge(OdooContext.empty()).isEmpty()).isTrue();
    }

    @Test
    void serverVersionsParseFromBothAnswers() {
        assertThat(ServerVersion.parse(
                        Transcripts.steps("01_handshake").getFirst().response().path("result")))
                .isEqualTo(new ServerVersion(18, 0, "18.0", "18.0+e-20241005"));
        assertThat(ServerVersion.parse(
                        StubOdoo.json("{\"server_version_info\": [\"saas~17\", 2, 0, \"final\", 0, \"\"],"
                                + " \"server_serie\": \"saas~17.2\", \"server_version\": \"saas~17.2+e\"}")))
                .isEqualTo(new ServerVersion(17, 2, "saas~17.2", "saas~17.2+e"));
        assertThat(ServerVersion.parse(
                        StubOdoo.json("{\"version_info\": [19, 0, 0, \"final\", 0, \"\"], \"version\": \"19.0\"}")))
                .isEqualTo(new ServerVersion(19, 0, "19.0", "19.0"));
        assertThatThrownBy(() -> ServerVersion.parse(StubOdoo.json("{}"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pagesCheckTheirBounds() {
        assertThat(Page.first(500).next()).isEqualTo(new Page(500, 500, null));
        assertThat(Page.of(10, 5).orderBy("id desc")).isEqualTo(new Page(10, 5, "id desc"));
        assertThatThrownBy(() -> Page.of(-1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Page.unlimited().next()).isInstanceOf(IllegalStateException.class);
    }
}
