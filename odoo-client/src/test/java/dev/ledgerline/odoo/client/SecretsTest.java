package dev.ledgerline.odoo.client;

import static dev.ledgerline.odoo.client.StubOdoo.rpcResult;
import static dev.ledgerline.odoo.client.StubOdoo.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The password and API key never appear in toString, logs or exception messages. */
class SecretsTest {

    private static final String PASSWORD = "Pa55-w0rd-that-must-not-leak";
    private static final String API_KEY = "5e3c1b9f0a7d4e2c8b6a1f3e5d7c9b0a2e4f6d8c";

    private final List<String> logged = Collections.synchronizedList(new ArrayList<>());
    private final Logger logger = Logger.getLogger("dev.ledgerline.odoo.client");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(new java.util.logging.SimpleFormatter().format(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private Level previousLevel;

    @BeforeEach
    void captureLogs() {
        previousLevel = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
    }

    @AfterEach
    void restoreLogs() {
        logger.removeHandler(capture);
        logger.setLevel(previousLevel);
    }

    @Test
    void builderAndClientNeverShowTheSecret() {
        OdooClient.Builder builder = OdooClient.builder()
                .url("http://odoo.example:8069")
                .database("firm")
                .login("integration")
                .password(PASSWORD);

        try (OdooClient client = builder.build()) {
            assertThat(builder.toString()).doesNotContain(PASSWORD).contains("firm", "integration");
            assertThat(client.toString()).doesNotContain(PASSWORD).contains("password");
        }
        assertThat(OdooClient.builder().apiKey(API_KEY).toString()).doesNotContain(API_KEY);
    }

    @Test
    void aSecretOdooEchoesInAnErrorIsMaskedAndNotLogged() {
        StubOdoo.Script script = new StubOdoo.Script()
                .handshake(18, 2)
                .rpc(
                        "object.execute_kw:res.users.write",
                        request -> StubOdoo.rpcError(
                                request,
                                "psycopg2.errors.StringDataRightTruncation",
                                "value too long for type character varying(8): \"" + PASSWORD + "\""));

        try (StubOdoo stub = StubOdoo.start(script);
                OdooClient client = OdooClient.builder()
                        .url(stub.url())
                        .database("firm")
                        .login("integration")
                        .password(PASSWORD)
                        .build()) {
            OdooException error = catchThrowableOfType(
                    OdooException.class, () -> client.model("res.users").write(2L, Map.of("password", PASSWORD)));

            assertThat(error).isInstanceOf(OdooInvalidValueException.class);
            assertThat(error.getMessage()).doesNotContain(PASSWORD).contains("********");
            assertThat(error.odooMessage()).doesNotContain(PASSWORD);
            assertThat(error.toString()).doesNotContain(PASSWORD);
        }
        assertThat(logged).isNotEmpty().noneMatch(line -> line.contains(PASSWORD));
    }

    @Test
    void aRejectedApiKeyIsNotRepeatedInTheErrorOrTheLog() {
        StubOdoo.Script script = new StubOdoo.Script()
                .rpc("common.version", request -> rpcResult(request, version(19)))
                .json2(
                        "res.users",
                        "context_get",
                        request -> StubOdoo.json2Error(
                                401, "werkzeug.exceptions.Unauthorized", "Invalid apikey " + API_KEY));

        try (StubOdoo stub = StubOdoo.start(script);
                OdooClient client = OdooClient.builder()
                        .url(stub.url())
                        .database("firm")
                        .login("integration")
                        .apiKey(API_KEY)
                        .build()) {
            OdooAccessDeniedException denied = catchThrowableOfType(OdooAccessDeniedException.class, client::connect);

            assertThat(denied.getMessage()).doesNotContain(API_KEY);
            assertThat(client.toString()).doesNotContain(API_KEY);
        }
        assertThat(logged).noneMatch(line -> line.contains(API_KEY));
    }

    @Test
    void transportFailuresNameTheServerNotTheCredentials() {
        try (OdooClient client = OdooClient.builder()
                .url(StubOdoo.refusingUrl())
                .database("firm")
                .login("integration")
                .password(PASSWORD)
                .connectTimeout(Duration.ofSeconds(2))
                .build()) {
            OdooTransportException error = catchThrowableOfType(OdooTransportException.class, client::connect);

            assertThat(error.getMessage()).contains("127.0.0.1").doesNotContain(PASSWORD);
        }
        assertThat(logged).noneMatch(line -> line.contains(PASSWORD));
    }

    @Test
    void maskingLeavesWordsThatMerelyContainTheSecretAlone() {
        StubOdoo.Script script = new StubOdoo.Script()
                .handshake(18, 2)
                .rpc(
                        "object.execute_kw:account.move.create",
                        request -> StubOdoo.rpcError(
                                request,
                                "odoo.exceptions.AccessError",
                                "Contact your administrator to request access."));

        try (StubOdoo stub = StubOdoo.start(script);
                OdooClient client = OdooClient.builder()
                        .url(stub.url())
                        .database("firm")
                        .login("admin")
                        .password("admin")
                        .build()) {
            OdooException error = catchThrowableOfType(
                    OdooException.class, () -> client.model("account.move").create(Map.of()));

            assertThat(error.odooMessage()).isEqualTo("Contact your administrator to request access.");
        }
    }
}
