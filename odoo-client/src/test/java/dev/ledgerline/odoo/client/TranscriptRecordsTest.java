package dev.ledgerline.odoo.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.ledgerline.odoo.client.internal.OdooJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every record the transcripts read parses with the typed getter its field's type calls for (types from
 * {@code models-18.0.json}), and the values come out exact.
 */
class TranscriptRecordsTest {

    private static JsonNode models;

    @BeforeAll
    static void loadModels() throws IOException {
        models = OdooJson.parse(Files.readAllBytes(Transcripts.models())).path("models");
    }

    static List<Transcripts.Step> recordReads() {
        return Transcripts.jsonRpcSteps().stream()
                .filter(step -> step.isExecuteKw() && !step.isError())
                .filter(step -> step.method().equals("read") || step.method().equals("search_read"))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordReads")
    void everyFieldReadsWithTheGetterOfItsType(Transcripts.Step step) {
        JsonNode fields = models.path(step.model());
        assertThat(fields.isObject())
                .as("models-18.0.json knows " + step.model())
                .isTrue();

        for (JsonNode json : step.response().path("result")) {
            OdooRecord record = OdooRecord.of(json);
            assertThat(record.id()).isEqualTo(json.path("id").asLong());
            for (String field : record.fields()) {
                FieldType type = FieldType.of(fields.path(field).path("type").asString(""));
                assertThatCode(() -> readTyped(record, field, type))
                        .as(step + " " + field + " as " + type)
                        .doesNotThrowAnyException();
            }
        }
    }

    private static Object readTyped(OdooRecord record, String field, FieldType type) {
        return switch (type) {
            case CHAR, TEXT, HTML, SELECTION -> record.string(field);
            case INTEGER -> record.integer(field);
            case FLOAT, MONETARY -> record.decimal(field);
            case BOOLEAN -> record.bool(field);
            case DATE -> record.date(field);
            case DATETIME -> record.dateTime(field);
            case MANY2ONE -> record.many2one(field);
            case ONE2MANY, MANY2MANY -> record.ids(field);
            default -> record.raw(field);
        };
    }

    @Test
    void draftInvoiceReadsWithExactAmountsDatesAndReferences() {
        OdooRecord invoice = firstRecord("04_invoices_payments", 2);

        assertThat(invoice.decimal("amount_untaxed")).isEqualByComparingTo("1725.00");
        assertThat(invoice.decimal("amount_tax").toPlainString()).isEqualTo("258.75");
        assertThat(invoice.decimal("amount_total").toPlainString()).isEqualTo("1983.75");
        assertThat(invoice.decimal("amount_residual")).isEqualTo(new BigDecimal("1983.75"));
        assertThat(invoice.string("state")).hasValue("draft");
        assertThat(invoice.date("invoice_date")).hasValue(LocalDate.of(2026, 11, 30));
        assertThat(invoice.many2one("partner_id")).hasValue(new Many2one(7, "Acme Consulting Client"));
        assertThat(invoice.many2one("currency_id").map(Many2one::displayName)).hasValue("USD");
        assertThat(invoice.ids("invoice_line_ids")).containsExactly(1L);
    }

    @Test
    void emptyValuesReadAsEmptyNotAsFalse() {
        OdooRecord partner = firstRecord("02_master_data", 7);

        assertThat(partner.many2one("parent_id")).isEmpty();
        assertThat(partner.many2one("company_id")).isEmpty();
        assertThat(partner.ids("child_ids")).containsExactly(10L);
        assertThat(partner.bool("is_company")).isTrue();
        assertThat(partner.dateTime("write_date")).hasValue(Instant.parse("2026-11-22T18:34:46Z"));
    }

    @Test
    void timesheetCostIsNegativeHoursTimesHourlyCost() {
        OdooRecord line = firstRecord("03_projects_timesheets", 10);

        assertThat(line.decimal("unit_amount")).isEqualByComparingTo("7.5");
        assertThat(line.decimal("amount")).isEqualByComparingTo(new BigDecimal("-7.5").multiply(new BigDecimal("55")));
        assertThat(line.string("timesheet_invoice_type")).hasValue("non_billable");
        assertThat(line.many2one("so_line")).isEmpty();
    }

    @Test
    void analyticDistributionIsJsonKeyedByAccountId() {
        OdooRecord line = firstRecord("04_invoices_payments", 3);

        JsonNode distribution = line.raw("analytic_distribution");

        assertThat(distribution.path("2").decimalValue()).isEqualByComparingTo("100");
        assertThat(line.decimal("price_subtotal")).isEqualByComparingTo("1725");
    }

    @Test
    void readingAFieldThatWasNotAskedForFailsInsteadOfReadingEmpty() {
        OdooRecord partner = firstRecord("02_master_data", 7);

        assertThat(partner.has("email")).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> partner.string("email"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("email");
    }

    @Test
    void aValueOfAnotherTypeIsReportedNotCoerced() {
        OdooRecord partner = firstRecord("02_master_data", 7);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> partner.decimal("name"))
                .isInstanceOf(IllegalStateException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> partner.many2one("child_ids"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyModelOfTheReferenceSchemaParses() {
        int models = 0;
        for (Map.Entry<String, JsonNode> model : TranscriptRecordsTest.models.properties()) {
            ModelSchema schema = ModelSchema.parse(model.getKey(), model.getValue());
            assertThat(schema.fields()).hasSize(model.getValue().size());
            assertThat(schema.fields().values()).noneMatch(field -> field.type() == FieldType.OTHER);
            models++;
        }

        assertThat(models).isEqualTo(32);
    }

    @Test
    void schemaKnowsRelationsSelectionsAndRequiredFields() {
        ModelSchema project = ModelSchema.parse("project.project", models.path("project.project"));
        ModelSchema move = ModelSchema.parse("account.move", models.path("account.move"));

        assertThat(project.field("account_id").flatMap(FieldInfo::relation)).hasValue("account.analytic.account");
        assertThat(project.has("analytic_account_id")).isFalse();
        assertThat(project.requiredFields()).extracting(FieldInfo::name).contains("name");
        FieldInfo moveType = move.field("move_type").orElseThrow();
        assertThat(moveType.type()).isEqualTo(FieldType.SELECTION);
        assertThat(moveType.selection())
                .extracting(SelectionOption::value)
                .contains("out_invoice", "out_refund", "in_invoice", "in_refund", "entry");
        assertThat(move.field("payment_state").orElseThrow().allows("blocked")).isTrue();
        assertThat(move.field("amount_total").map(FieldInfo::type)).hasValue(FieldType.MONETARY);
        assertThat(move.field("invoice_line_ids").map(field -> field.type().isX2many()))
                .hasValue(true);
        assertThat(Optional.ofNullable(move.fields().get("no_such_field"))).isEmpty();
    }

    private static OdooRecord firstRecord(String transcript, int step) {
        return OdooRecord.of(Transcripts.steps(transcript)
                .get(step)
                .response()
                .path("result")
                .get(0));
    }
}
