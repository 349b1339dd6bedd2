package dev.ledgerline.hub.billing;

import static dev.ledgerline.hub.billing.BillingFixture.decimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.hub.testing.Books;
import dev.ledgerline.hub.testing.TestClock;
import dev.ledgerline.hub.testing.TestTokens;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Delivery and pull-back move approved proposals on, through the one transition table. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "billing"})
@Import(BillingApiContract.Clocked.class)
class ProposalStatusUpdaterTest {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    ProposalStatusUpdater updater;

    @Autowired
    JdbcClient sql;

    BillingFixture billing;

    @BeforeEach
    void fixture() {
        billing = new BillingFixture(port, clock);
    }

    private String approvedJanuary(Books books) {
        billing.masterData(books, "2026-01-02T18:00:00Z", BillingApiContract.EXAMPLE_1, "senior");
        billing.receive(
                "2026-01-07T18:00:00Z",
                TestTokens.PSA,
                books.approved("TE-1", 1, "2026-01-05", "8", null),
                books.approved("TE-5", 1, "2026-02-02", "4", null));
        String id = billing.run("2026-01-31T23:00:00Z", "2026-01-31", books)
                .path("proposals")
                .get(0)
                .path("id")
                .asString();
        assertThat(billing.approve(TestTokens.FINANCE, id, "{}").status()).isEqualTo(200);
        return id;
    }

    @Test
    void anApprovedProposalIsDeliveredThenPostedWithItsOdooFiguresAndEveryStepInItsHistory() {
        Books books = Books.unique();
        String id = approvedJanuary(books);

        updater.delivered(id, new OdooMove(42, null, "draft", "not_paid", new BigDecimal("1760.00")), "system:sync");
        JsonNode delivered = billing.proposal(id);
        updater.posted(
                id,
                new OdooMove(42, "INV/2026/0007", "posted", "not_paid", new BigDecimal("1760.00")),
                "system:pullback");
        updater.odooChanged(id, new OdooMove(42, "INV/2026/0007", "posted", "paid", new BigDecimal("0.00")));
        JsonNode paid = billing.proposal(id);

        assertThat(delivered.path("status").asString()).isEqualTo("delivered");
        assertThat(delivered.path("odoo").path("moveId").asLong()).isEqualTo(42);
        assertThat(delivered.path("odoo").path("state").asString()).isEqualTo("draft");
        assertThat(paid.path("status").asString()).isEqualTo("posted");
        assertThat(paid.path("odoo").path("name").asString()).isEqualTo("INV/2026/0007");
        assertThat(paid.path("odoo").path("paymentState").asString()).isEqualTo("paid");
        assertThat(decimal(paid.path("odoo").path("amountResidual"))).isEqualTo("0.00");
        List<String> history = sql.sql("""
                        SELECT COALESCE(from_status, '-') || '>' || to_status || ' ' || actor
                          FROM billing_status_history WHERE proposal_id = :id ORDER BY id""").param("id", id).query(String.class).list();
        assertThat(history)
                .containsExactly(
                        "->PROPOSED system:billing",
                        "PROPOSED>APPROVED token:finance",
                        "APPROVED>DELIVERED system:sync",
                        "DELIVERED>POSTED system:pullback");
    }

    @Test
    void movesTheTableDoesNotAllowAreRefusedAndChangeNothing() {
        Books books = Books.unique();
        String id = approvedJanuary(books);
        OdooMove move = new OdooMove(7, null, "draft", "not_paid", new BigDecimal("1760.00"));

        assertThatThrownBy(() -> updater.posted(id, move, "system:pullback"))
                .isInstanceOf(IllegalStatusTransitionException.class);
        assertThatThrownBy(() -> updater.odooChanged(id, move)).isInstanceOf(IllegalStatusTransitionException.class);
        updater.delivered(id, move, "system:sync");
        assertThatThrownBy(() -> updater.delivered(id, move, "system:sync"))
                .isInstanceOf(IllegalStatusTransitionException.class);
        assertThat(billing.approve(TestTokens.FINANCE, id, "{}").errorCode()).isEqualTo("NOT_PROPOSED");
        assertThat(billing.proposal(id).path("status").asString()).isEqualTo("delivered");
    }

    @Test
    void workOnADeliveredProposalIsNotBilledAgainByTheNextRun() {
        Books books = Books.unique();
        String id = approvedJanuary(books);
        updater.delivered(id, new OdooMove(9, null, "draft", "not_paid", new BigDecimal("1760.00")), "system:sync");

        JsonNode february = billing.run("2026-02-28T23:00:00Z", "2026-02-28", books);

        assertThat(february.path("proposals")).hasSize(1);
        assertThat(february.path("proposals").get(0).path("lines"))
                .extracting(l -> l.path("sources").get(0).path("ref").asString())
                .containsExactly(books.entryRef("TE-5"));
    }
}
