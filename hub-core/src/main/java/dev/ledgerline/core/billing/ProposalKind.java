package dev.ledgerline.core.billing;

/** An invoice ({@code out_invoice}) or a credit note ({@code out_refund}). */
public enum ProposalKind {
    INVOICE,
    CREDIT_NOTE;

    /** +1 for an invoice, −1 for a credit note: a credit note's lines are positive amounts it takes back. */
    public int sign() {
        return this == INVOICE ? 1 : -1;
    }
}
