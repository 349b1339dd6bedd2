package dev.ledgerline.hub.dispatch;

import dev.ledgerline.hub.sync.MappingException;
import dev.ledgerline.odoo.client.OdooAccessDeniedException;
import dev.ledgerline.odoo.client.OdooAccessRightsException;
import dev.ledgerline.odoo.client.OdooConcurrencyException;
import dev.ledgerline.odoo.client.OdooException;
import dev.ledgerline.odoo.client.OdooMissingRecordException;
import dev.ledgerline.odoo.client.OdooServerException;
import dev.ledgerline.odoo.client.OdooTransportException;
import dev.ledgerline.odoo.client.OdooUnknownFieldException;
import dev.ledgerline.odoo.client.OdooUnknownMethodException;
import dev.ledgerline.odoo.client.OdooUnknownModelException;
import dev.ledgerline.odoo.client.OdooUserErrorException;
import dev.ledgerline.odoo.client.OdooValidationException;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;

/**
 * What a failed delivery means, decided by the exception's type only — never by its message, which
 * Odoo translates and rewords (reliability-security.md, docs/adr/0011).
 */
enum FailureKind {
    /** Odoo unreachable, overloaded or locked: retry after a back-off, up to the attempt limit. */
    TRANSIENT,
    /** Odoo refused the data, or the hub cannot map it: {@code EXCEPTION/DATA} at once. */
    DATA,
    /** Odoo refused the hub's access, or the target lacks a model: {@code EXCEPTION/AUTH_CONFIG}, circuit opened. */
    AUTH_CONFIG,
    /** The hub did not call: the target's circuit is open or its limits are full. Waits, not an attempt. */
    UNAVAILABLE;

    static FailureKind of(Throwable failure) {
        return switch (failure) {
            case CallNotPermittedException e -> UNAVAILABLE;
            case BulkheadFullException e -> UNAVAILABLE;
            case RequestNotPermitted e -> UNAVAILABLE;
            case NoTargetException e -> AUTH_CONFIG;
            case MappingException e -> DATA;
            case OdooException e -> of(e);
            // the hub's own faults (database, bugs) are retried, and stop after the attempt limit
            default -> TRANSIENT;
        };
    }

    private static FailureKind of(OdooException failure) {
        return switch (failure) {
            case OdooTransportException e -> TRANSIENT;
            case OdooConcurrencyException e -> TRANSIENT;
            case OdooServerException e -> TRANSIENT;
            case OdooValidationException e -> DATA;
            case OdooUserErrorException e -> DATA;
            case OdooMissingRecordException e -> DATA;
            case OdooUnknownFieldException e -> DATA;
            case OdooAccessDeniedException e -> AUTH_CONFIG;
            case OdooAccessRightsException e -> AUTH_CONFIG;
            case OdooUnknownModelException e -> AUTH_CONFIG;
            case OdooUnknownMethodException e -> AUTH_CONFIG;
        };
    }
}
