package dev.ledgerline.core.recognition;

/** Provisional (standard cost) or final (payroll actuals) labour cost. */
public enum CostBasis {
    PROVISIONAL,
    FINAL
}
