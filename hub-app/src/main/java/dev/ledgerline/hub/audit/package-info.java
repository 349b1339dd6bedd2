/**
 * The audit log: {@link dev.ledgerline.hub.audit.AuditLog#record} appends a hash-chained entry in
 * the caller's transaction; {@link dev.ledgerline.hub.audit.AuditVerifier} walks the chain and names
 * the first broken entry; {@code AuditController} serves both to operators.
 */
package dev.ledgerline.hub.audit;
