package dev.ledgerline.core.ownership;

import dev.ledgerline.core.canonical.RecordType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who owns what: one {@link TypeOwnership} per record type and the mode for types that set none.
 * {@link #defaults()} are the architecture's owners; the hub overrides them from its configuration.
 */
public record OwnershipRules(OwnershipMode mode, Map<RecordType, TypeOwnership> types) {

    /** Invoices, payments, taxes and posted accounting: data that only flows outward from Odoo. */
    public static final String ODOO = "odoo";

    /**
     * The system that sends a record owns it: for types no one system is the record of (expenses,
     * vendor bills, payments a billing portal knows).
     */
    public static final String SENDER = "sender";

    /** The default owner of customer identity, commercial terms and the sales pipeline. */
    public static final String CRM = "crm";
    /** The default owner of project structure, tasks, staffing and time. */
    public static final String PSA = "psa";
    /** The default owner of employees, cost rates, leave and payroll cost. */
    public static final String HR = "hr";

    public OwnershipRules {
        Objects.requireNonNull(mode, "mode");
        Map<RecordType, TypeOwnership> all = new EnumMap<>(RecordType.class);
        for (RecordType type : RecordType.values()) {
            all.put(type, defaultOwnership(type));
        }
        if (types != null) {
            types.forEach((type, ownership) -> all.put(type, Objects.requireNonNull(ownership, type + " ownership")));
        }
        types = Collections.unmodifiableMap(all);
    }

    /** The architecture's owners, refusing violations. */
    public static OwnershipRules defaults() {
        return new OwnershipRules(OwnershipMode.REJECT, Map.of());
    }

    public TypeOwnership of(RecordType type) {
        return types.get(type);
    }

    public String ownerOf(RecordType type, String field) {
        return of(type).ownerOf(field);
    }

    public OwnershipMode modeOf(RecordType type) {
        OwnershipMode own = of(type).mode();
        return own == null ? mode : own;
    }

    public OwnershipRules with(RecordType type, TypeOwnership ownership) {
        Map<RecordType, TypeOwnership> changed = new EnumMap<>(types);
        changed.put(type, ownership);
        return new OwnershipRules(mode, changed);
    }

    public OwnershipRules withMode(OwnershipMode newMode) {
        return new OwnershipRules(newMode, types);
    }

    /**
     * The effective rules as a neutral tree ({@code mode}, then per type {@code owner}, {@code mode},
     * {@code fields}), in a fixed order: what the audit log compares and records.
     */
    public Map<String, Object> describe() {
        Map<String, Object> byType = new LinkedHashMap<>();
        for (RecordType type : RecordType.values()) {
            TypeOwnership t = types.get(type);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("owner", t.owner());
            entry.put("mode", modeOf(type).wireName());
            entry.put("fields", new LinkedHashMap<>(t.fieldOwners()));
            byType.put(type.wireName(), entry);
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("mode", mode.wireName());
        tree.put("types", byType);
        return tree;
    }

    private static TypeOwnership defaultOwnership(RecordType type) {
        return TypeOwnership.ownedBy(
                switch (type) {
                    case CUSTOMER, OPPORTUNITY, CONTRACT -> CRM;
                    case PROJECT, TASK, TIME_ENTRY -> PSA;
                    case EMPLOYEE, LEAVE, PAYROLL_COST -> HR;
                    case INVOICE -> ODOO;
                    case EXPENSE, VENDOR_BILL, PURCHASE_COMMITMENT, MILESTONE_ACCEPTANCE, PAYMENT, INVOICE_DISPUTE ->
                        SENDER;
                });
    }
}
