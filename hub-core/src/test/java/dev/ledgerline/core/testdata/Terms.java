package dev.ledgerline.core.testdata;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds contract terms (base or amendment) field by field; unset fields stay null. */
public final class Terms {

    private LocalDate startDate;
    private LocalDate endDate;
    private Map<String, BigDecimal> rateCard;
    private Map<Ref, BigDecimal> employeeRates;
    private BigDecimal roundingIncrementHours;
    private BigDecimal notToExceed;
    private ContractTerms.NotToExceedScope notToExceedScope;
    private BigDecimal fixedFee;
    private BigDecimal estimatedCost;
    private List<Milestone> milestones;
    private Retainer retainer;
    private Subscription subscription;
    private ExpensePolicy expensePolicy;
    private ContractTerms.InvoiceGrouping invoiceGrouping;
    private ContractTerms.LineLayout lineLayout;
    private Integer invoiceDay;
    private String taxCode;
    private Boolean repriceInvoiced;

    public static Terms terms() {
        return new Terms();
    }

    public Terms period(String start, String end) {
        this.startDate = start == null ? null : LocalDate.parse(start);
        this.endDate = end == null ? null : LocalDate.parse(end);
        return this;
    }

    public Terms rate(String role, String rate) {
        if (rateCard == null) {
            rateCard = new LinkedHashMap<>();
        }
        rateCard.put(role, new BigDecimal(rate));
        return this;
    }

    public Terms employeeRate(String employeeId, String rate) {
        if (employeeRates == null) {
            employeeRates = new LinkedHashMap<>();
        }
        employeeRates.put(new Ref("psa", employeeId), new BigDecimal(rate));
        return this;
    }

    public Terms roundingIncrement(String hours) {
        this.roundingIncrementHours = new BigDecimal(hours);
        return this;
    }

    public Terms notToExceed(String amount) {
        this.notToExceed = new BigDecimal(amount);
        return this;
    }

    public Terms notToExceedScope(ContractTerms.NotToExceedScope scope) {
        this.notToExceedScope = scope;
        return this;
    }

    public Terms fixedFee(String fee, String estimatedCost) {
        this.fixedFee = fee == null ? null : new BigDecimal(fee);
        this.estimatedCost = estimatedCost == null ? null : new BigDecimal(estimatedCost);
        return this;
    }

    public Terms milestone(String id, String amount, String percent) {
        if (milestones == null) {
            milestones = new ArrayList<>();
        }
        milestones.add(new Milestone(
                id,
                "Milestone " + id,
                amount == null ? null : new BigDecimal(amount),
                percent == null ? null : new BigDecimal(percent),
                null));
        return this;
    }

    public Terms retainer(Retainer r) {
        this.retainer = r;
        return this;
    }

    public Terms subscription(Subscription s) {
        this.subscription = s;
        return this;
    }

    public Terms expensePolicy(boolean billable, String markupPercent, String capPerMonth) {
        this.expensePolicy = new ExpensePolicy(
                billable,
                markupPercent == null ? null : new BigDecimal(markupPercent),
                capPerMonth == null ? null : new BigDecimal(capPerMonth));
        return this;
    }

    public Terms grouping(ContractTerms.InvoiceGrouping g) {
        this.invoiceGrouping = g;
        return this;
    }

    public Terms layout(ContractTerms.LineLayout l) {
        this.lineLayout = l;
        return this;
    }

    public Terms invoiceDay(int day) {
        this.invoiceDay = day;
        return this;
    }

    public Terms taxCode(String code) {
        this.taxCode = code;
        return this;
    }

    public Terms repriceInvoiced(boolean flag) {
        this.repriceInvoiced = flag;
        return this;
    }

    public ContractTerms build() {
        return new ContractTerms(
                startDate,
                endDate,
                rateCard,
                employeeRates,
                roundingIncrementHours,
                notToExceed,
                notToExceedScope,
                fixedFee,
                estimatedCost,
                milestones,
                retainer,
                subscription,
                expensePolicy,
                invoiceGrouping,
                lineLayout,
                invoiceDay,
                taxCode,
                repriceInvoiced);
    }

    public Contract contract(BillingModel model, Amendment... amendments) {
        return contract(model, Firm.USD, amendments);
    }

    public Contract contract(BillingModel model, String currency, Amendment... amendments) {
        return new Contract(Firm.CUSTOMER, Firm.ENTITY, currency, model, build(), List.of(amendments));
    }

    public Amendment amendment(String id, String effectiveDate, boolean signed) {
        return new Amendment(id, LocalDate.parse(effectiveDate), build(), signed);
    }
}
