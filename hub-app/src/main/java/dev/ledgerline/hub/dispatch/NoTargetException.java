package dev.ledgerline.hub.dispatch;

/** No Odoo target is configured for a record's legal entity. */
class NoTargetException extends RuntimeException {

    NoTargetException(String entity) {
        super("no Odoo target for entity " + entity
                + " (configure ledgerline.targets.<name>.entities or the default target)");
    }
}
