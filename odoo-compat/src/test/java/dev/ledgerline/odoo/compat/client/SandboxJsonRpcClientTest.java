package dev.ledgerline.odoo.compat.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.odoo.sandbox.OdooSandbox;
import dev.ledgerline.odoo.sandbox.OdooSandboxTest;
import dev.ledgerline.odoo.testkit.OdooServer.Credential;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** The client scenarios against the Odoo 18 sandbox over JSON-RPC with the administrator's password. */
@OdooSandboxTest(version = 18, resetEachTest = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(KnownSandboxGaps.class)
class SandboxJsonRpcClientTest implements RecordCallsContract, AccountingCallsContract, ErrorCallsContract {

    private final OdooTarget target;

    SandboxJsonRpcClientTest(OdooSandbox sandbox) {
        this.target = OdooTarget.sandbox(sandbox, Credential.PASSWORD);
    }

    @Override
    public OdooTarget target() {
        return target;
    }

    @AfterAll
    void closeClient() {
        target.admin().close();
    }

    @Test
    void talksTheProtocolOfItsVersion() {
        assertThat(target.admin().serverVersion().major()).isEqualTo(18);
        assertThat(target.json2()).isEqualTo(false);
    }
}
