package dev.ledgerline.core.canonical;

import java.util.Arrays;
import java.util.Optional;

/** The record types of the canonical contract; {@link #wireName()} is the {@code type} of an envelope. */
public enum RecordType {
    CUSTOMER("customer"),
    EMPLOYEE("employee"),
    LEAVE("leave"),
    OPPORTUNITY("opportunity"),
    PROJECT("project"),
    TASK("task"),
    CONTRACT("contract"),
    TIME_ENTRY("time_entry"),
    EXPENSE("expense"),
    VENDOR_BILL("vendor_bill"),
    PURCHASE_COMMITMENT("purchase_commitment"),
    MILESTONE_ACCEPTANCE("milestone_acceptance"),
    PAYROLL_COST("payroll_cost"),
    PAYMENT("payment"),
    INVOICE_DISPUTE("invoice_dispute"),
    /** Customer invoices and credit notes pulled back from Odoo (source {@code odoo}); never ingested. */
    INVOICE("invoice");

    private final String wireName;

    RecordType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<RecordType> fromWire(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
