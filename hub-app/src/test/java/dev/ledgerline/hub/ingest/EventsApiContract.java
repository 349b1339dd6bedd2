package dev.ledgerline.hub.ingest;

import static dev.ledgerline.hub.testing.Envelopes.batch;
import static dev.ledgerline.hub.testing.Envelopes.employee;
import static dev.ledgerline.hub.testing.Envelopes.envelope;
import static dev.ledgerline.hub.testing.Envelopes.project;
import static dev.ledgerline.hub.testing.Envelopes.timeEntry;
import static dev.ledgerline.hub.testing.Envelopes.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/events} over real HTTP, against whichever database the concrete class
 * configures (H2 and PostgreSQL).
 */
abstract class EventsApiContract {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient sql;

    Api api() {
        return new Api(port);
    }

    long records(String externalIdPrefix) {
        return sql.sql("SELECT COUNT(*) FROM ledger_record WHERE external_id LIKE :p")
                .param("p", externalIdPrefix + "%")
                .query(Long.class)
                .single();
    }

    String state(String source, String type, String externalId) {
        return api().get(TestTokens.READER, "/api/v1/records/" + source + "/" + type + "/" + externalId)
                .json()
                .path("state")
                .asString();
    }

    @Test
    void acceptedDuplicateStaleAndVersionConflictAreAnsweredPerItem() {
        String id = unique("TE");
        api().postEvents(TestTokens.PSA, batch(timeEntry(id, 2, "P-1", "7.5")));

        Api.Answer answer = api().postEvents(
                        TestTokens.PSA,
                        batch(
                                timeEntry(id, 2, "P-1", "7.50"),
                                timeEntry(id, 1, "P-1", "3"),
                                timeEntry(id, 2, "P-1", "8")));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.status(0)).isEqualTo("duplicate");
        assertThat(answer.status(1)).isEqualTo("stale");
        assertThat(answer.status(2)).isEqualTo("rejected");
        assertThat(answer.firstErrorCode(2)).isEqualTo("VERSION_CONFLICT");
        assertThat(answer.firstErrorField(2)).isEqualTo("version");
        JsonNode record = api().get(TestTokens.READER, "/api/v1/records/psa/time_entry/" + id)
                .json();
        assertThat(record.path("version").asLong()).isEqualTo(2);
        assertThat(record.path("data").path("hours").decimalValue()).isEqualByComparingTo("7.5");
        assertThat(record.path("versions")).hasSize(1);
        assertThat(record.path("rejections")).hasSize(1);
    }

    @Test
    void acceptedItemAnswersItsLedgerIdAndNewVersionGoesBackToPending() {
        String id = unique("TE");
        Api.Answer first = api().postEvents(TestTokens.PSA, batch(timeEntry(id, 1, "P-1", "2")));
        Api.Answer second = api().postEvents(TestTokens.PSA, batch(timeEntry(id, 5, "P-1", "3")));

        assertThat(first.status(0)).isEqualTo("accepted");
        assertThat(second.result(0).path("ledgerId").asString())
                .isEqualTo(first.result(0).path("ledgerId").asString());
        JsonNode record = api().get(TestTokens.READER, "/api/v1/records/psa/time_entry/" + id)
                .json();
        assertThat(record.path("versions"))
                .extracting(v -> v.path("version").asLong())
                .containsExactly(1L, 5L);
        assertThat(record.path("history"))
                .extracting(h -> h.path("from").asString() + ">"
                        + h.path("event").asString() + ">" + h.path("to").asString())
                .containsExactly(
                        "RECEIVED>WAIT_FOR_DEPENDENCY>PENDING_DEPENDENCY",
                        "PENDING_DEPENDENCY>WAIT_FOR_DEPENDENCY>PENDING_DEPENDENCY");
        assertThat(record.path("history").get(0).path("actor").asString()).isEqualTo("token:psa-feed");
        assertThat(record.path("bindings")).isEmpty();
    }

    @Test
    void timeEntryWaitsForItsProjectAndEmployeeAndIsReleasedWhenTheyArrive() {
        String entry = unique("TE");
        String projectId = unique("P");
        String employeeId = unique("E");
        String entryJson = envelope("psa", "time_entry", entry, 1, """
                {"employee":"hr:%s","project":"%s","date":"2026-03-02","hours":8}""".formatted(employeeId, projectId));

        api().postEvents(TestTokens.PSA, batch(entryJson));
        String waiting = state("psa", "time_entry", entry);
        api().postEvents(TestTokens.PSA, batch(project(projectId, 1, "crm:C-1", "crm:K-1")));
        String afterProject = state("psa", "time_entry", entry);
        api().postEvents(TestTokens.PEOPLE, batch(employee(employeeId)));

        assertThat(waiting).isEqualTo("PENDING_DEPENDENCY");
        assertThat(afterProject).isEqualTo("PENDING_DEPENDENCY");
        assertThat(state("psa", "time_entry", entry)).isEqualTo("PENDING");
        assertThat(state("psa", "project", projectId)).isEqualTo("PENDING_DEPENDENCY");
    }

    @Test
    void parentLaterInTheSameBatchCountsAsPresent() {
        String entry = unique("TE");
        String projectId = unique("P");
        String employeeId = unique("E");
        String entryJson = envelope("psa", "time_entry", entry, 1, """
                {"employee":"psa:%s","project":"%s","date":"2026-03-02","hours":8}""".formatted(employeeId, projectId));
        String internal = envelope("psa", "project", projectId, 1, """
                {"name":"Bench","customer":"crm:C-1","entity":"us","kind":"internal"}""");
        String emp = envelope("psa", "employee", employeeId, 1, """
                {"name":"Ada","entity":"us"}""");

        Api.Answer answer = api().postEvents(TestTokens.PSA, batch(entryJson, internal, emp));

        assertThat(answer.status(0)).isEqualTo("accepted");
        assertThat(state("psa", "time_entry", entry)).isEqualTo("PENDING");
    }

    @Test
    void rejectedItemIsKeptWithItsReasonsAndAFixedResubmissionIsAccepted() {
        String id = unique("TE");

        Api.Answer bad = api().postEvents(TestTokens.PSA, batch(timeEntry(id, 1, "P-1", "25")));
        String rejectedState = state("psa", "time_entry", id);
        Api.Answer fixed = api().postEvents(TestTokens.PSA, batch(timeEntry(id, 1, "P-1", "8")));

        assertThat(bad.status(0)).isEqualTo("rejected");
        assertThat(bad.firstErrorCode(0)).isEqualTo("INVALID_VALUE");
        assertThat(bad.firstErrorField(0)).isEqualTo("data.hours");
        assertThat(rejectedState).isEqualTo("REJECTED");
        assertThat(fixed.status(0)).isEqualTo("accepted");
        JsonNode record = api().get(TestTokens.READER, "/api/v1/records/psa/time_entry/" + id)
                .json();
        assertThat(record.path("rejections")
                        .get(0)
                        .path("errors")
                        .get(0)
                        .path("code")
                        .asString())
                .isEqualTo("INVALID_VALUE");
        assertThat(record.path("history"))
                .extracting(h -> h.path("event").asString())
                .containsExactly("REJECT", "WAIT_FOR_DEPENDENCY");
    }

    @Test
    void rejectedNewerVersionLeavesTheAcceptedVersionAlone() {
        String id = unique("TE");
        api().postEvents(TestTokens.PSA, batch(timeEntry(id, 1, "P-1", "8")));

        Api.Answer answer = api().postEvents(TestTokens.PSA, batch(timeEntry(id, 2, "P-1", "0")));

        assertThat(answer.status(0)).isEqualTo("rejected");
        JsonNode record = api().get(TestTokens.READER, "/api/v1/records/psa/time_entry/" + id)
                .json();
        assertThat(record.path("version").asLong()).isEqualTo(1);
        assertThat(record.path("state").asString()).isEqualTo("PENDING_DEPENDENCY");
        assertThat(record.path("history")).hasSize(1);
    }

    @Test
    void itemsWithTheSameKeyInOneBatchAreProcessedInOrder() {
        String id = unique("TE");

        Api.Answer answer = api().postEvents(
                        TestTokens.PSA,
                        batch(
                                timeEntry(id, 1, "P-1", "1"),
                                timeEntry(id, 2, "P-1", "2"),
                                timeEntry(id, 1, "P-1", "1")));

        assertThat(List.of(answer.status(0), answer.status(1), answer.status(2)))
                .containsExactly("accepted", "accepted", "stale");
        assertThat(api().get(TestTokens.READER, "/api/v1/records/psa/time_entry/" + id)
                        .json()
                        .path("data")
                        .path("hours")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void unknownTypeAndInvoiceFromASourceAreRejectedWithTheirCodes() {
        Api.Answer answer = api().postEvents(
                        TestTokens.PSA,
                        batch(
                                envelope("psa", "timesheet", unique("X"), 1, "{}"),
                                envelope("psa", "invoice", unique("INV"), 1, "{\"number\":\"INV/1\"}")));

        assertThat(answer.firstErrorCode(0)).isEqualTo("UNKNOWN_TYPE");
        assertThat(answer.firstErrorCode(1)).isEqualTo("OWNERSHIP_VIOLATION");
    }

    @Test
    void milestoneAcceptanceNamingAMilestoneTheContractLacksIsAnUnknownReference() {
        String contract = unique("K");
        String contractJson = envelope("crm", "contract", contract, 1, """
                {"customer":"C-1","entity":"us","currency":"USD","billingModel":"fixed_fee","fixedFee":"1000",
                 "milestones":[{"id":"M1","amount":"1000"}]}""");
        api().postEvents(TestTokens.PEOPLE, batch(contractJson));

        Api.Answer answer = api().postEvents(
                        TestTokens.PEOPLE,
                        batch(
                                envelope("crm", "milestone_acceptance", unique("MA"), 1, """
                                {"contract":"%s","milestone":"M2","acceptedOn":"2026-03-02"}""".formatted(contract)),
                                envelope("crm", "milestone_acceptance", unique("MA"), 1, """
                                {"contract":"%s","milestone":"M1","acceptedOn":"2026-03-02"}""".formatted(contract))));

        assertThat(answer.firstErrorCode(0)).isEqualTo("UNKNOWN_REFERENCE");
        assertThat(answer.firstErrorField(0)).isEqualTo("data.milestone");
        assertThat(answer.status(1)).isEqualTo("accepted");
    }

    @Test
    void paymentNamingNoKnownInvoiceIsAnUnknownReference() {
        Api.Answer answer =
                api().postEvents(TestTokens.PEOPLE, batch(envelope("portal", "payment", unique("PAY"), 1, """
                        {"invoice":"INV/2099/0001","amount":"10.00","currency":"USD","date":"2026-03-20"}""")));

        assertThat(answer.firstErrorCode(0)).isEqualTo("UNKNOWN_REFERENCE");
        assertThat(answer.firstErrorField(0)).isEqualTo("data.invoice");
    }

    @Test
    @Tag("R4")
    void sameBatchPostedThreeTimesConcurrentlyStoresEachRecordOnce() throws Exception {
        String prefix = unique("R4");
        List<String> envelopes = IntStream.range(0, 300)
                .mapToObj(i -> timeEntry(prefix + "-" + i, 1, "P-1", "1.5"))
                .toList();
        String body = batch(envelopes);
        List<Callable<Api.Answer>> posts = List.of(
                () -> api().postEvents(TestTokens.PSA, body),
                () -> api().postEvents(TestTokens.PSA, body),
                () -> api().postEvents(TestTokens.PSA, body));

        List<Api.Answer> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            for (Future<Api.Answer> f : pool.invokeAll(posts)) {
                answers.add(f.get());
            }
        }

        assertThat(answers).extracting(Api.Answer::status).containsOnly(200);
        long accepted = answers.stream()
                .flatMap(a -> IntStream.range(0, 300).mapToObj(a::status))
                .filter("accepted"::equals)
                .count();
        long duplicates = answers.stream()
                .flatMap(a -> IntStream.range(0, 300).mapToObj(a::status))
                .filter("duplicate"::equals)
                .count();
        assertThat(accepted).isEqualTo(300);
        assertThat(duplicates).isEqualTo(600);
        assertThat(records(prefix)).isEqualTo(300);
        assertThat(sql.sql("""
                        SELECT COUNT(*) FROM ledger_record_version v JOIN ledger_record r ON r.id = v.record_id
                         WHERE r.external_id LIKE :p""").param("p", prefix + "%").query(Long.class).single())
                .isEqualTo(300);
    }

    @Test
    void recordOfAnotherTypeOrUnknownKeyIsNotFound() {
        Api.Answer missing = api().get(TestTokens.READER, "/api/v1/records/psa/time_entry/" + unique("NONE"));
        Api.Answer badType = api().get(TestTokens.READER, "/api/v1/records/psa/widget/X");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(badType.status()).isEqualTo(404);
    }

    @Test
    void throughputOfTenBatchesOfAThousandTimeEntries() {
        String prefix = unique("P1");
        String projectId = unique("P");
        api().postEvents(TestTokens.PSA, batch(project(projectId, 1, "crm:C-1", "crm:K-1")));
        api().postEvents(TestTokens.PEOPLE, batch(employee("E-1")));
        List<String> warmUp = IntStream.range(0, 1000)
                .mapToObj(i -> timeEntry(prefix + "-warm-" + i, 1, projectId, "1"))
                .toList();
        api().postEvents(TestTokens.PSA, batch(warmUp));
        List<String> bodies = IntStream.range(0, 10)
                .mapToObj(b -> batch(IntStream.range(0, 1000)
                        .mapToObj(i -> timeEntry(prefix + "-" + b + "-" + i, 1, projectId, "7.5"))
                        .toList()))
                .toList();
        long[] latencies = new long[bodies.size()];

        long start = System.nanoTime();
        for (int b = 0; b < bodies.size(); b++) {
            long t = System.nanoTime();
            Api.Answer answer = api().postEvents(TestTokens.PSA, bodies.get(b));
            latencies[b] = System.nanoTime() - t;
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.status(999)).isEqualTo("accepted");
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        double perSecond = 10_000 / seconds;
        java.util.Arrays.sort(latencies);
        System.out.printf(
                "P1 ingest on %s: 10,000 time entries in %.2f s = %.0f records/s; batch latency median %d ms, max %d ms%n",
                database(), seconds, perSecond, latencies[5] / 1_000_000, latencies[9] / 1_000_000);
        assertThat(records(prefix + "-")).isEqualTo(11_000);
        assertThat(perSecond).isGreaterThan(200);
    }

    abstract String database();
}
