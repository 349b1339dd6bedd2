/**
 * Validation of what sources send: {@link dev.ledgerline.core.validation.CanonicalReader} reads an
 * envelope's neutral JSON tree into a typed record or into every {@link
 * dev.ledgerline.core.validation.Problem} it has, each with a stable {@link
 * dev.ledgerline.core.validation.ErrorCode} and the JSON path of the offending value.
 */
package dev.ledgerline.core.validation;
