package dev.ledgerline.core.metrics.revenue;

import dev.ledgerline.core.billability.ClassifiedEntry;
import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.billing.ProposalLine;
import dev.ledgerline.core.billing.retainer.RetainerEntry;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Invoice;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.Retainer;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.core.metrics.Basis;
import dev.ledgerline.core.metrics.BilledTime;
import dev.ledgerline.core.metrics.ClassifiedTime;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.recognition.BilledDocument;
import dev.ledgerline.core.recognition.CostBasis;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What revenue recognition ({@code core.recognition}) reads about a contract, taken from the held
 * records: its projects, its billed documents (posted Odoo documents on the final basis, the hub's
 * proposals that hold work on the provisional one), its approved billable entries and, for a
 * retainer, those entries with the month each draws in.
 */
public final class RecognitionInputs {

    private final HeldRecords held;
    private final FirmSettings settings;
    private final Basis basis;
    private final List<InvoiceProposal> proposals;
    private final ClassifiedTime time;
    private final BilledTime billed;
    private Map<Ref, List<Ref>> projectsByContract;

    public RecognitionInputs(HeldRecords held, FirmSettings settings, Basis basis, List<InvoiceProposal> proposals) {
        this.held = held;
        this.settings = settings;
        this.basis = basis;
        this.proposals = List.copyOf(proposals);
        this.time = new ClassifiedTime(held, settings);
        this.billed = new BilledTime(held, time.all());
    }

    public HeldRecords held() {
        return held;
    }

    public Basis basis() {
        return basis;
    }

    public CostBasis costBasis() {
        return basis == Basis.FINAL ? CostBasis.FINAL : CostBasis.PROVISIONAL;
    }

    public ClassifiedTime time() {
        return time;
    }

    public BilledTime billed() {
        return billed;
    }

    public List<InvoiceProposal> proposals() {
        return proposals;
    }

    public List<Ref> projects(Ref contract) {
        if (projectsByContract == null) {
            projectsByContract = new HashMap<>();
            for (RecordVersion<Project> v : held.all(RecordType.PROJECT, Project.class)) {
                if (v.data().contract() != null) {
                    projectsByContract
                            .computeIfAbsent(v.data().contract(), k -> new ArrayList<>())
                            .add(v.key().ref());
                }
            }
        }
        return projectsByContract.getOrDefault(contract, List.of());
    }

    /** The contract's billed documents on the basis; a proposal billing several contracts keeps this one's lines. */
    public List<BilledDocument> documents(Ref contract) {
        List<BilledDocument> docs = new ArrayList<>();
        if (basis == Basis.FINAL) {
            for (Invoice doc : billed.documents()) {
                if (contract.equals(doc.contract())) {
                    docs.add(BilledDocument.of(doc));
                }
            }
            return docs;
        }
        for (InvoiceProposal p : proposals) {
            if (p.status().holdsWork() && p.contracts().contains(contract)) {
                docs.add(BilledDocument.of(onlyContract(p, contract)));
            }
        }
        return docs;
    }

    /** The contract's approved billable entries, by date then external id. */
    public List<ClassifiedEntry> billableEntries(Ref contract) {
        List<Ref> projects = projects(contract);
        return time.all().stream()
                .filter(c -> c.isBillable() && projects.contains(c.entry().project()))
                .toList();
    }

    /**
     * The retainer's entries: approved billable ones (in hours mode also those that only lack a
     * rate), each drawing in its own month, or in the month its approval reached the ledger when
     * that is later (a late approval).
     */
    public List<RetainerEntry> retainerEntries(Ref contract, Contract terms) {
        Retainer retainer = terms.currentTerms().retainer();
        boolean hoursMode = retainer != null && retainer.mode() == Retainer.Mode.HOURS;
        List<Ref> projects = projects(contract);
        ZoneId zone = zone(terms.entity());
        List<RetainerEntry> entries = new ArrayList<>();
        for (ClassifiedEntry e : time.all()) {
            boolean usable = e.isBillable()
                    || (hoursMode && e.entry().isApproved() && e.reason().isEmpty());
            if (!usable || !projects.contains(e.entry().project())) {
                continue;
            }
            YearMonth own = YearMonth.from(e.entry().date());
            YearMonth arrival = YearMonth.from(approvalArrival(e).atZone(zone));
            entries.add(new RetainerEntry(
                    e.key(),
                    e.version(),
                    e.entry().date(),
                    arrival.isAfter(own) ? arrival : own,
                    e.recordedHours(),
                    e.billableHours(),
                    e.contractValue().orElse(null),
                    e.rate().map(r -> r.amount()).orElse(null),
                    e.entry().project(),
                    e.entry().description()));
        }
        return entries;
    }

    /** When the ledger received the approval the entry now carries: the first of its latest run of approved versions. */
    private Instant approvalArrival(ClassifiedEntry e) {
        List<RecordVersion<TimeEntry>> versions = held.versions(e.key(), TimeEntry.class);
        Instant arrival = versions.getLast().receivedAt();
        for (int i = versions.size() - 1; i >= 0 && versions.get(i).data().isApproved(); i--) {
            arrival = versions.get(i).receivedAt();
        }
        return arrival;
    }

    private ZoneId zone(String entity) {
        EntitySettings e = settings.entities().get(entity);
        return e == null ? ZoneOffset.UTC : e.timeZone();
    }

    private static InvoiceProposal onlyContract(InvoiceProposal p, Ref contract) {
        if (contract.equals(p.contract())) {
            return p;
        }
        List<ProposalLine> lines =
                p.lines().stream().filter(l -> contract.equals(l.contract())).toList();
        BigDecimal untaxed = lines.stream().map(ProposalLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new InvoiceProposal(
                p.id(),
                p.runDate(),
                contract,
                List.of(contract),
                p.customer(),
                p.entity(),
                p.currency(),
                p.kind(),
                p.status(),
                p.invoiceDate(),
                p.project(),
                lines,
                untaxed,
                null,
                null,
                p.excluded(),
                p.problems());
    }
}
