package dev.ledgerline.core.canonical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The amendable terms of a contract. Every field may be null: in a contract's base terms null means
 * "not set", in an amendment it means "unchanged". {@link #amendedBy} applies an amendment: a value
 * it sets replaces the base value, and rate maps are merged per key, so an amendment that re-prices
 * one role leaves the others as they were.
 */
public record ContractTerms(
        LocalDate startDate,
        LocalDate endDate,
        Map<String, BigDecimal> rateCard,
        Map<Ref, BigDecimal> employeeRates,
        BigDecimal roundingIncrementHours,
        BigDecimal notToExceed,
        NotToExceedScope notToExceedScope,
        BigDecimal fixedFee,
        BigDecimal estimatedCost,
        List<Milestone> milestones,
        Retainer retainer,
        Subscription subscription,
        ExpensePolicy expensePolicy,
        InvoiceGrouping invoiceGrouping,
        LineLayout lineLayout,
        Integer invoiceDay,
        String taxCode,
        Boolean repriceInvoiced) {

    public enum NotToExceedScope {
        FEES,
        FEES_AND_EXPENSES
    }

    public enum InvoiceGrouping {
        PROJECT,
        CONTRACT,
        CUSTOMER
    }

    public enum LineLayout {
        PER_ENTRY,
        SUMMARIZED
    }

    public static final ContractTerms NONE = new ContractTerms(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    public ContractTerms {
        rateCard = rateCard == null ? null : Map.copyOf(rateCard);
        employeeRates = employeeRates == null ? null : Map.copyOf(employeeRates);
        milestones = milestones == null ? null : List.copyOf(milestones);
        if (invoiceDay != null && (invoiceDay < 1 || invoiceDay > 31)) {
            throw new IllegalArgumentException("invoiceDay must be 1-31");
        }
    }

    public ContractTerms amendedBy(ContractTerms c) {
        return new ContractTerms(
                pick(c.startDate, startDate),
                pick(c.endDate, endDate),
                merge(rateCard, c.rateCard),
                merge(employeeRates, c.employeeRates),
                pick(c.roundingIncrementHours, roundingIncrementHours),
                pick(c.notToExceed, notToExceed),
                pick(c.notToExceedScope, notToExceedScope),
                pick(c.fixedFee, fixedFee),
                pick(c.estimatedCost, estimatedCost),
                pick(c.milestones, milestones),
                pick(c.retainer, retainer),
                pick(c.subscription, subscription),
                pick(c.expensePolicy, expensePolicy),
                pick(c.invoiceGrouping, invoiceGrouping),
                pick(c.lineLayout, lineLayout),
                pick(c.invoiceDay, invoiceDay),
                pick(c.taxCode, taxCode),
                pick(c.repriceInvoiced, repriceInvoiced));
    }

    /** Whether {@code date} lies within the start and end dates (inclusive; open ends when unset). */
    public boolean covers(LocalDate date) {
        return (startDate == null || !date.isBefore(startDate)) && (endDate == null || !date.isAfter(endDate));
    }

    public NotToExceedScope notToExceedScopeOrDefault() {
        return notToExceedScope == null ? NotToExceedScope.FEES : notToExceedScope;
    }

    public InvoiceGrouping invoiceGroupingOrDefault() {
        return invoiceGrouping == null ? InvoiceGrouping.PROJECT : invoiceGrouping;
    }

    public LineLayout lineLayoutOrDefault() {
        return lineLayout == null ? LineLayout.PER_ENTRY : lineLayout;
    }

    public boolean repriceInvoicedOrDefault() {
        return Boolean.TRUE.equals(repriceInvoiced);
    }

    private static <T> T pick(T changed, T base) {
        return changed != null ? changed : base;
    }

    private static <K> Map<K, BigDecimal> merge(Map<K, BigDecimal> base, Map<K, BigDecimal> changes) {
        if (changes == null) {
            return base;
        }
        Map<K, BigDecimal> merged = new LinkedHashMap<>(base == null ? Map.of() : base);
        merged.putAll(changes);
        return merged;
    }
}
