package dev.ledgerline.odoo.client;

import java.util.Objects;

/**
 * One allowed value of a selection field.
 *
 * @param value the value stored and sent, e.g. {@code out_invoice}
 * @param label its label in the context's language, e.g. {@code Customer Invoice}
 */
public record SelectionOption(String value, String label) {

    /** Checks the parts. */
    public SelectionOption {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }
}
