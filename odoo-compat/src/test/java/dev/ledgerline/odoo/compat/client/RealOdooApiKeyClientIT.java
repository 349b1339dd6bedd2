package dev.ledgerline.odoo.compat.client;

import dev.ledgerline.odoo.client.OdooClient;
import dev.ledgerline.odoo.testkit.OdooServer;
import dev.ledgerline.odoo.testkit.OdooServer.Credential;
import dev.ledgerline.odoo.testkit.RealOdoo;
import org.junit.jupiter.api.TestInstance;

/** The client scenarios against a real Odoo, logged in with the administrator's API key. */
@RealOdoo
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealOdooApiKeyClientIT implements RecordCallsContract, AccountingCallsContract, ErrorCallsContract {

    private final OdooTarget target;

    RealOdooApiKeyClientIT(OdooServer server, OdooClient odoo) {
        this.target = OdooTarget.real(server, odoo, Credential.API_KEY);
    }

    @Override
    public OdooTarget target() {
        return target;
    }
}
