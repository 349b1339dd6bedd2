package dev.ledgerline.odoo.testkit;

/** A server named by the environment: used as it is, never reset. */
final class ExternalOdoo implements OdooServer.ServerSource {

    @Override
    public boolean resettable() {
        return false;
    }

    @Override
    public void reset() {
        throw new UnsupportedOperationException("a server named by ODOO_URL is never reset by the tests");
    }

    @Override
    public String describe() {
        return "from the environment";
    }
}
