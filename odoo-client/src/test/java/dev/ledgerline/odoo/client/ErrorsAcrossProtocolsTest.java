package dev.ledgerline.odoo.client;

import static dev.ledgerline.odoo.client.StubOdoo.rpcResult;
import static dev.ledgerline.odoo.client.StubOdoo.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same failure gives the same typed error over JSON-RPC (HTTP 200, {@code error.data.name}) and over
 * JSON-2 (HTTP status and {@code {name, message, …}} body). JSON-2 answers follow Odoo 19's dispatcher:
 * UserError subclasses carry their own status, werkzeug exceptions theirs, anything else 500.
 */
class ErrorsAcrossProtocolsTest {

    /**
     * One failure in both protocols' words.
     *
     * @param meaning what happened
     * @param rpcName JSON-RPC {@code error.data.name}
     * @param json2Status JSON-2 HTTP status
     * @param json2Name JSON-2 body {@code name}
     * @param message the message (the same in both unless stated)
     * @param json2Message JSON-2's message
     * @param expected the typed error
     * @param retryable whether a retry may succeed
     */
    record Failure(
            String meaning,
            String rpcName,
            int json2Status,
            String json2Name,
            String message,
            String json2Message,
            Class<? extends OdooException> expected,
            boolean retryable) {
        @Override
        public String toString() {
            return meaning;
        }
    }

    static List<Failure> failures() {
        return List.of(
                new Failure(
                        "bad credentials",
                        "odoo.exceptions.AccessDenied",
                        401,
                        "werkzeug.exceptions.Unauthorized",
                        "Access Denied",
                        "Invalid apikey",
                        OdooAccessDeniedException.class,
                        false),
                new Failure(
                        "no right",
                        "odoo.exceptions.AccessError",
                        403,
                        "odoo.exceptions.AccessError",
                        "You are not allowed to create 'Journal Entry' (account.move) records.",
                        null,
                        OdooAccessRightsException.class,
                        false),
                new Failure(
                        "missing record",
                        "odoo.exceptions.MissingError",
                        404,
                        "odoo.exceptions.MissingError",
                        "Record does not exist or has been deleted.\n(Record: res.partner(999999,), User: 2)",
                        null,
                        OdooMissingRecordException.class,
                        false),
                new Failure(
                        "business rule",
                        "odoo.exceptions.UserError",
                        422,
                        "odoo.exceptions.UserError",
                        "You can't delete a posted journal item.",
                        null,
                        OdooUserErrorException.class,
                        false),
                new Failure(
                        "constraint",
                        "odoo.exceptions.ValidationError",
                        422,
                        "odoo.exceptions.ValidationError",
                        "The operation cannot be completed: Contacts require a name",
                        null,
                        OdooValidationException.class,
                        false),
                new Failure(
                        "serialization conflict",
                        "psycopg2.errors.SerializationFailure",
                        409,
                        "psycopg2.errors.SerializationFailure",
                        "could not serialize access due to concurrent update",
                        null,
                        OdooConcurrencyException.class,
                        true),
                new Failure(
                        "row locked",
                        "psycopg2.errors.LockNotAvailable",
                        409,
                        "odoo.exceptions.ConcurrencyError",
                        "could not obtain lock on row in relation \"account_move\"",
                        null,
                        OdooConcurrencyException.class,
                        true),
                new Failure(
                        "unknown field",
                        "builtins.ValueError",
                        500,
                        "builtins.ValueError",
                        "Invalid field 'no_such_field' on model 'res.partner'",
                        null,
                        OdooUnknownFieldException.class,
                        false),
                new Failure(
                        "unknown model",
                        "odoo.exceptions.UserError",
                        404,
                        "werkzeug.exceptions.NotFound",
                        "Object no.such.model doesn't exist",
                        "the model 'no.such.model' does not exist",
                        OdooUnknownModelException.class,
                        false),
                new Failure(
                        "unknown method",
                        "builtins.AttributeError",
                        404,
                        "werkzeug.exceptions.NotFound",
                        "The method 'no_such' does not exist on the model 'res.partner'",
                        null,
                        OdooUnknownMethodException.class,
                        false),
                new Failure(
                        "bad date",
                        "psycopg2.errors.InvalidDatetimeFormat",
                        500,
                        "psycopg2.errors.InvalidDatetimeFormat",
                        "invalid input syntax for type date: \"not a date\"",
                        null,
                        OdooInvalidValueException.class,
                        false),
                new Failure(
                        "bad arguments",
                        "builtins.TypeError",
                        422,
                        "werkzeug.exceptions.UnprocessableEntity",
                        "BaseModel._read_format() got an unexpected keyword argument 'bogus'",
                        null,
                        OdooInvalidValueException.class,
                        false),
                new Failure(
                        "bug in the server",
                        "builtins.ZeroDivisionError",
                        500,
                        "builtins.ZeroDivisionError",
                        "division by zero",
                        null,
                        OdooServerException.class,
                        false),
                new Failure(
                        "malformed request",
                        "werkzeug.exceptions.BadRequest",
                        400,
                        "werkzeug.exceptions.BadRequest",
                        "could not parse the body as json",
                        null,
                        OdooServerException.class,
                        false),
                new Failure(
                        "database down",
                        "psycopg2.OperationalError",
                        500,
                        "psycopg2.OperationalError",
                        "server closed the connection unexpectedly",
                        null,
                        OdooServerException.class,
                        true));
    }

