package dev.ledgerline.core.billing;

import dev.ledgerline.core.canonical.Ref;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One line of a proposal (contract.md "line"): {@code amount = round(quantity × unitPrice)}.
 *
 * <ul>
 *   <li>{@code contract}: the contract the line bills (a customer invoice may carry several);
 *   <li>{@code project}: the analytic account, as the project reference the hub maps; null for a
 *       contract-level line of a contract with several projects;
 *   <li>{@code taxCode}: the contract's tax code; {@code taxId}/{@code taxRate} the mapped Odoo tax and
 *       {@code estimatedTax} its estimate, all null when no tax rule maps it ({@code NO_TAX_MAPPING});
 *   <li>{@code refersTo}: the line this one adjusts, credits or adds to, and {@code refersToProposal}
 *       the proposal (invoice) that carries it;
 *   <li>{@code item}: the period or milestone a periodic line bills ({@code 2026-01} for a retainer
 *       month or an expense month, {@code 2026-01-15/2026-01-31} for subscription days, a milestone id);
 *   <li>{@code reason}: why an adjustment exists ({@code NOT_TO_EXCEED}, {@code CAP_PER_MONTH}, or
 *       finance's reason text), or what a correction corrects;
 *   <li>{@code roundingDifference}: summarized layout only, amount − Σ entry contract values.
 * </ul>
 */
public record ProposalLine(
        String lineId,
        Ref contract,
        LineKind kind,
        String description,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal amount,
        String taxCode,
        Long taxId,
        BigDecimal taxRate,
        BigDecimal estimatedTax,
        String refersTo,
        String refersToProposal,
        Ref project,
        String item,
        String reason,
        BigDecimal roundingDifference,
        List<LineSource> sources) {

    public ProposalLine {
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(amount, "amount");
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The same line with a tax estimate. */
    public ProposalLine withTax(Long id, BigDecimal rate, BigDecimal estimate) {
        return new ProposalLine(
                lineId,
                contract,
                kind,
                description,
                quantity,
                unitPrice,
                amount,
                taxCode,
                id,
                rate,
                estimate,
                refersTo,
                refersToProposal,
                project,
                item,
                reason,
                roundingDifference,
                sources);
    }
}
