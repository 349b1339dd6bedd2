package dev.ledgerline.hub.ingest;

import static dev.ledgerline.hub.testing.Envelopes.batch;
import static dev.ledgerline.hub.testing.Envelopes.envelope;
import static dev.ledgerline.hub.testing.Envelopes.timeEntry;
import static dev.ledgerline.hub.testing.Envelopes.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** R9: hostile payloads are refused with their code, change nothing, and leave the hub healthy. */
@Tag("R9")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HostilePayloadsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient sql;

    private long recordsBefore;
    private long versionsBefore;

    private Api api() {
        return new Api(port);
    }

    private long count(String table) {
        return sql.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @BeforeEach
    void countLedger() {
        recordsBefore = count("ledger_record");
        versionsBefore = count("ledger_record_version");
    }

    @AfterEach
    void hubStaysHealthy() {
        assertThat(api().get(null, "/actuator/health").status()).isEqualTo(200);
        String id = unique("TE");
        assertThat(api().postEvents(TestTokens.PSA, batch(timeEntry(id, 1, "P-1", "1")))
                        .status(0))
                .isEqualTo("accepted");
    }

    private void ledgerUnchanged() {
        assertThat(count("ledger_record_version")).isEqualTo(versionsBefore);
        assertThat(sql.sql("SELECT COUNT(*) FROM ledger_record WHERE version IS NOT NULL")
                        .query(Long.class)
                        .single())
                .isEqualTo(sql.sql("SELECT COUNT(DISTINCT record_id) FROM ledger_record_version")
                        .query(Long.class)
                        .single());
    }

    private void wholeRequestRefused(Api.Answer answer, int status, String code) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.errorCode()).isEqualTo(code);
        assertThat(count("ledger_record")).isEqualTo(recordsBefore);
        ledgerUnchanged();
    }

    @Test
    void malformedJsonIsRefusedAsAWhole() {
        Api.Answer answer = api().postEvents(TestTokens.PSA, "{\"events\":[{\"source\":\"psa\",");

        wholeRequestRefused(answer, 400, "MALFORMED_JSON");
    }

    @Test
    void bodyThatIsNotABatchIsRefused() {
        wholeRequestRefused(api().postEvents(TestTokens.PSA, "\"hello\""), 400, "NOT_A_BATCH");
        wholeRequestRefused(api().postEvents(TestTokens.PSA, "{\"events\":[]}"), 400, "NOT_A_BATCH");
    }

    @Test
    void bodyLargerThanTenMebibytesIsRefused() {
        char[] filler = new char[11 * 1024 * 1024];
        Arrays.fill(filler, 'x');
        String body = batch(
                envelope("psa", "time_entry", unique("TE"), 1, "{\"description\":\"" + new String(filler) + "\"}"));

        wholeRequestRefused(api().postEvents(TestTokens.PSA, body), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void batchOfMoreThanFiveThousandIsRefused() {
        String one = timeEntry(unique("TE"), 1, "P-1", "1");
        String body = batch(java.util.Collections.nCopies(5001, one));

        wholeRequestRefused(api().postEvents(TestTokens.PSA, body), 413, "BATCH_TOO_LARGE");
    }

    @Test
    void extremeNestingIsRefusedAsAWholeAndModerateNestingPerItem() {
        String extreme = "[".repeat(5000) + "]".repeat(5000);
        wholeRequestRefused(
                api().postEvents(
                                TestTokens.PSA,
                                batch(envelope("psa", "time_entry", unique("TE"), 1, "{\"x\":" + extreme + "}"))),
                400,
                "TOO_DEEP");

        String deep = "{\"a\":".repeat(40) + "1" + "}".repeat(40);
        Api.Answer perItem = api().postEvents(
                        TestTokens.PSA,
                        batch(
                                envelope("psa", "time_entry", unique("TE"), 1, deep),
                                timeEntry(unique("TE"), 1, "P-1", "2")));

        assertThat(perItem.status(0)).isEqualTo("rejected");
        assertThat(perItem.firstErrorCode(0)).isEqualTo("TOO_DEEP");
        assertThat(perItem.status(1)).isEqualTo("accepted");
    }

    @Test
    void nanInfinityAndHugeNumbersAreRefusedPerItemAtTheirField() {
        Api.Answer answer = api().postEvents(
                        TestTokens.PSA,
                        batch(
                                envelope("psa", "time_entry", unique("TE"), 1, """
                                {"employee":"E-1","project":"P-1","date":"2026-03-02","hours":NaN}"""),
                                envelope("psa", "time_entry", unique("TE"), 1, """
                                {"employee":"E-1","project":"P-1","date":"2026-03-02","hours":-Infinity}"""),
                                envelope("psa", "time_entry", unique("TE"), 1, """
                                {"employee":"E-1","project":"P-1","date":"2026-03-02","hours":1e400}"""),
                                envelope("psa", "time_entry", unique("TE"), 1, """
                                {"employee":"E-1","project":"P-1","date":"2026-03-02","hours":1%s}""".formatted("0".repeat(400)))));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.firstErrorCode(0)).isEqualTo("INVALID_VALUE");
        assertThat(answer.firstErrorField(0)).isEqualTo("data.hours");
        assertThat(answer.firstErrorCode(1)).isEqualTo("INVALID_VALUE");
        assertThat(answer.firstErrorCode(2)).isEqualTo("NUMBER_OUT_OF_RANGE");
        assertThat(answer.firstErrorField(2)).isEqualTo("data.hours");
        assertThat(answer.firstErrorCode(3)).isEqualTo("NUMBER_OUT_OF_RANGE");
        ledgerUnchanged();
    }

    @Test
    void badDatesAreRefusedPerItem() {
        Api.Answer answer = api().postEvents(
                        TestTokens.PSA,
                        batch(
                                envelope("psa", "time_entry", unique("TE"), 1, """
                                {"employee":"E-1","project":"P-1","date":"2026-02-30","hours":1}"""),
                                envelope("psa", "time_entry", unique("TE"), 1, """
                                {"employee":"E-1","project":"P-1","date":"02/03/2026","hours":1}""")));

        assertThat(answer.firstErrorCode(0)).isEqualTo("INVALID_VALUE");
        assertThat(answer.firstErrorField(0)).isEqualTo("data.date");
        assertThat(answer.firstErrorCode(1)).isEqualTo("INVALID_VALUE");
        ledgerUnchanged();
    }

    @Test
    void overlongStringIsRefusedPerItem() {
        Api.Answer answer = api().postEvents(
                        TestTokens.PSA,
                        batch(envelope("psa", "time_entry", unique("TE"), 1, """
                        {"employee":"E-1","project":"P-1","date":"2026-03-02","hours":1,"description":"%s"}""".formatted("y".repeat(70_000)))));

        assertThat(answer.firstErrorCode(0)).isEqualTo("STRING_TOO_LONG");
        assertThat(answer.firstErrorField(0)).isEqualTo("data.description");
        ledgerUnchanged();
    }

    @Test
    void injectionStringsAreStoredVerbatimAndHarmless() {
        String id = unique("TE'; DROP TABLE ledger_record; --");
        String evil = "<script>alert(1)</script>' OR '1'='1";
        String body = batch(envelope("psa", "time_entry", id.replace("\"", ""), 1, """
                {"employee":"E-1","project":"P-1","date":"2026-03-02","hours":1,"description":"%s"}""".formatted(evil)));

        Api.Answer answer = api().postEvents(TestTokens.PSA, body);

        assertThat(answer.status(0)).isEqualTo("accepted");
        String stored = sql.sql("SELECT payload FROM ledger_record WHERE external_id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(stored).contains(evil);
        assertThat(count("ledger_record")).isEqualTo(recordsBefore + 1);
    }

    @Test
    void nonUtf8BodiesAreRefusedAsInvalidEncoding() {
        byte[] latin1 = batch(timeEntry(unique("TE"), 1, "P-1", "1"))
                .replace("work", "caf\u00e9")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf16 = batch(timeEntry(unique("TE"), 1, "P-1", "1")).getBytes(StandardCharsets.UTF_16);

        wholeRequestRefused(api().postEvents(TestTokens.PSA, latin1, "application/json"), 400, "INVALID_ENCODING");
        wholeRequestRefused(api().postEvents(TestTokens.PSA, utf16, "application/json"), 400, "INVALID_ENCODING");
        wholeRequestRefused(
                api().postEvents(TestTokens.PSA, latin1, "application/json; charset=ISO-8859-1"),
                400,
                "INVALID_ENCODING");
    }

    @Test
    void wrongContentTypeIsRefused() {
        Api.Answer answer = api().postEvents(
                        TestTokens.PSA,
                        batch(timeEntry(unique("TE"), 1, "P-1", "1")).getBytes(StandardCharsets.UTF_8),
                        "text/plain");

        wholeRequestRefused(answer, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void duplicateFieldInAnEnvelopeIsRefusedPerItem() {
        Api.Answer answer =
                api().postEvents(TestTokens.PSA, batch(envelope("psa", "time_entry", unique("TE"), 1, """
                        {"employee":"E-1","project":"P-1","date":"2026-03-02","hours":1,"hours":20}""")));

        assertThat(answer.firstErrorCode(0)).isEqualTo("INVALID_VALUE");
        assertThat(answer.firstErrorField(0)).isEqualTo("data.hours");
        ledgerUnchanged();
    }
}
