package dev.ledgerline.core.validation;

import dev.ledgerline.core.canonical.Amendment;
import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.ContractTerms;
import dev.ledgerline.core.canonical.ExpensePolicy;
import dev.ledgerline.core.canonical.Milestone;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.Retainer;
import dev.ledgerline.core.canonical.Subscription;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reader of a contract: its parties, base terms and amendments (whose changes are terms too). */
final class ContractReader {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ContractReader() {}

    static Contract contract(Fields f, Instant occurredAt) {
        int before = f.problems().size();
        Ref customer = f.ref("customer", true);
        String entity = f.text("entity", true);
        String currency = f.currency("currency", true);
        BillingModel model = f.enumValue("billingModel", BillingModel.class, true);
        ContractTerms terms = terms(f);
        List<Amendment> amendments = amendments(f);
        if (!Checks.clean(f, before)) {
            return null;
        }
        return new Contract(customer, entity, currency, model, terms, amendments);
    }

    private static List<Amendment> amendments(Fields f) {
        List<Fields> list = f.objects("amendments");
        if (list == null) {
            return null;
        }
        List<Amendment> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Fields a : list) {
            int before = a.problems().size();
            String id = a.text("id", true);
            if (id != null && !ids.add(id)) {
                a.problem(ErrorCode.INVALID_VALUE, "id", "amendment id " + id + " appears twice");
            }
            LocalDate effective = a.date("effectiveDate", true);
            Fields changes = a.object("changes", true);
            ContractTerms terms = changes == null ? null : terms(changes);
            Boolean signed = a.bool("signed");
            if (Checks.clean(a, before)) {
                result.add(new Amendment(id, effective, terms, Boolean.TRUE.equals(signed)));
            }
        }
        return result;
    }

    /** The amendable terms found in {@code f}; every one optional. */
    static ContractTerms terms(Fields f) {
        LocalDate start = f.date("startDate", false);
        LocalDate end = f.date("endDate", false);
        Checks.ordered(f, "endDate", start, end);
        Map<String, BigDecimal> rateCard = f.decimalMap("rateCard");
        Map<Ref, BigDecimal> employeeRates = f.refDecimalMap("employeeRates");
        BigDecimal increment = Checks.positive(f, "roundingIncrementHours", f.decimal("roundingIncrementHours", false));
        BigDecimal nte = Checks.notNegative(f, "notToExceed", f.decimal("notToExceed", false));
        ContractTerms.NotToExceedScope nteScope =
                f.enumValue("notToExceedScope", ContractTerms.NotToExceedScope.class, false);
        BigDecimal fixedFee = Checks.notNegative(f, "fixedFee", f.decimal("fixedFee", false));
        BigDecimal estimatedCost = Checks.notNegative(f, "estimatedCost", f.decimal("estimatedCost", false));
        List<Milestone> milestones = milestones(f);
        Retainer retainer = retainer(f);
        Subscription subscription = subscription(f);
        ExpensePolicy policy = expensePolicy(f);
        ContractTerms.InvoiceGrouping grouping =
                f.enumValue("invoiceGrouping", ContractTerms.InvoiceGrouping.class, false);
        ContractTerms.LineLayout layout = f.enumValue("lineLayout", ContractTerms.LineLayout.class, false);
        Integer invoiceDay = f.integer("invoiceDay", false, 1, 31);
        String taxCode = f.text("taxCode", false);
        Boolean reprice = f.bool("repriceInvoiced");
        return new ContractTerms(
                start,
                end,
                rateCard,
                employeeRates,
                increment,
                nte,
                nteScope,
                fixedFee,
                estimatedCost,
                milestones,
                retainer,
                subscription,
                policy,
                grouping,
                layout,
                invoiceDay,
                taxCode,
                reprice);
    }

    private static List<Milestone> milestones(Fields f) {
        List<Fields> list = f.objects("milestones");
        if (list == null) {
            return null;
        }
        List<Milestone> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Fields m : list) {
            int before = m.problems().size();
            String id = m.text("id", true);
            if (id != null && !ids.add(id)) {
                m.problem(ErrorCode.INVALID_VALUE, "id", "milestone id " + id + " appears twice");
            }
            String name = m.text("name", false);
            BigDecimal amount = Checks.notNegative(m, "amount", m.decimal("amount", false));
            BigDecimal percent = m.decimal("percent", false);
            if (percent != null && (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0)) {
                m.problem(ErrorCode.INVALID_VALUE, "percent", "percent must be more than 0 and at most 100");
            }
            if (m.has("amount") == m.has("percent")) {
                m.problem(ErrorCode.INVALID_VALUE, "amount", "a milestone has exactly one of amount and percent");
            }
            LocalDate due = m.date("dueDate", false);
            if (Checks.clean(m, before)) {
                result.add(new Milestone(id, name, amount, percent, due));
            }
        }
        return result;
    }

    private static Retainer retainer(Fields f) {
        Fields r = f.object("retainer", false);
        if (r == null) {
            return null;
        }
        int before = r.problems().size();
        Retainer.Mode mode = r.enumValue("mode", Retainer.Mode.class, false);
        BigDecimal monthly = Checks.notNegative(r, "monthlyAmount", r.decimal("monthlyAmount", false));
        boolean hoursMode = mode == Retainer.Mode.HOURS || (mode == null && r.has("includedHours"));
        BigDecimal included = Checks.notNegative(r, "includedHours", r.decimal("includedHours", hoursMode));
        Integer rollover = r.integer("rolloverMonths", false, 0, 120);
        BigDecimal maxHours = Checks.notNegative(r, "maxRolloverHours", r.decimal("maxRolloverHours", false));
        BigDecimal maxAmount = Checks.notNegative(r, "maxRolloverAmount", r.decimal("maxRolloverAmount", false));
        BigDecimal overage = Checks.notNegative(r, "overageRate", r.decimal("overageRate", false));
        if (!Checks.clean(r, before)) {
            return null;
        }
        return new Retainer(mode, monthly, included, rollover, maxHours, maxAmount, overage);
    }

    private static Subscription subscription(Fields f) {
        Fields s = f.object("subscription", false);
        if (s == null) {
            return null;
        }
        int before = s.problems().size();
        BigDecimal amount = Checks.notNegative(s, "amount", s.decimal("amount", true));
        Subscription.Period period = s.enumValue("period", Subscription.Period.class, false);
        LocalDate start = s.date("startDate", false);
        if (!Checks.clean(s, before)) {
            return null;
        }
        return new Subscription(amount, period, start);
    }

    private static ExpensePolicy expensePolicy(Fields f) {
        Fields p = f.object("expensePolicy", false);
        if (p == null) {
            return null;
        }
        Boolean billable = p.bool("billable");
        BigDecimal markup = Checks.notNegative(p, "markupPercent", p.decimal("markupPercent", false));
        BigDecimal cap = Checks.notNegative(p, "capPerMonth", p.decimal("capPerMonth", false));
        return new ExpensePolicy(Boolean.TRUE.equals(billable), markup, cap);
    }
}
