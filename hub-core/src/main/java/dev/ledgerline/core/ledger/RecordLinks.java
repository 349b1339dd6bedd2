package dev.ledgerline.core.ledger;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Customer;
import dev.ledgerline.core.canonical.Employee;
import dev.ledgerline.core.canonical.Expense;
import dev.ledgerline.core.canonical.Invoice;
import dev.ledgerline.core.canonical.InvoiceDispute;
import dev.ledgerline.core.canonical.Leave;
import dev.ledgerline.core.canonical.MilestoneAcceptance;
import dev.ledgerline.core.canonical.Opportunity;
import dev.ledgerline.core.canonical.Payment;
import dev.ledgerline.core.canonical.PayrollCost;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.PurchaseCommitment;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.Task;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.canonical.VendorBill;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which records a record needs in Odoo before it can be delivered (its parents, in the order they
 * are waited for), and the aggregate whose changes are delivered in order with it.
 *
 * <p>An employee's manager is deliberately not a parent: managers reference each other in cycles,
 * and Odoo lets the manager be set on a later write.
 */
public final class RecordLinks {

    private static final Set<RecordType> PARENT_TYPES = EnumSet.of(
            RecordType.CUSTOMER,
            RecordType.EMPLOYEE,
            RecordType.PROJECT,
            RecordType.TASK,
            RecordType.CONTRACT,
            RecordType.PURCHASE_COMMITMENT);

    private RecordLinks() {}

    /** Whether records of {@code type} can be the parent another record waits for. */
    public static boolean canBeParent(RecordType type) {
        return PARENT_TYPES.contains(type);
    }

    /** The parents of a record, most important first; empty for roots and for pulled-back invoices. */
    public static List<ParentLink> parents(CanonicalRecord data) {
        Links links = new Links();
        switch (data) {
            case Customer c -> links.add("data.parent", c.parent(), RecordType.CUSTOMER);
            case Employee e -> {}
            case Leave l -> links.add("data.employee", l.employee(), RecordType.EMPLOYEE);
            case Opportunity o -> links.add("data.customer", o.customer(), RecordType.CUSTOMER);
            case Project p -> {
                links.add("data.customer", p.customer(), RecordType.CUSTOMER);
                links.add("data.contract", p.contract(), RecordType.CONTRACT);
            }
            case Task t -> {
                links.add("data.project", t.project(), RecordType.PROJECT);
                links.add("data.parent", t.parent(), RecordType.TASK);
            }
            case Contract c -> links.add("data.customer", c.customer(), RecordType.CUSTOMER);
            case TimeEntry t -> {
                links.add("data.project", t.project(), RecordType.PROJECT);
                links.add("data.task", t.task(), RecordType.TASK);
                links.add("data.employee", t.employee(), RecordType.EMPLOYEE);
            }
            case Expense e -> {
                links.add("data.project", e.project(), RecordType.PROJECT);
                links.add("data.employee", e.employee(), RecordType.EMPLOYEE);
            }
            case VendorBill v -> {
                links.add("data.project", v.project(), RecordType.PROJECT);
                links.add("data.commitment", v.commitment(), RecordType.PURCHASE_COMMITMENT);
            }
            case PurchaseCommitment p -> links.add("data.project", p.project(), RecordType.PROJECT);
            case MilestoneAcceptance m -> links.add("data.contract", m.contract(), RecordType.CONTRACT);
            case PayrollCost p -> links.add("data.employee", p.employee(), RecordType.EMPLOYEE);
            case Payment p -> {}
            case InvoiceDispute d -> {}
            case Invoice i -> {}
        }
        return List.copyOf(links.list);
    }

    /**
     * The key of the aggregate a record is ordered in: the project for work on a project, the
     * employee for leave and payroll, the contract for milestone acceptances, else the record itself.
     */
    public static RecordKey aggregate(RecordKey key, CanonicalRecord data) {
        return switch (data) {
            case Task t -> t.project().key(RecordType.PROJECT);
            case TimeEntry t -> t.project().key(RecordType.PROJECT);
            case Expense e -> e.project().key(RecordType.PROJECT);
            case VendorBill v -> v.project().key(RecordType.PROJECT);
            case PurchaseCommitment p -> p.project().key(RecordType.PROJECT);
            case Leave l -> l.employee().key(RecordType.EMPLOYEE);
            case PayrollCost p -> p.employee().key(RecordType.EMPLOYEE);
            case MilestoneAcceptance m -> m.contract().key(RecordType.CONTRACT);
            default -> key;
        };
    }

    private static final class Links {
        private final List<ParentLink> list = new ArrayList<>();

        void add(String field, Ref ref, RecordType type) {
            if (ref != null) {
                list.add(new ParentLink(field, ref.key(type)));
            }
        }
    }
}
