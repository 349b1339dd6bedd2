package dev.ledgerline.core.billing;

/** Where a proposal stands in finance's review and delivery to Odoo. */
public enum ProposalStatus {
    PROPOSED,
    APPROVED,
    REJECTED,
    DELIVERED,
    POSTED;

    /** Work on an approved, delivered or posted proposal is never billed again. */
    public boolean holdsWork() {
        return this == APPROVED || this == DELIVERED || this == POSTED;
    }
}
