package dev.ledgerline.core.metrics;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.Optional;

/**
 * A key a report can group its rows by. The calendar dimensions are read from a fact's business
 * date; the others from its attributes. {@link #wireName()} is the {@code groupBy} value and the key
 * in a row's {@code group}.
 */
public enum Dimension {
    ENTITY("entity"),
    PRACTICE("practice"),
    CUSTOMER("customer"),
    PROJECT("project"),
    CONTRACT("contract"),
    EMPLOYEE("employee"),
    ROLE("role"),
    /** The transaction currency of a document (receivables and exchange differences only). */
    CURRENCY("currency"),
    MONTH("month"),
    WEEK("week"),
    QUARTER("quarter"),
    /** The source system of a delivered change (sync freshness only). */
    SOURCE("source"),
    /** The Odoo model a change is delivered to (sync freshness only). */
    ODOO_MODEL("model");

    private final String wireName;

    Dimension(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Dimension> fromWire(String name) {
        return Arrays.stream(values()).filter(d -> d.wireName.equals(name)).findFirst();
    }

    public boolean isCalendar() {
        return this == MONTH || this == WEEK || this == QUARTER;
    }

    /** The key of {@code date} in a calendar dimension: {@code 2026-01}, {@code 2026-W05}, {@code 2026-Q1}. */
    public String calendarKey(LocalDate date) {
        return switch (this) {
            case MONTH -> "%04d-%02d".formatted(date.getYear(), date.getMonthValue());
            case WEEK ->
                "%04d-W%02d"
                        .formatted(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case QUARTER -> "%04d-Q%d".formatted(date.getYear(), date.get(IsoFields.QUARTER_OF_YEAR));
            default -> throw new IllegalStateException(this + " is not a calendar dimension");
        };
    }

    @Override
    public String toString() {
        return wireName;
    }
}
