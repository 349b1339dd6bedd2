package dev.ledgerline.core.metrics;

import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.billing.LineSource;
import dev.ledgerline.core.billing.ProposalKind;
import dev.ledgerline.core.billing.ProposalLine;
import dev.ledgerline.core.billing.ProposalStatus;
import dev.ledgerline.core.canonical.Ref;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds hub proposals for tests: one contract, untaxed. */
public final class SampleProposal {

    private final String id;
    private final Ref contract;
    private final Ref project;
    private final ProposalStatus status;
    private final LocalDate date;
    private final List<ProposalLine> lines = new ArrayList<>();

    private SampleProposal(String id, Ref contract, Ref project, ProposalStatus status, String date) {
        this.id = id;
        this.contract = contract;
        this.project = project;
        this.status = status;
        this.date = LocalDate.parse(date);
    }

    public static SampleProposal proposal(String id, Ref contract, Ref project, ProposalStatus status, String date) {
        return new SampleProposal(id, contract, project, status, date);
    }

    public SampleProposal timeLine(String lineId, String hours, String unitPrice, String amount, String entry) {
        lines.add(new ProposalLine(
                lineId,
                contract,
                LineKind.TIME,
                "time",
                new BigDecimal(hours),
                new BigDecimal(unitPrice),
                new BigDecimal(amount),
                null,
                null,
                null,
                null,
                null,
                null,
                project,
                null,
                null,
                null,
                List.of(new LineSource(
                        SampleFirm.entryKey(entry),
                        1,
                        new BigDecimal(hours),
                        new BigDecimal(hours),
                        new BigDecimal(amount)))));
        return this;
    }

    public SampleProposal line(String lineId, LineKind kind, String amount, String refersTo) {
        lines.add(new ProposalLine(
                lineId,
                contract,
                kind,
                kind.wireName(),
                BigDecimal.ONE,
                new BigDecimal(amount),
                new BigDecimal(amount),
                null,
                null,
                null,
                null,
                refersTo,
                null,
                project,
                null,
                null,
                null,
                List.of()));
        return this;
    }

    public InvoiceProposal build() {
        BigDecimal untaxed = lines.stream().map(ProposalLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new InvoiceProposal(
                id,
                date,
                contract,
                List.of(contract),
                new Ref("crm", "C-1"),
                "us",
                "USD",
                ProposalKind.INVOICE,
                status,
                date,
                project,
                lines,
                untaxed,
                BigDecimal.ZERO,
                untaxed,
                List.of(),
                List.of());
    }
}
