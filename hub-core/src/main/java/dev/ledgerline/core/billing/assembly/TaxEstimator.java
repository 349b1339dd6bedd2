package dev.ledgerline.core.billing.assembly;

import dev.ledgerline.core.firm.TaxRule;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the tax of a line from the tax mapping (contract.md): rules of the entity and the contract's
 * tax code, for the line's service type or any, for the customer's country or any; the most specific
 * wins (country before service type), ties going to the lowest Odoo tax id. No rule is never a guess:
 * the line gets no tax and its proposal a {@code NO_TAX_MAPPING} problem.
 */
public final class TaxEstimator {

    private final List<TaxRule> rules;

    public TaxEstimator(List<TaxRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public Optional<TaxRule> rule(String entity, String taxCode, String serviceType, String country) {
        if (taxCode == null) {
            return Optional.empty();
        }
        return rules.stream()
                .filter(r -> r.entity().equals(entity) && r.taxCode().equals(taxCode))
                .filter(r -> r.serviceType() == null || r.serviceType().equals(serviceType))
                .filter(r -> r.countryOrFiscalPosition() == null
                        || r.countryOrFiscalPosition().equals(country))
                .max(Comparator.comparingInt(TaxRule::specificity)
                        .thenComparing(
                                Comparator.comparingLong(TaxRule::odooTaxId).reversed()));
    }
}
