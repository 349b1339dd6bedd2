package dev.ledgerline.odoo.compat.differential;

import java.util.List;

/** The fields read back and compared, per model: what the hub reads and writes, and what Odoo computes from it. */
final class Fields {

    static final List<String> PARTNER = List.of(
            "name",
            "is_company",
            "parent_id",
            "company_id",
            "ref",
            "email",
            "phone",
            "type",
            "display_name",
            "child_ids",
            "commercial_partner_id",
            "active");
    static final List<String> COMPANY = List.of("name", "currency_id", "partner_id", "country_id");
    static final List<String> EMPLOYEE =
            List.of("name", "hourly_cost", "company_id", "employee_type", "active", "work_email");
    static final List<String> PROJECT =
            List.of("name", "partner_id", "account_id", "allow_timesheets", "allow_billable", "company_id", "active");
    static final List<String> ANALYTIC_ACCOUNT = List.of("name", "plan_id", "company_id", "partner_id", "active");
    static final List<String> TASK = List.of("name", "project_id", "company_id", "partner_id", "effective_hours");
    static final List<String> TIMESHEET = List.of(
            "name",
            "date",
            "unit_amount",
            "amount",
            "project_id",
            "task_id",
            "employee_id",
            "account_id",
            "company_id",
            "partner_id",
            "timesheet_invoice_type",
            "currency_id");
    static final List<String> TAX =
            List.of("name", "amount", "amount_type", "type_tax_use", "price_include", "company_id", "active");
    static final List<String> RATE = List.of("name", "rate", "currency_id", "company_id", "inverse_company_rate");
    static final List<String> MOVE = List.of(
            "name",
            "state",
            "move_type",
            "payment_state",
            "partner_id",
            "company_id",
            "currency_id",
            "invoice_date",
            "invoice_date_due",
            "date",
            "ref",
            "amount_untaxed",
            "amount_tax",
            "amount_total",
            "amount_residual",
            "amount_untaxed_signed",
            "amount_total_signed",
            "amount_residual_signed",
            "reversed_entry_id",
            "invoice_line_ids",
            "journal_id");
    static final List<String> MOVE_LINE = List.of(
            "name",
            "quantity",
            "price_unit",
            "price_subtotal",
            "price_total",
            "tax_ids",
            "analytic_distribution",
            "account_id",
            "balance",
            "debit",
            "credit",
            "amount_currency",
            "currency_id",
            "display_type",
            "partner_id");
    static final List<String> INVOICE_ANALYTIC_LINE = List.of(
            "name",
            "amount",
            "unit_amount",
            "account_id",
            "partner_id",
            "general_account_id",
            "move_line_id",
            "date",
            "company_id",
            "currency_id");
    static final List<String> PAYMENT = List.of(
            "name",
            "state",
            "amount",
            "payment_type",
            "partner_type",
            "partner_id",
            "currency_id",
            "date",
            "journal_id",
            "memo",
            "reconciled_invoice_ids",
            "is_reconciled",
            "is_matched",
            "amount_company_currency_signed");
    static final List<String> PAYMENT_WIZARD = List.of(
            "amount",
            "currency_id",
            "payment_date",
            "journal_id",
            "payment_difference",
            "communication",
            "partner_id",
            "payment_type",
            "partner_type");

    private Fields() {}

    /** The fields compared for a model in the final read of everything the workload made. */
    static List<String> of(String model) {
        return switch (model) {
            case "res.partner" -> PARTNER;
            case "res.company" -> COMPANY;
            case "hr.employee" -> EMPLOYEE;
            case "project.project" -> PROJECT;
            case "account.analytic.account" -> ANALYTIC_ACCOUNT;
            case "project.task" -> TASK;
            case "account.analytic.line" -> TIMESHEET;
            case "account.tax" -> TAX;
            case "res.currency.rate" -> RATE;
            case "account.move" -> MOVE;
            case "account.move.line" -> MOVE_LINE;
            case "account.payment" -> PAYMENT;
            default -> throw new IllegalArgumentException("no compared fields for " + model);
        };
    }
}
