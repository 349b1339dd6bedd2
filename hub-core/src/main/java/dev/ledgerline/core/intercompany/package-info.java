/**
 * Intercompany charges: when an employee of one legal entity works on a project billed by another, the
 * employee's entity charges the project's entity for the hours at a configured transfer rate.
 */
package dev.ledgerline.core.intercompany;
