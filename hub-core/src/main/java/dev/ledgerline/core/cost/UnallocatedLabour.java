package dev.ledgerline.core.cost;

import dev.ledgerline.core.canonical.Ref;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Payroll cost that no project carries: a payroll part without approved hours, or the cents the
 * per-project rounding leaves over. It is labour of the employee's practice, in the currency of the
 * employee's entity.
 */
public record UnallocatedLabour(
        Ref employee, String entity, String currency, LocalDate from, LocalDate to, BigDecimal amount) {}
