package dev.ledgerline.core.canonical;

/** How a contract is billed. */
public enum BillingModel {
    TIME_AND_MATERIALS,
    FIXED_FEE,
    RETAINER,
    SUBSCRIPTION
}
