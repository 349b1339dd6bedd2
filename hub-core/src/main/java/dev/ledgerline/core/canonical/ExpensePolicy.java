package dev.ledgerline.core.canonical;

import java.math.BigDecimal;

/** A contract's default for expenses and vendor bills; each record's own flags win over it. */
public record ExpensePolicy(boolean billable, BigDecimal markupPercent, BigDecimal capPerMonth) {}
