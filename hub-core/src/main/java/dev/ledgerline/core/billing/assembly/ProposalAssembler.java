package dev.ledgerline.core.billing.assembly;

import dev.ledgerline.core.billing.BillingProblem;
import dev.ledgerline.core.billing.BillingSetup;
import dev.ledgerline.core.billing.Exclusion;
import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.billing.ProblemCode;
import dev.ledgerline.core.billing.ProposalKind;
import dev.ledgerline.core.billing.ProposalLine;
import dev.ledgerline.core.billing.ProposalStatus;
import dev.ledgerline.core.billing.draft.DraftLine;
import dev.ledgerline.core.billing.draft.LineIds;
import dev.ledgerline.core.billing.state.RunContext;
import dev.ledgerline.core.canonical.ContractTerms.InvoiceGrouping;
import dev.ledgerline.core.canonical.Customer;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.firm.TaxRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups draft lines into proposals. A line goes to the proposal of its document kind, invoice date
 * and group: its contract and project ({@code invoiceGrouping: project}, the default; a contract-level
 * line of a contract with several projects gets an invoice of its own, docs/adr/0108), its contract
 * ({@code contract}), or its customer, entity and currency ({@code customer}, merging every contract so
 * grouped). The invoice date is the line's document date (the run date, or a cancellation date) moved
 * to the first open date when it falls in a locked period.
 */
public final class ProposalAssembler {

    private final BillingSetup setup;
    private final TaxEstimator taxes;

    public ProposalAssembler(BillingSetup setup) {
        this.setup = setup;
        this.taxes = new TaxEstimator(setup.taxRules());
    }

    private record Placed(ContractDrafts contract, DraftLine line) {}

    private record Group(String key, ProposalKind kind, LocalDate invoiceDate) {}

    public List<InvoiceProposal> assemble(LocalDate runDate, List<ContractDrafts> contracts) {
        Map<String, List<Placed>> groups = new TreeMap<>();
        Map<String, Group> groupInfo = new TreeMap<>();
        for (ContractDrafts c : contracts) {
            for (DraftLine line : c.drafts().lines()) {
                LocalDate date = c.context().entity().firstOpenDateOnOrAfter(line.documentDate());
                Group g = new Group(groupKey(c.context(), line.project()), line.document(), date);
                String id =
                        LineIds.proposal(g.key(), runDate.toString(), g.kind().name(), date.toString());
                groups.computeIfAbsent(id, k -> new ArrayList<>()).add(new Placed(c, line));
                groupInfo.put(id, g);
            }
        }
        List<InvoiceProposal> proposals = new ArrayList<>();
        groups.forEach((id, placed) -> proposals.add(proposal(id, runDate, groupInfo.get(id), placed, contracts)));
        proposals.sort(Comparator.comparing((InvoiceProposal p) -> p.customer().toString())
                .thenComparing(p -> p.contract() == null ? "" : p.contract().toString())
                .thenComparing(p -> p.project() == null ? "" : p.project().toString())
                .thenComparing(InvoiceProposal::kind)
                .thenComparing(InvoiceProposal::invoiceDate)
                .thenComparing(InvoiceProposal::id));
        return proposals;
    }

    static String groupKey(RunContext ctx, Ref project) {
        InvoiceGrouping grouping = ctx.terms().invoiceGroupingOrDefault();
        return switch (grouping) {
            case PROJECT -> "contract:" + ctx.contractRef() + "|project:" + (project == null ? "-" : project);
            case CONTRACT -> "contract:" + ctx.contractRef();
            case CUSTOMER ->
                "customer:" + ctx.contract().customer() + "|entity:"
                        + ctx.contract().entity() + "|currency:"
                        + ctx.contract().currency();
        };
    }

