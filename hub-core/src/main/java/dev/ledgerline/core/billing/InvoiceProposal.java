package dev.ledgerline.core.billing;

import dev.ledgerline.core.canonical.Ref;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice or credit-note proposal (contract.md "proposal"). {@code contract} is null only on a
 * customer-grouped proposal that bills several contracts ({@code contracts} lists them all);
 * {@code project} is the project of a project-grouped proposal. {@code estimatedTax} and
 * {@code total} are null while a line has no tax mapping (see {@code problems}). On a credit note
 * every amount is positive: it is what the note takes back.
 */
public record InvoiceProposal(
        String id,
        LocalDate runDate,
        Ref contract,
        List<Ref> contracts,
        Ref customer,
        String entity,
        String currency,
        ProposalKind kind,
        ProposalStatus status,
        LocalDate invoiceDate,
        Ref project,
        List<ProposalLine> lines,
        BigDecimal untaxedAmount,
        BigDecimal estimatedTax,
        BigDecimal total,
        List<Exclusion> excluded,
        List<BillingProblem> problems) {

    public InvoiceProposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(untaxedAmount, "untaxedAmount");
        contracts = List.copyOf(contracts);
        lines = List.copyOf(lines);
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public InvoiceProposal withStatus(ProposalStatus newStatus) {
        return new InvoiceProposal(
                id,
                runDate,
                contract,
                contracts,
                customer,
                entity,
                currency,
                kind,
                newStatus,
                invoiceDate,
                project,
                lines,
                untaxedAmount,
                estimatedTax,
                total,
                excluded,
                problems);
    }

    public boolean isCreditNote() {
        return kind == ProposalKind.CREDIT_NOTE;
    }

    /** The line with {@code lineId}, if this proposal has it. */
    public Optional<ProposalLine> line(String lineId) {
        return lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst();
    }
}
