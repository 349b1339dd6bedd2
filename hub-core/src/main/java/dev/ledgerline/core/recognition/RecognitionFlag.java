package dev.ledgerline.core.recognition;

/** Report flags of revenue recognition (never exceptions). */
public enum RecognitionFlag {
    /** A fixed fee whose EAC exceeds its {@code estimatedCost}. */
    ESTIMATE_EXCEEDED,
    /** A fixed fee without a positive {@code estimatedCost}: percent complete cannot be measured. */
    NO_ESTIMATED_COST
}
