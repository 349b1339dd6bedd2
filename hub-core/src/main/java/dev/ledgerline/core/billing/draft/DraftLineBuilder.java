package dev.ledgerline.core.billing.draft;

import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.billing.LineSource;
import dev.ledgerline.core.billing.ProposalKind;
import dev.ledgerline.core.billing.ProposalLine;
import dev.ledgerline.core.canonical.Ref;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Fills a {@link DraftLine} part by part; the billing models share it. */
public final class DraftLineBuilder {

    private final Ref contract;
    private final LineKind kind;
    private final String identity;
    private ProposalKind document = ProposalKind.INVOICE;
    private LocalDate documentDate;
    private Ref project;
    private String description;
    private BigDecimal quantity = BigDecimal.ONE;
    private BigDecimal unitPrice;
    private BigDecimal amount;
    private String serviceType;
    private DraftLine.InheritedTax inheritedTax;
    private String refersTo;
    private String refersToProposal;
    private String item;
    private String reason;
    private BigDecimal roundingDifference;
    private List<LineSource> sources = List.of();
    private SortKey sort;

    private DraftLineBuilder(Ref contract, LineKind kind, String identity) {
        this.contract = contract;
        this.kind = kind;
        this.identity = identity;
    }

    public static DraftLineBuilder line(Ref contract, LineKind kind, String identity) {
        return new DraftLineBuilder(contract, kind, identity);
    }

    public DraftLineBuilder invoice(LocalDate date) {
        this.document = ProposalKind.INVOICE;
        this.documentDate = date;
        return this;
    }

    public DraftLineBuilder creditNote(LocalDate date) {
        this.document = ProposalKind.CREDIT_NOTE;
        this.documentDate = date;
        return this;
    }

    public DraftLineBuilder project(Ref p) {
        this.project = p;
        return this;
    }

    public DraftLineBuilder description(String text) {
        this.description = text;
        return this;
    }

    /** Quantity and unit price; the amount is {@code round(quantity × unitPrice)}. */
    public DraftLineBuilder priced(BigDecimal q, BigDecimal price) {
        this.quantity = q;
        this.unitPrice = price;
        this.amount = DraftLine.amountOf(q, price);
        return this;
    }

    /** Quantity 1 at {@code value}: a lump sum, a capped credit or an adjustment. */
    public DraftLineBuilder lumpSum(BigDecimal value) {
        return priced(BigDecimal.ONE, value);
    }

    public DraftLineBuilder serviceType(String type) {
        this.serviceType = type;
        return this;
    }

    /** Keeps the tax of {@code original} (credits and adjustments are taxed like the line they touch). */
    public DraftLineBuilder taxedLike(ProposalLine original) {
        if (original != null) {
            this.inheritedTax = new DraftLine.InheritedTax(original.taxId(), original.taxRate());
        }
        return this;
    }

    public DraftLineBuilder refersTo(String lineId, String proposalId) {
        this.refersTo = lineId;
        this.refersToProposal = proposalId;
        return this;
    }

    public DraftLineBuilder item(String value) {
        this.item = value;
        return this;
    }

    public DraftLineBuilder reason(String value) {
        this.reason = value;
        return this;
    }

    public DraftLineBuilder roundingDifference(BigDecimal value) {
        this.roundingDifference = value;
        return this;
    }

    public DraftLineBuilder sources(List<LineSource> value) {
        this.sources = value;
        return this;
    }

    public DraftLineBuilder sort(SortKey key) {
        this.sort = key;
        return this;
    }

    public DraftLine build() {
        return new DraftLine(
                contract,
                kind,
                identity,
                document,
                documentDate,
                project,
                description,
                quantity,
                unitPrice,
                amount,
                serviceType,
                inheritedTax,
                refersTo,
                refersToProposal,
                item,
                reason,
                roundingDifference,
                sources,
                sort);
    }
}
