package dev.ledgerline.hub.sync;

import dev.ledgerline.hub.testing.OdooTarget;
import dev.ledgerline.hub.testing.RealOdooTarget;
import dev.ledgerline.odoo.testkit.OdooServer;
import dev.ledgerline.odoo.testkit.RealOdoo;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same time-entry scenario against a real Odoo 18 with a fresh database (tagged {@code real-odoo}):
 * Odoo's own timesheet rules (analytic account from the project, cost from the employee, company
 * checks) decide what the lines hold.
 */
@RealOdoo(freshDatabase = true)
class TimeEntryDeliveryRealOdooIT extends TimeEntryDelivery {

    private static OdooTarget odoo;

    /** Runs before Spring starts the hub (the test instance, and with it the context, comes later). */
    @BeforeAll
    static void server(OdooServer server) {
        odoo = new RealOdooTarget(server);
    }

    /** Spring asks for these when it starts the hub, after {@link #server}. */
    @DynamicPropertySource
    static void realOdoo(DynamicPropertyRegistry registry) {
        MasterDataDelivery.target(registry, odoo);
    }

    @Override
    OdooTarget odoo() {
        return odoo;
    }
}
