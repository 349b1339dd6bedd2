package dev.ledgerline.hub.billing;

import static dev.ledgerline.hub.billing.BillingFixture.decimal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.testing.Books;
import dev.ledgerline.hub.testing.TestClock;
import dev.ledgerline.hub.testing.TestTokens;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** The daily run on each contract's invoice day, with a clock the test sets. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "billing"})
@Import(BillingApiContract.Clocked.class)
class BillingScheduleTest {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    BillingSchedule schedule;

    @Test
    void theContractIsRunOnItsInvoiceDayOnceTheTimeOfDayHasPassedAndOnlyOnce() {
        BillingFixture billing = new BillingFixture(port, clock);
        Books books = Books.unique();
        billing.masterData(
                books, "2026-05-01T18:00:00Z", BillingApiContract.EXAMPLE_1 + ",\"invoiceDay\":15", "senior");
        billing.receive(
                "2026-05-04T18:00:00Z",
                TestTokens.PSA,
                books.approved("TE-1", 1, "2026-05-04", "8", null),
                books.approved("TE-2", 1, "2026-05-18", "2", null));

        clock.set("2026-05-14T23:30:00Z");
        Optional<RunOutcome> dayBefore = schedule.runDue();
        clock.set("2026-05-15T22:59:00Z");
        Optional<RunOutcome> tooEarly = schedule.runDue();
        List<JsonNode> beforeTheDay = billing.proposalsOf(books);
        clock.set("2026-05-15T23:00:00Z");
        Optional<RunOutcome> due = schedule.runDue();
        clock.set("2026-05-15T23:45:00Z");
        Optional<RunOutcome> again = schedule.runDue();

        assertThat(dayBefore)
                .hasValueSatisfying(run -> assertThat(run.proposals())
                        .noneMatch(p -> p.contractKeys().getFirst().externalId().equals(books.contractId())));
        assertThat(tooEarly).isEmpty();
        assertThat(beforeTheDay).isEmpty();
        assertThat(due).hasValueSatisfying(run -> assertThat(run.runDate()).isEqualTo(LocalDate.of(2026, 5, 15)));
        assertThat(again).isEmpty();
        List<JsonNode> proposals = billing.proposalsOf(books);
        assertThat(proposals).hasSize(1);
        assertThat(proposals.getFirst().path("invoiceDate").asString()).isEqualTo("2026-05-15");
        assertThat(proposals.getFirst().path("runId").asString())
                .isEqualTo(due.orElseThrow().runId());
        assertThat(decimal(proposals.getFirst().path("untaxedAmount"))).isEqualTo("1600.00");
    }

    @Test
    void anInvoiceDayBeyondTheMonthIsItsLastDayAndNoneMeansTheDefault() {
        BillingProperties properties = new BillingProperties(
                new BillingProperties.Schedule(
                        true,
                        java.time.LocalTime.of(23, 0),
                        java.time.ZoneOffset.UTC,
                        java.time.Duration.ofMinutes(1),
                        31),
                null);
        BillingSchedule rule = new BillingSchedule(null, null, null, properties, clock);

        assertThat(rule.isInvoiceDay(31, LocalDate.of(2026, 4, 30))).isTrue();
        assertThat(rule.isInvoiceDay(31, LocalDate.of(2026, 4, 29))).isFalse();
        assertThat(rule.isInvoiceDay(30, LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(rule.isInvoiceDay(29, LocalDate.of(2028, 2, 29))).isTrue();
        assertThat(rule.isInvoiceDay(15, LocalDate.of(2026, 2, 15))).isTrue();
        assertThat(rule.isInvoiceDay(15, LocalDate.of(2026, 2, 16))).isFalse();
        assertThat(rule.isInvoiceDay(null, LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(rule.isInvoiceDay(null, LocalDate.of(2026, 3, 30))).isFalse();
    }
}