    private InvoiceProposal proposal(
            String id, LocalDate runDate, Group group, List<Placed> placed, List<ContractDrafts> all) {
        RunContext first = placed.getFirst().contract().context();
        List<BillingProblem> problems = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>();
        List<ProposalLine> lines = new ArrayList<>();
        placed.stream()
                .sorted(Comparator.comparing((Placed p) -> p.line().sort())
                        .thenComparing(p -> p.line().lineId()))
                .forEach(p -> lines.add(line(p, missing)));
        for (String m : missing) {
            problems.add(new BillingProblem(ProblemCode.NO_TAX_MAPPING, first.contractRef(), null, m));
        }
        Set<Ref> contracts = new LinkedHashSet<>();
        placed.forEach(p -> contracts.add(p.contract().context().contractRef()));
        Ref project = lines.stream().map(ProposalLine::project).distinct().count() == 1
                ? lines.getFirst().project()
                : null;
        boolean projectGrouped = first.terms().invoiceGroupingOrDefault() == InvoiceGrouping.PROJECT;
        BigDecimal untaxed = lines.stream().map(ProposalLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = missing.isEmpty()
                ? TaxTotal.of(lines, setup.roundsTaxGlobally(first.contract().entity()))
                : null;
        return new InvoiceProposal(
                id,
                runDate,
                contracts.size() == 1 ? contracts.iterator().next() : null,
                List.copyOf(contracts),
                first.contract().customer(),
                first.contract().entity(),
                first.contract().currency(),
                group.kind(),
                ProposalStatus.PROPOSED,
                group.invoiceDate(),
                projectGrouped ? project : null,
                lines,
                untaxed,
                tax,
                tax == null ? null : untaxed.add(tax),
                group.kind() == ProposalKind.INVOICE
                        ? exclusions(placed, all, projectGrouped ? project : null, projectGrouped)
                        : List.of(),
                problems);
    }

    private ProposalLine line(Placed p, Set<String> missing) {
        DraftLine d = p.line();
        RunContext ctx = p.contract().context();
        String taxCode = ctx.terms().taxCode();
        Long taxId = null;
        BigDecimal rate = null;
        if (d.inheritedTax() != null && d.inheritedTax().rate() != null) {
            taxId = d.inheritedTax().taxId();
            rate = d.inheritedTax().rate();
        } else {
            String country = ctx.customer().map(Customer::country).orElse(null);
            Optional<TaxRule> rule = taxes.rule(ctx.contract().entity(), taxCode, d.serviceType(), country);
            if (rule.isPresent()) {
                taxId = rule.get().odooTaxId();
                rate = rule.get().rate();
            } else {
                missing.add("no tax rule maps tax code " + taxCode + " for service type " + d.serviceType()
                        + " in entity " + ctx.contract().entity());
            }
        }
        return new ProposalLine(
                d.lineId(),
                d.contract(),
                d.kind(),
                d.description(),
                d.quantity(),
                d.unitPrice(),
                d.amount(),
                taxCode,
                taxId,
                rate,
                rate == null ? null : TaxTotal.lineTax(d.amount(), rate),
                d.refersTo(),
                d.refersToProposal(),
                d.project(),
                d.item(),
                d.reason(),
                d.roundingDifference(),
                d.sources());
    }

    /** The exclusions of the contracts on an invoice: of its project under project grouping, else all of them. */
    private static List<Exclusion> exclusions(
            List<Placed> placed, List<ContractDrafts> all, Ref project, boolean projectGrouped) {
        Set<Ref> contracts = new LinkedHashSet<>();
        placed.forEach(p -> contracts.add(p.contract().context().contractRef()));
        List<Exclusion> result = new ArrayList<>();
        for (ContractDrafts c : all) {
            if (!contracts.contains(c.context().contractRef())) {
                continue;
            }
            for (Exclusion e : c.drafts().excluded()) {
                Optional<Ref> of = c.drafts().projectOf(e.ref());
                if (!projectGrouped || of.isEmpty() || of.get().equals(project)) {
                    result.add(e);
                }
            }
        }
        return result;
    }
}
