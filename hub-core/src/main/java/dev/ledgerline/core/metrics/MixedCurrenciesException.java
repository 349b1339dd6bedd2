package dev.ledgerline.core.metrics;

import java.util.Set;

/**
 * A report row would add amounts of different currencies: entities with different currencies in
 * one row without a group currency. Group by entity, filter one entity or ask for the group currency.
 */
public class MixedCurrenciesException extends RuntimeException {

    public static final String CODE = "MIXED_CURRENCIES";

    public MixedCurrenciesException(GroupKey group, Set<String> currencies) {
        super("row " + group + " would add amounts in " + currencies
                + "; group by entity, filter one entity or report in the group currency");
    }
}
