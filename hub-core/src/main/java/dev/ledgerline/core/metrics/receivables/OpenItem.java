package dev.ledgerline.core.metrics.receivables;

import dev.ledgerline.core.canonical.Invoice;
import java.math.BigDecimal;

/**
 * What is open on one document at a date, in its currency: the residual of an invoice (positive),
 * or an unapplied credit (negative): a credit note's unused amount or an invoice's overpayment.
 */
public record OpenItem(Invoice document, BigDecimal open, boolean unappliedCredit) {}
