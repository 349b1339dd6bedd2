package dev.ledgerline.core.billing;

import java.util.Arrays;
import java.util.Optional;

/** The kind of a proposal line; {@link #wireName()} is the {@code kind} of contract.md's line shape. */
public enum LineKind {
    TIME("time"),
    EXPENSE("expense"),
    VENDOR_BILL("vendor_bill"),
    MARKUP("markup"),
    MILESTONE("milestone"),
    RETAINER("retainer"),
    OVERAGE("overage"),
    SUBSCRIPTION("subscription"),
    WRITE_DOWN("write_down"),
    WRITE_UP("write_up"),
    NTE_ADJUSTMENT("nte_adjustment");

    private final String wireName;

    LineKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<LineKind> fromWire(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
    }

    /** Adjustment lines: they change what other lines bill and are never adjusted themselves. */
    public boolean isAdjustment() {
        return this == WRITE_DOWN || this == WRITE_UP || this == NTE_ADJUSTMENT;
    }

    /** Pass-through cost and its markup: outside the not-to-exceed unless its scope is fees and expenses. */
    public boolean isExpense() {
        return this == EXPENSE || this == VENDOR_BILL || this == MARKUP;
    }
}
