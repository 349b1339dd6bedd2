package dev.ledgerline.odoo.compat.client;

import dev.ledgerline.odoo.client.OdooClient;
import dev.ledgerline.odoo.testkit.OdooServer;
import dev.ledgerline.odoo.testkit.OdooServer.Credential;
import dev.ledgerline.odoo.testkit.RealOdoo;
import dev.ledgerline.odoo.testkit.WithPassword;
import org.junit.jupiter.api.TestInstance;

/** The client scenarios against a real Odoo, logged in with the administrator's password. */
@RealOdoo
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealOdooPasswordClientIT implements RecordCallsContract, AccountingCallsContract, ErrorCallsContract {

    private final OdooTarget target;

    RealOdooPasswordClientIT(OdooServer server, @WithPassword OdooClient odoo) {
        this.target = OdooTarget.real(server, odoo, Credential.PASSWORD);
    }

    @Override
    public OdooTarget target() {
        return target;
    }
}
