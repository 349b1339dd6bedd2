package dev.ledgerline.hub.projection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of {@code fact_time_entry}: a time entry as the hub-core rules see it with the records the
 * ledger holds now. Attributes and values are null where a rule does not apply or the ledger lacks
 * what it needs; {@code problem} names a rule that could not be applied.
 */
record TimeEntryFact(
        UUID recordId,
        String source,
        String externalId,
        long version,
        String employee,
        String project,
        String task,
        String customer,
        String contract,
        String entity,
        String entityCurrency,
        String practice,
        String role,
        String employeeEntity,
        String employeePractice,
        String employeeRole,
        LocalDate date,
        String status,
        String projectKind,
        String billingModel,
        BigDecimal notToExceed,
        String classification,
        String classificationIfApproved,
        BigDecimal recordedHours,
        BigDecimal billableHours,
        BigDecimal contractValue,
        String contractCurrency,
        BigDecimal standardValue,
        String standardCurrency,
        boolean labour,
        String labourCurrency,
        BigDecimal labourCostExact,
        Instant approvedAt,
        Instant receivedAt,
        String problem) {}
