package dev.ledgerline.hub.sync;

/**
 * A record cannot be translated for Odoo (a missing mapping: an unknown country code, a parent the
 * target does not hold): a data error, parked as {@code EXCEPTION/DATA} until the cause is fixed.
 */
public class MappingException extends RuntimeException {

    public MappingException(String message) {
        super(message);
    }
}