    static Stream<Arguments> failuresInBothProtocols() {
        return failures().stream()
                .flatMap(failure ->
                        Stream.of(Arguments.of(failure, Protocol.JSON_RPC), Arguments.of(failure, Protocol.JSON_2)));
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("failuresInBothProtocols")
    void theSameFailureIsTheSameTypedErrorInBothProtocols(Failure failure, Protocol protocol) {
        String model = failure.meaning().equals("unknown model") ? "no.such.model" : "res.partner";
        StubOdoo.Script script = new StubOdoo.Script();
        OdooClient.Builder builder;
        if (protocol == Protocol.JSON_RPC) {
            script.handshake(18, 2)
                    .rpc(
                            "object.execute_kw:" + model + ".create",
                            request -> StubOdoo.rpcError(request, failure.rpcName(), failure.message()));
        } else {
            script.rpc("common.version", request -> rpcResult(request, version(19)))
                    .json2("res.users", "context_get", request -> new StubOdoo.Answer.Json(200, "{\"uid\": 2}"))
                    .json2(
                            model,
                            "create",
                            request -> StubOdoo.json2Error(
                                    failure.json2Status(),
                                    failure.json2Name(),
                                    failure.json2Message() != null ? failure.json2Message() : failure.message()));
        }

        try (StubOdoo stub = StubOdoo.start(script)) {
            builder = OdooClient.builder().url(stub.url()).database("firm").login("integration");
            try (OdooClient client = protocol == Protocol.JSON_RPC
                    ? builder.password("s3cret-pass").build()
                    : builder.apiKey("0123456789abcdef0123456789abcdef01234567").build()) {
                OdooException error = catchThrowableOfType(
                        OdooException.class, () -> client.model(model).create(Map.of("name", "X")));

                assertThat(client.protocol()).isEqualTo(protocol);
                assertThat(error).isExactlyInstanceOf(failure.expected());
                assertThat(error.isRetryable()).isEqualTo(failure.retryable());
                assertThat(error.model()).isEqualTo(model);
                assertThat(error.method()).isEqualTo("create");
                if (protocol == Protocol.JSON_2) {
                    assertThat(error.errorName()).isEqualTo(failure.json2Name());
                    assertThat(error.httpStatus()).hasValue(failure.json2Status());
                } else {
                    assertThat(error.errorName()).isEqualTo(failure.rpcName());
                    assertThat(error.httpStatus()).isEmpty();
                }
            }
        }
        assertThat(script.failures()).isEmpty();
    }

    @ParameterizedTest(name = "JSON-RPC code {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {100})
    void anExpiredSessionIsAccessDenied(int code) {
        StubOdoo.Script script = new StubOdoo.Script()
                .handshake(18, 2)
                .rpc(
                        "object.execute_kw:res.partner.search",
                        request -> StubOdoo.rpcError(
                                request, code, "odoo.http.SessionExpiredException", "Session expired"));

        try (StubOdoo stub = StubOdoo.start(script);
                OdooClient client = OdooClient.builder()
                        .url(stub.url())
                        .database("firm")
                        .login("integration")
                        .password("s3cret-pass")
                        .build()) {
            OdooException error = catchThrowableOfType(
                    OdooException.class, () -> client.model("res.partner").search(Domain.all()));

            assertThat(error).isExactlyInstanceOf(OdooAccessDeniedException.class);
        }
    }

    @ParameterizedTest(name = "Odoo 19 JSON-RPC code 0: {0}")
    @MethodSource("failures")
    void odoo19JsonRpcCodeZeroMapsTheSameWay(Failure failure) {
        String model = failure.meaning().equals("unknown model") ? "no.such.model" : "res.partner";
        StubOdoo.Script script = new StubOdoo.Script()
                .handshake(19, 2)
                .rpc(
                        "object.execute_kw:" + model + ".unlink",
                        request -> StubOdoo.rpcError(request, 0, failure.rpcName(), failure.message()));

        try (StubOdoo stub = StubOdoo.start(script);
                OdooClient client = OdooClient.builder()
                        .url(stub.url())
                        .database("firm")
                        .login("integration")
                        .password("s3cret-pass")
                        .build()) {
            OdooException error = catchThrowableOfType(
                    OdooException.class, () -> client.model(model).unlink(List.of(1L)));

            assertThat(error).isExactlyInstanceOf(failure.expected());
        }
    }
}
