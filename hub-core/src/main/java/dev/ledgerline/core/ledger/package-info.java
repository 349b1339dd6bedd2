/**
 * The delivery state machine of a ledger record, declared once: {@link
 * dev.ledgerline.core.ledger.DeliveryStateMachine} holds the only transition table, and the hub
 * persists only {@link dev.ledgerline.core.ledger.Transition}s it hands out. {@link
 * dev.ledgerline.core.ledger.RecordLinks} says which other records a record waits for and which
 * aggregate it is ordered in.
 */
package dev.ledgerline.core.ledger;
