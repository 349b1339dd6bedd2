package dev.ledgerline.core.metrics.wip;

import dev.ledgerline.core.billability.Billability;
import dev.ledgerline.core.billability.ClassifiedEntry;
import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.billing.ProposalStatus;
import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Invoice;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.metrics.Attributes;
import dev.ledgerline.core.metrics.Attribution;
import dev.ledgerline.core.metrics.BilledTime;
import dev.ledgerline.core.metrics.ClassifiedTime;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.EngagementDimensions;
import dev.ledgerline.core.metrics.Fact;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.Flag;
import dev.ledgerline.core.metrics.Grouping;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportCurrency;
import dev.ledgerline.core.metrics.ReportQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * WIP and unapproved time at the end of {@code to}.
 *
 * <p>WIP: approved billable entries on time-and-materials contracts, dated on or before {@code to},
 * not on a posted invoice dated on or before it, at contract value converted at the rate of
 * {@code to} (unbilled work is valued like accrued revenue). Fields: {@code count},
 * {@code recordedHours}, {@code billableHours}, {@code aging.*} (value by age), {@code inBilling} (the
 * value on an Odoo draft or an open hub proposal), {@code realizable}: on a contract with a
 * not-to-exceed, the entries take the room left (cap − net billed time fees on posted documents) in
 * date, then external id order, as the next run would bill them. Entries waiting only for a rate
 * count with value 0, flagged {@code NO_RATE}.
 *
 * <p>Unapproved time: every draft or submitted entry dated on or before {@code to}, valued as the
 * WIP it would be once approved (0 when it would not be).
 */
public final class WipCalculator {

    public static final String WIP = "wip";
    public static final String UNAPPROVED = "unapproved";
    public static final String VALUE = "value";
    public static final String COUNT = "count";
    public static final String RECORDED = "recordedHours";
    public static final String BILLABLE = "billableHours";
    public static final String IN_BILLING = "inBilling";
    public static final String REALIZABLE = "realizable";

    private final HeldRecords held;
    private final FirmSettings settings;
    private final Set<RecordKey> onOpenProposals;

    /**
     * @param onOpenProposals time entries on hub proposals not yet posted (proposed, approved or
     *     delivered); Odoo draft invoices are read from the held records
     */
    public WipCalculator(HeldRecords held, FirmSettings settings, Set<RecordKey> onOpenProposals) {
        this.held = held;
        this.settings = settings;
        this.onOpenProposals = Set.copyOf(onOpenProposals);
    }

    /**
     * The time entries on the hub's proposals that are not posted yet (proposed, approved or
     * delivered invoices): the {@code in billing} part of WIP.
     */
    public static Set<RecordKey> entriesInBilling(List<InvoiceProposal> proposals) {
        Set<RecordKey> keys = new HashSet<>();
        for (InvoiceProposal p : proposals) {
            boolean open = p.status() == ProposalStatus.PROPOSED
                    || p.status() == ProposalStatus.APPROVED
                    || p.status() == ProposalStatus.DELIVERED;
            if (open && !p.isCreditNote()) {
                p.lines().stream()
                        .filter(l -> l.kind() == LineKind.TIME)
                        .flatMap(l -> l.sources().stream())
                        .filter(s -> s.ref().type() == RecordType.TIME_ENTRY)
                        .forEach(s -> keys.add(s.ref()));
            }
        }
        return keys;
    }

    public MetricReport wip(ReportQuery query) {
        return report(WIP, query, wipFacts(query), true);
    }

    public MetricReport unapproved(ReportQuery query) {
        return report(UNAPPROVED, query, unapprovedFacts(query), false);
    }

    public List<Fact> wipFacts(ReportQuery query) {
        LocalDate date = query.to();
        ClassifiedTime time = new ClassifiedTime(held, settings);
        BilledTime billed = new BilledTime(held, time.all());
        ReportCurrency currency = ReportCurrency.of(settings, query);
        Attribution attribution = new Attribution(held);
        Set<RecordKey> inBilling = inBilling();
        Map<Ref, BigDecimal> room = new HashMap<>();
        List<Fact> facts = new ArrayList<>();
        for (ClassifiedEntry c : time.all()) {
            boolean priced = c.billability() instanceof Billability.Billable;
            boolean waiting = c.billability() instanceof Billability.AwaitingRate;
            Optional<Contract> contract = contractOf(c.entry());
            if (!(priced || waiting)
                    || c.entry().date().isAfter(date)
                    || billed.invoicedBy(c.key(), date)
                    || contract.isEmpty()
                    || contract.get().billingModel() != BillingModel.TIME_AND_MATERIALS) {
                continue;
            }
            Attributes a = attribution.ofEntry(c.entry());
            String entity = a.get(Dimension.ENTITY);
            Contract k = contract.get();
            BigDecimal value = c.contractValue().orElse(BigDecimal.ZERO);
            BigDecimal cap = k.currentTerms().notToExceed();
            BigDecimal realizable = value;
            if (cap != null) {
                Ref ref = projectContract(c.entry());
                BigDecimal left = room.computeIfAbsent(ref, r -> cap.subtract(billed.netTimeFees(r, date)));
                realizable = value.min(left.max(BigDecimal.ZERO));
                room.put(ref, left.subtract(realizable));
            }
            if (!query.selects(entity)) {
                continue;
            }
            BigDecimal converted = currency.cents(value, k.currency(), entity, date);
            Map<String, BigDecimal> m = measures(c, converted, date);
            m.put(IN_BILLING, inBilling.contains(c.key()) ? converted : BigDecimal.ZERO);
            m.put(REALIZABLE, currency.cents(realizable, k.currency(), entity, date));
            Fact fact = Fact.of(a, c.entry().date(), currency.currencyOf(entity), m);
            facts.add(waiting ? fact.withFlags(Set.of(Flag.NO_RATE)) : fact);
        }
        return facts;
    }

