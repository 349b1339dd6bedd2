package dev.ledgerline.hub.projection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of {@code fact_direct_cost}: an expense or vendor bill, whether it is cost now
 * ({@code counts}) and its cost in the entity's currency as {@code core.cost.DirectCost} states it.
 */
record DirectCostFact(
        UUID recordId,
        String kind,
        String project,
        String employee,
        String customer,
        String contract,
        String entity,
        String practice,
        LocalDate date,
        boolean counts,
        BigDecimal amount,
        String currency,
        BigDecimal entityAmount,
        String entityCurrency,
        String problem) {}
