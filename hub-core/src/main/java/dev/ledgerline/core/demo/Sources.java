package dev.ledgerline.core.demo;

import dev.ledgerline.core.canonical.RecordType;
import java.util.List;

/** The demo firm's source systems and what each one sends. */
final class Sources {

    static final String CRM = "crm";
    static final String PSA = "psa";
    static final String HR = "hr";
    static final String PAYROLL = "payroll";
    static final String EXPENSES = "expenses";
    static final String PROCUREMENT = "procurement";
    static final String PORTAL = "portal";

    static final List<DemoSource> ALL = List.of(
            new DemoSource(
                    CRM,
                    "CRM",
                    List.of(
                            RecordType.CUSTOMER,
                            RecordType.OPPORTUNITY,
                            RecordType.CONTRACT,
                            RecordType.MILESTONE_ACCEPTANCE)),
            new DemoSource(
                    PSA, "PSA / time tracking", List.of(RecordType.PROJECT, RecordType.TASK, RecordType.TIME_ENTRY)),
            new DemoSource(HR, "HR", List.of(RecordType.EMPLOYEE, RecordType.LEAVE)),
            new DemoSource(PAYROLL, "Payroll", List.of(RecordType.PAYROLL_COST)),
            new DemoSource(EXPENSES, "Expense management", List.of(RecordType.EXPENSE)),
            new DemoSource(PROCUREMENT, "Procurement", List.of(RecordType.PURCHASE_COMMITMENT, RecordType.VENDOR_BILL)),
            new DemoSource(PORTAL, "Billing portal", List.of(RecordType.PAYMENT, RecordType.INVOICE_DISPUTE)));

    private Sources() {}

    /** A reference from a record of another source: {@code source:externalId}. */
    static String ref(String source, String externalId) {
        return source + ":" + externalId;
    }
}
