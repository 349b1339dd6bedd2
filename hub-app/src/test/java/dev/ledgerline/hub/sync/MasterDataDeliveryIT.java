package dev.ledgerline.hub.sync;

import dev.ledgerline.hub.testing.OdooTarget;
import dev.ledgerline.hub.testing.SandboxTarget;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The master-data scenario against the in-process sandbox. */
class MasterDataDeliveryIT extends MasterDataDelivery {

    private static final OdooTarget ODOO = SandboxTarget.shared();

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry registry) {
        target(registry, ODOO);
    }

    @Override
    OdooTarget odoo() {
        return ODOO;
    }
}
