package dev.ledgerline.core.validation;

import dev.ledgerline.core.canonical.Expense;
import dev.ledgerline.core.canonical.MilestoneAcceptance;
import dev.ledgerline.core.canonical.PurchaseCommitment;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.canonical.VendorBill;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Readers of work and cost on projects: time, expenses, vendor bills, commitments, acceptances. */
final class WorkReaders {

    private WorkReaders() {}

    static TimeEntry timeEntry(Fields f, Instant occurredAt) {
        int before = f.problems().size();
        Ref employee = f.ref("employee", true);
        Ref project = f.ref("project", true);
        LocalDate date = f.date("date", true);
        BigDecimal hours = Checks.hoursOfADay(f, "hours", f.decimal("hours", true));
        Ref task = f.ref("task", false);
        String description = f.text("description", false);
        TimeEntry.Status status = f.enumValue("status", TimeEntry.Status.class, false);
        Boolean billable = f.bool("billable");
        String approvedBy = f.text("approvedBy", false);
        Instant approvedAt = f.instant("approvedAt", status == TimeEntry.Status.APPROVED);
        String role = f.text("role", false);
        if (!Checks.clean(f, before)) {
            return null;
        }
        return new TimeEntry(
                employee, project, date, hours, task, description, status, billable, approvedBy, approvedAt, role);
    }

    static Expense expense(Fields f, Instant occurredAt) {
        int before = f.problems().size();
        Ref employee = f.ref("employee", false);
        String vendor = f.text("vendor", false);
        if (!f.has("employee") && !f.has("vendor")) {
            f.problem(ErrorCode.MISSING_FIELD, "employee", "an expense needs an employee or a vendor");
        }
        Ref project = f.ref("project", true);
        LocalDate date = f.date("date", true);
        BigDecimal amount = f.decimal("amount", true);
        String currency = f.currency("currency", true);
        String category = f.text("category", false);
        String description = f.text("description", false);
        Boolean billable = f.bool("billable");
        Expense.Status status = f.enumValue("status", Expense.Status.class, false);
        String receipt = f.text("receiptRef", false);
        if (!Checks.clean(f, before) || (employee == null && vendor == null)) {
            return null;
        }
        return new Expense(
                employee, vendor, project, date, amount, currency, category, description, billable, status, receipt);
    }

    static VendorBill vendorBill(Fields f, Instant occurredAt) {
        int before = f.problems().size();
        String vendor = f.text("vendor", true);
        Ref project = f.ref("project", true);
        LocalDate date = f.date("date", true);
        BigDecimal amount = f.decimal("amount", true);
        String currency = f.currency("currency", true);
        String description = f.text("description", false);
        Boolean billable = f.bool("billable");
        BigDecimal markup = Checks.notNegative(f, "markupPercent", f.decimal("markupPercent", false));
        Ref commitment = f.ref("commitment", false);
        VendorBill.Status status = f.enumValue("status", VendorBill.Status.class, false);
        if (!Checks.clean(f, before)) {
            return null;
        }
        return new VendorBill(
                vendor, project, date, amount, currency, description, billable, markup, commitment, status);
    }

    static PurchaseCommitment purchaseCommitment(Fields f, Instant occurredAt) {
        int before = f.problems().size();
        String vendor = f.text("vendor", true);
        Ref project = f.ref("project", true);
        BigDecimal amount = f.decimal("amount", true);
        String currency = f.currency("currency", true);
        LocalDate date = f.date("date", false);
        String description = f.text("description", false);
        if (!Checks.clean(f, before)) {
            return null;
        }
        return new PurchaseCommitment(vendor, project, amount, currency, date, description);
    }

    static MilestoneAcceptance milestoneAcceptance(Fields f, Instant occurredAt) {
        int before = f.problems().size();
        Ref contract = f.ref("contract", true);
        String milestone = f.text("milestone", true);
        LocalDate acceptedOn = f.date("acceptedOn", true);
        String acceptedBy = f.text("acceptedBy", false);
        if (!Checks.clean(f, before)) {
            return null;
        }
        return new MilestoneAcceptance(contract, milestone, acceptedOn, acceptedBy);
    }
}
