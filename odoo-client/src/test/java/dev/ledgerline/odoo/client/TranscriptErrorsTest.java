package dev.ledgerline.odoo.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ledgerline.odoo.client.internal.ErrorDecoder;
import dev.ledgerline.odoo.client.internal.HttpChannel;
import dev.ledgerline.odoo.client.internal.JsonRpcTransport;
import dev.ledgerline.odoo.client.internal.OdooJson;
import dev.ledgerline.odoo.client.internal.Secret;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every recorded answer parses; every recorded error becomes the right typed error. */
class TranscriptErrorsTest {

    static List<Transcripts.Step> errorSteps() {
        return Transcripts.jsonRpcSteps().stream()
                .filter(Transcripts.Step::isError)
                .toList();
    }

    static List<Transcripts.Step> resultSteps() {
        return Transcripts.jsonRpcSteps().stream()
                .filter(step -> !step.isError())
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorSteps")
    void recordedErrorBecomesItsTypedError(Transcripts.Step step) {
        ErrorDecoder decoder = decoderFor(step);

        OdooException error = catchThrowableOfType(
                OdooException.class,
                () -> JsonRpcTransport.readAnswer(answerOf(step), decoder, step.model(), step.method()));

        assertThat(error).as(step.toString()).isExactlyInstanceOf(TranscriptExpectations.ERRORS.get(step.key()));
        assertThat(error.model()).isEqualTo(step.model());
        assertThat(error.method()).isEqualTo(step.method());
        if (step.status() == 200) {
            JsonNode data = step.response().path("error").path("data");
            assertThat(error.errorName()).isEqualTo(data.path("name").asString());
            assertThat(error.odooMessage()).isEqualTo(data.path("message").asString());
            assertThat(error.httpStatus()).isEmpty();
            assertThat(error.errorContext()).isEqualTo(data.path("context"));
        } else {
            assertThat(error.errorName()).isEqualTo("http." + step.status());
            assertThat(error.odooMessage()).isEqualTo(step.rawBody());
            assertThat(error.httpStatus()).hasValue(step.status());
        }
        assertThat(error.getMessage())
                .contains(error.odooMessage().lines().findFirst().orElse(""));
    }

    @Test
    void everyRecordedErrorHasAnExpectationAndNoExpectationIsStale() {
        Set<String> recorded = errorSteps().stream().map(Transcripts.Step::key).collect(Collectors.toSet());

        assertThat(recorded).containsExactlyInAnyOrderElementsOf(TranscriptExpectations.ERRORS.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resultSteps")
    void recordedResultIsReturnedAsOdooSentIt(Transcripts.Step step) {
        JsonNode result = JsonRpcTransport.readAnswer(answerOf(step), decoderFor(step), step.model(), step.method());

        JsonNode expected = step.response().has("result") ? step.response().get("result") : OdooJson.NODES.nullNode();
        assertThat(result).as(step.toString()).isEqualTo(expected);
    }

    @Test
    void multiCompanyAccessErrorCarriesTheCompanyToSwitchTo() {
        Transcripts.Step step = Transcripts.steps("06_multi_company").get(4);

        OdooAccessRightsException error = catchThrowableOfType(
                OdooAccessRightsException.class,
                () -> JsonRpcTransport.readAnswer(answerOf(step), decoderFor(step), step.model(), step.method()));

        assertThat(error.errorContext().path("suggested_company").path("id").asInt())
                .isEqualTo(2);
        assertThat(error.isRetryable()).isFalse();
    }

    @Test
    void unknownFieldNamesTheField() {
        Transcripts.Step step = Transcripts.steps("02_master_data").get(9);

        OdooUnknownFieldException error = catchThrowableOfType(
                OdooUnknownFieldException.class,
                () -> JsonRpcTransport.readAnswer(answerOf(step), decoderFor(step), step.model(), step.method()));

        assertThat(error.field()).hasValue("no_such_field");
        assertThat(error.getMessage())
                .isEqualTo(
                        "res.partner.create: Invalid field 'no_such_field' on model 'res.partner' (builtins.ValueError)");
    }

    /**
     * 08 is XML-RPC, which this client does not speak; each of its faults has a JSON-RPC twin (same model,
     * method and records) whose typed error must fall in the fault code's family.
     */
    @Test
    void xmlRpcFaultsHaveJsonRpcTwinsOfTheSameFamily() {
        List<Transcripts.Step> jsonRpc = Transcripts.jsonRpcSteps();
        int checked = 0;

        for (Transcripts.Step fault : Transcripts.steps("08_xmlrpc_faults")) {
            JsonNode faultNode = fault.response().path("fault");
            if (faultNode.isMissingNode()) {
                continue;
            }
            JsonNode args = Transcripts.read("08_xmlrpc_faults")
                    .path("steps")
                    .get(fault.index())
                    .path("xmlrpc")
                    .path("args");
            Transcripts.Step twin = jsonRpc.stream()
                    .filter(step -> step.isExecuteKw() && step.isError())
                    .filter(step -> step.model().equals(args.path(3).asString())
                            && step.method().equals(args.path(4).asString())
                            && step.params().path("args").path(2).equals(args.path(2))
                            && sameFirstArgument(step, args))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no JSON-RPC twin for " + fault));
            Class<? extends OdooException> type = TranscriptExpectations.ERRORS.get(twin.key());

            switch (faultNode.path("faultCode").asInt()) {
                case 3 -> assertThat(type).as(fault.note()).isEqualTo(OdooAccessDeniedException.class);
                case 4 -> assertThat(type).as(fault.note()).isEqualTo(OdooAccessRightsException.class);
                case 2 ->
                    assertThat(type)
                            .as(fault.note())
                            .isIn(
                                    OdooUserErrorException.class,
                                    OdooValidationException.class,
                                    OdooMissingRecordException.class,
                                    OdooUnknownModelException.class);
                default ->
                    assertThat(type)
                            .as(fault.note())
                            .isIn(
                                    OdooUnknownFieldException.class,
                                    OdooInvalidValueException.class,
                                    OdooServerException.class);
            }
            checked++;
        }

        assertThat(checked).isEqualTo(4);
    }

    /** The same records (ids or domain), or values with the same fields. */
    private static boolean sameFirstArgument(Transcripts.Step step, JsonNode args) {
        JsonNode first = step.params().path("args").path(5).path(0);
        JsonNode other = args.path(5).path(0);
        if (first.isArray() && other.isArray()) {
            return first.equals(other);
        }
        return first.isObject() && other.isObject() && first.propertyNames().equals(other.propertyNames());
    }

    static HttpChannel.Answer answerOf(Transcripts.Step step) {
        if (step.status() != 200) {
            return new HttpChannel.Answer(
                    step.status(), "text/html", step.rawBody().getBytes(StandardCharsets.UTF_8));
        }
        return new HttpChannel.Answer(200, "application/json", OdooJson.write(step.response()));
    }

    static ErrorDecoder decoderFor(Transcripts.Step step) {
        JsonNode args = step.isJsonRpc() ? step.params().path("args") : OdooJson.NODES.arrayNode();
        OptionalLong uid = step.isExecuteKw() ? OptionalLong.of(args.path(1).asLong()) : OptionalLong.empty();
        String password = step.isExecuteKw() ? args.path(2).asString() : "admin";
        return new ErrorDecoder(List.of(Secret.of(password)), uid);
    }
}
