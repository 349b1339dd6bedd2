package dev.ledgerline.hub.canonical;

import static dev.ledgerline.hub.testing.Envelopes.batch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.Books;
import dev.ledgerline.hub.testing.TestClock;
import dev.ledgerline.hub.testing.TestTokens;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** The read side over records ingested through the API, on whichever database the concrete class sets. */
@Import(CanonicalStoreContract.Clocked.class)
abstract class CanonicalStoreContract {

    @TestConfiguration
    static class Clocked {
        @Bean
        @Primary
        TestClock testClock() {
            return TestClock.at("2026-01-05T18:00:00Z");
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    CanonicalStore store;

    @Autowired
    TestClock clock;

    private void send(String token, String... envelopes) {
        Api.Answer answer = new Api(port).postEvents(token, batch(envelopes));
        assertThat(answer.status()).isEqualTo(200);
        for (int i = 0; i < envelopes.length; i++) {
            assertThat(answer.status(i)).as(answer.body()).isEqualTo("accepted");
        }
    }

    @Test
    void contractRecordsFollowAnEntryThatMovedToAnotherContractsProjectAndHoldOnlyWhatWasReceivedByTheInstant() {
        Books books = Books.unique();
        clock.set("2026-01-05T18:00:00Z");
        send(
                TestTokens.PEOPLE,
                books.customer(),
                books.contract(1, "\"rateCard\":{\"senior\":200}"),
                books.employee("senior"));
        send(TestTokens.PEOPLE, Books.unique().customer());
        send(
                TestTokens.PSA,
                books.project(),
                books.otherProject("P-OTHER", "K-ELSEWHERE"),
                books.approved("TE-1", 1, "2026-01-05", "8", null),
                books.approved("TE-2", 1, "2026-01-05", "2", null));
        Instant afterFirst = Instant.parse("2026-01-05T18:00:00Z");
        clock.set("2026-01-07T09:30:00Z");
        send(TestTokens.PSA, books.entry("TE-1", 2, books.id("P-OTHER"), "2026-01-05", "6", "approved", null));
        RecordKey contract = RecordKey.parse(books.contractRef());

        ContractRecords now = store.forContract(contract, List.of(), Instant.parse("2026-01-08T00:00:00Z"));
        ContractRecords before = store.forContract(contract, List.of(), afterFirst);

        assertThat(now.contract())
                .singleElement()
                .satisfies(v -> assertThat(v.data().currentTerms().rateCard()).containsKey("senior"));
        assertThat(now.customer()).extracting(v -> v.key().externalId()).containsExactly(books.customerId());
        assertThat(now.projects()).extracting(v -> v.key().externalId()).containsExactly(books.projectId());
        assertThat(now.employees()).extracting(v -> v.key().externalId()).containsExactly(books.employeeId());
        assertThat(now.timeEntries())
                .extracting(v -> v.key().externalId() + " v" + v.version() + " "
                        + v.data().hours().toPlainString())
                .containsExactly(books.id("TE-1") + " v1 8", books.id("TE-1") + " v2 6", books.id("TE-2") + " v1 2");
        assertThat(now.timeEntries().get(1).receivedAt()).isEqualTo(Instant.parse("2026-01-07T09:30:00Z"));
        assertThat(before.timeEntries())
                .extracting(v -> v.key().externalId() + " v" + v.version())
                .containsExactly(books.id("TE-1") + " v1", books.id("TE-2") + " v1");
    }

    @Test
    void historyByKeyIsOldestFirstAndEmptyBeforeTheFirstReceipt() {
        Books books = Books.unique();
        clock.set("2026-02-01T10:00:00Z");
        send(TestTokens.PSA, books.approved("TE-1", 1, "2026-01-30", "4", null));
        clock.set("2026-02-02T10:00:00Z");
        send(TestTokens.PSA, books.approved("TE-1", 3, "2026-01-30", "5", "junior"));
        RecordKey key = RecordKey.parse(books.entryRef("TE-1"));

        List<RecordVersion<TimeEntry>> all = store.history(key, TimeEntry.class, Instant.parse("2026-03-01T00:00:00Z"));
        List<RecordVersion<TimeEntry>> none =
                store.history(key, TimeEntry.class, Instant.parse("2026-02-01T09:59:59Z"));

        assertThat(all).extracting(RecordVersion::version).containsExactly(1L, 3L);
        assertThat(all.getLast().data().role()).isEqualTo("junior");
        assertThat(all.getLast().data().hours()).isEqualByComparingTo("5");
        assertThat(none).isEmpty();
    }

    @Test
    void currentOfTypeGivesTheLatestHeldVersionOfEachContract() {
        Books books = Books.unique();
        clock.set("2026-03-01T10:00:00Z");
        send(TestTokens.PEOPLE, books.customer(), books.contract(1, "\"rateCard\":{\"senior\":200}"));
        clock.set("2026-03-02T10:00:00Z");
        send(TestTokens.PEOPLE, books.contract(2, "\"rateCard\":{\"senior\":250}"));

        List<RecordVersion<Contract>> before =
                store.current(RecordType.CONTRACT, Contract.class, Instant.parse("2026-03-01T12:00:00Z"));
        List<RecordVersion<Contract>> after =
                store.current(RecordType.CONTRACT, Contract.class, Instant.parse("2026-03-02T12:00:00Z"));

        assertThat(before)
                .filteredOn(v -> v.key().externalId().equals(books.contractId()))
                .singleElement()
                .satisfies(v -> assertThat(v.data().currentTerms().rateCard().get("senior"))
                        .isEqualByComparingTo("200"));
        assertThat(after)
                .filteredOn(v -> v.key().externalId().equals(books.contractId()))
                .singleElement()
                .satisfies(v -> assertThat(v.version()).isEqualTo(2));
    }
}
