package dev.ledgerline.core.billing.draft;

import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.billing.LineSource;
import dev.ledgerline.core.billing.ProposalKind;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A line a billing model produced, with what the assembler needs to place it: the document kind and
 * date it belongs to, the project (analytic account and, under project grouping, the invoice), the
 * service type its tax is mapped by (or the tax it inherits from the line it corrects), and its sort
 * key. {@code identity} names what the line bills; with contract and kind it gives the line id.
 */
public record DraftLine(
        Ref contract,
        LineKind kind,
        String identity,
        ProposalKind document,
        LocalDate documentDate,
        Ref project,
        String description,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal amount,
        String serviceType,
        InheritedTax inheritedTax,
        String refersTo,
        String refersToProposal,
        String item,
        String reason,
        BigDecimal roundingDifference,
        List<LineSource> sources,
        SortKey sort) {

    /** The tax of the line a credit or an adjustment refers to, which it keeps. */
    public record InheritedTax(Long taxId, BigDecimal rate) {}

    public DraftLine {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(documentDate, "documentDate");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(sort, "sort");
        sources = List.copyOf(sources);
    }

    public String lineId() {
        return LineIds.line(contract, kind, identity);
    }

    /** {@code amount = round(quantity × unitPrice)}, the invariant Odoo computes lines by. */
    public static BigDecimal amountOf(BigDecimal quantity, BigDecimal unitPrice) {
        return Rounding.cents(quantity.multiply(unitPrice));
    }
}