    public List<Fact> unapprovedFacts(ReportQuery query) {
        LocalDate date = query.to();
        ClassifiedTime time = new ClassifiedTime(held, settings);
        ReportCurrency currency = ReportCurrency.of(settings, query);
        Attribution attribution = new Attribution(held);
        List<Fact> facts = new ArrayList<>();
        for (RecordVersion<TimeEntry> v : held.all(RecordType.TIME_ENTRY, TimeEntry.class)) {
            TimeEntry e = v.data();
            boolean unapproved = e.status() == TimeEntry.Status.DRAFT || e.status() == TimeEntry.Status.SUBMITTED;
            Optional<ClassifiedEntry> once = time.asIfApproved(v);
            if (!unapproved || e.date().isAfter(date) || once.isEmpty()) {
                continue;
            }
            Attributes a = attribution.ofEntry(e);
            String entity = a.get(Dimension.ENTITY);
            if (!query.selects(entity)) {
                continue;
            }
            Optional<Contract> contract = contractOf(e);
            boolean wouldBeWip = once.get().isBillable()
                    && contract.map(k -> k.billingModel() == BillingModel.TIME_AND_MATERIALS)
                            .orElse(false);
            BigDecimal value = wouldBeWip
                    ? currency.cents(
                            once.get().contractValue().orElseThrow(),
                            contract.get().currency(),
                            entity,
                            date)
                    : BigDecimal.ZERO.setScale(2);
            facts.add(Fact.of(a, e.date(), currency.currencyOf(entity), measures(once.get(), value, date)));
        }
        return facts;
    }

    private static Map<String, BigDecimal> measures(ClassifiedEntry c, BigDecimal value, LocalDate date) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put(VALUE, value);
        m.put(COUNT, BigDecimal.ONE);
        m.put(RECORDED, c.recordedHours());
        m.put(BILLABLE, c.billableHours());
        m.put(WipAge.of(c.entry().date(), date).field(), value);
        return m;
    }

    private MetricReport report(String metric, ReportQuery query, List<Fact> facts, boolean wip) {
        List<MetricRow> rows = new ArrayList<>();
        Grouping.of(metric, EngagementDimensions.TIME, query).sum(facts).forEach((key, sums) -> {
            Map<String, BigDecimal> fields = new LinkedHashMap<>();
            fields.put(COUNT, sums.get(COUNT));
            fields.put(RECORDED, sums.get(RECORDED));
            fields.put(BILLABLE, sums.get(BILLABLE));
            if (wip) {
                fields.put(IN_BILLING, sums.cents(IN_BILLING));
                fields.put(REALIZABLE, sums.cents(REALIZABLE));
            }
            for (WipAge age : WipAge.values()) {
                fields.put(age.field(), sums.cents(age.field()));
            }
            rows.add(new MetricRow(key, sums.currency(), sums.cents(VALUE), null, null, sums.flags(), fields));
        });
        return MetricReport.of(metric, query, rows);
    }

    private Set<RecordKey> inBilling() {
        Set<RecordKey> keys = new HashSet<>(onOpenProposals);
        for (RecordVersion<Invoice> v : held.all(RecordType.INVOICE, Invoice.class)) {
            Invoice doc = v.data();
            if ("draft".equals(doc.state()) && !doc.isCreditNote()) {
                doc.lines().stream()
                        .filter(l -> BilledTime.TIME_LINES.contains(l.kind()))
                        .forEach(l -> keys.addAll(l.entries()));
            }
        }
        return keys;
    }

    private Optional<Contract> contractOf(TimeEntry entry) {
        return held.project(entry.project()).flatMap(p -> held.contract(p.contract()));
    }

    private Ref projectContract(TimeEntry entry) {
        return held.project(entry.project()).orElseThrow().contract();
    }
}
