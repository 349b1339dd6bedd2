package dev.ledgerline.core.metrics.revenue;

import dev.ledgerline.core.billability.ClassifiedEntry;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Invoice;
import dev.ledgerline.core.canonical.Invoice.Line;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.cost.ProjectCostToDate;
import dev.ledgerline.core.firm.EntitySettings.TmRevenue;
import dev.ledgerline.core.metrics.Attributes;
import dev.ledgerline.core.metrics.Attribution;
import dev.ledgerline.core.metrics.Basis;
import dev.ledgerline.core.metrics.DateRange;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.Fact;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.ReportCurrency;
import dev.ledgerline.core.recognition.FixedFeePosition;
import dev.ledgerline.core.recognition.FixedFeeRecognition;
import dev.ledgerline.core.recognition.PerformedWork;
import dev.ledgerline.core.recognition.RetainerRevenue;
import dev.ledgerline.core.recognition.SubscriptionRevenue;
import dev.ledgerline.core.recognition.TimeAndMaterialsRevenue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Fee revenue recognised by {@code core.recognition}, as report facts: time and materials as
 * performed (per entry, the cumulative kept within the cap), fixed fee by percent complete,
 * retainer drawdown (per entry), breakage and overage, and subscriptions by day. Amounts are in
 * contract currency, converted at the month-end rate of the month they are recognised in.
 */
public final class RecognisedFees {

    private final RecognitionInputs in;
    private final ReportCurrency currency;
    private final Attribution attribution;
    private final FixedFeeRecognition fixedFee;

    public RecognisedFees(RecognitionInputs in, FirmSettings settings, ReportCurrency currency) {
        this.in = in;
        this.currency = currency;
        this.attribution = new Attribution(in.held());
        this.fixedFee = new FixedFeeRecognition(ProjectCostToDate.forRecognition(in.held(), settings));
    }

    /** Fee facts of a contract dated in {@code range} (measure {@code measure}); none for T&M as billed. */
    public List<Fact> facts(Ref ref, Contract contract, DateRange range, TmRevenue tmBasis, String measure) {
        List<Fact> facts = new ArrayList<>();
        Attributes contractAttributes = contractAttributes(ref, contract);
        switch (contract.billingModel()) {
            case TIME_AND_MATERIALS -> {
                if (tmBasis == TmRevenue.AS_PERFORMED) {
                    performed(ref, contract, range, measure, facts);
                }
            }
            case FIXED_FEE -> {
                for (DateRange month : range.months()) {
                    BigDecimal delta = fixedFeePosition(ref, contract, month.to())
                            .recognisedToDate()
                            .subtract(
                                    fixedFeePosition(ref, contract, month.from().minusDays(1))
                                            .recognisedToDate());
                    facts.add(fact(contractAttributes, contract, month.from(), month.to(), measure, delta));
                }
            }
            case SUBSCRIPTION -> {
                for (DateRange month : range.months()) {
                    BigDecimal delta = SubscriptionRevenue.recognisedToDate(contract, month.to())
                            .subtract(SubscriptionRevenue.recognisedToDate(
                                    contract, month.from().minusDays(1)));
                    facts.add(fact(contractAttributes, contract, month.from(), month.to(), measure, delta));
                }
            }
            case RETAINER -> retainer(ref, contract, range, measure, contractAttributes, facts);
        }
        return facts;
    }

    /** Fee revenue recognised from the start up to {@code date}, in contract currency. */
    public BigDecimal recognisedToDate(Ref ref, Contract contract, LocalDate date, TmRevenue tmBasis) {
        return switch (contract.billingModel()) {
            case TIME_AND_MATERIALS ->
                tmBasis == TmRevenue.AS_PERFORMED
                        ? TimeAndMaterialsRevenue.asPerformed(
                                        contract.currentTerms().notToExceed(),
                                        performedWork(ref),
                                        in.documents(ref),
                                        date)
                                .recognisedToDate()
                        : TimeAndMaterialsRevenue.asBilled(in.documents(ref), LocalDate.MIN, date);
            case FIXED_FEE -> fixedFeePosition(ref, contract, date).recognisedToDate();
            case SUBSCRIPTION -> SubscriptionRevenue.recognisedToDate(contract, date);
            case RETAINER -> {
                RetainerRevenue revenue =
                        RetainerRevenue.of(contract, in.retainerEntries(ref, contract), YearMonth.from(date));
                BigDecimal sum = BigDecimal.ZERO;
                for (YearMonth m = firstMonth(contract, date); !m.isAfter(YearMonth.from(date)); m = m.plusMonths(1)) {
                    sum = sum.add(revenue.month(m).revenue());
                }
                yield sum;
            }
        };
    }

    /** The fixed-fee position on {@code date} (no EAC: flags come from the forecast). */
    public FixedFeePosition fixedFeePosition(Ref ref, Contract contract, LocalDate date) {
        return fixedFee.position(contract, in.projects(ref), date, in.documents(ref), null, in.costBasis());
    }

    /** Approved billable entries at contract value and finance adjustments of time lines, for as performed. */
    public List<PerformedWork> performedWork(Ref ref) {
        List<PerformedWork> work = new ArrayList<>(PerformedWork.ofEntries(in.billableEntries(ref)));
        work.addAll(adjustments(ref).stream()
                .map(a -> new PerformedWork(a.date(), a.value()))
                .toList());
        return work;
    }

    private void performed(Ref ref, Contract contract, DateRange range, String measure, List<Fact> facts) {
        record Item(LocalDate date, String order, BigDecimal value, Attributes attributes) {}
        List<Item> items = new ArrayList<>();
        for (ClassifiedEntry e : in.billableEntries(ref)) {
            items.add(new Item(
                    e.entry().date(),
                    e.key().externalId(),
                    e.contractValue().orElseThrow(),
                    attribution.ofEntry(e.entry())));
        }
        Attributes contractAttributes = contractAttributes(ref, contract);
        for (PerformedWork a : adjustments(ref)) {
            items.add(new Item(a.date(), "~adjustment", a.value(), contractAttributes));
        }
        items.sort(Comparator.comparing(Item::date).thenComparing(Item::order));
        BigDecimal cap = contract.currentTerms().notToExceed();
        BigDecimal cumulative = BigDecimal.ZERO;
        for (Item item : items) {
            BigDecimal before = cap == null ? cumulative : cumulative.min(cap);
            cumulative = cumulative.add(item.value());
            BigDecimal after = cap == null ? cumulative : cumulative.min(cap);
            if (range.contains(item.date())) {
                facts.add(fact(item.attributes(), contract, item.date(), item.date(), measure, after.subtract(before)));
            }
        }
    }

    private List<PerformedWork> adjustments(Ref ref) {
        if (in.basis() == Basis.PROVISIONAL) {
            return PerformedWork.ofAdjustments(in.proposals().stream()
                    .filter(p -> p.status().holdsWork() && p.contracts().contains(ref))
                    .toList());
        }
        List<PerformedWork> work = new ArrayList<>();
        for (Invoice doc : in.billed().documents()) {
            if (!ref.equals(doc.contract())) {
                continue;
            }
            for (Line line : doc.lines()) {
                boolean finance = "writedown".equals(line.kind()) || "writeup".equals(line.kind());
                boolean onTime = line.adjustsLine() != null
                        && doc.lines().stream()
                                .anyMatch(l -> l.line() == line.adjustsLine() && "time".equals(l.kind()));
                if (finance && onTime) {
                    work.add(new PerformedWork(
                            doc.invoiceDate(),
                            doc.isCreditNote() ? line.amount().negate() : line.amount()));
                }
            }
        }
        return work;
    }

    private void retainer(
            Ref ref,
            Contract contract,
            DateRange range,
            String measure,
            Attributes contractAttributes,
            List<Fact> facts) {
        RetainerRevenue revenue =
                RetainerRevenue.of(contract, in.retainerEntries(ref, contract), YearMonth.from(range.to()));
        for (DateRange month : range.months()) {
            YearMonth m = YearMonth.from(month.from());
            for (var outcome : revenue.balance().outcomes()) {
                if (outcome.drawnIn().equals(m) && outcome.drawnValue().signum() != 0) {
                    Attributes a = in.held()
                            .current(outcome.entry().key(), TimeEntry.class)
                            .map(attribution::ofEntry)
                            .orElse(contractAttributes);
                    facts.add(fact(a, contract, month.from(), month.to(), measure, outcome.drawnValue()));
                }
            }
            RetainerRevenue.Month totals = revenue.month(m);
            BigDecimal rest = totals.breakage().add(totals.overage());
            if (rest.signum() != 0) {
                facts.add(fact(contractAttributes, contract, month.from(), month.to(), measure, rest));
            }
        }
    }

    private Fact fact(
            Attributes a, Contract contract, LocalDate date, LocalDate rateDate, String measure, BigDecimal amount) {
        LocalDate monthEnd = YearMonth.from(rateDate).atEndOfMonth();
        return Fact.of(
                a,
                date,
                currency.currencyOf(contract.entity()),
                Map.of(measure, currency.cents(amount, contract.currency(), contract.entity(), monthEnd)));
    }

    /** A contract's groups: its entity, customer and itself, and its project when it has only one. */
    public Attributes contractAttributes(Ref ref, Contract contract) {
        List<Ref> projects = in.projects(ref);
        Attributes a = projects.size() == 1 ? attribution.ofProject(projects.getFirst()) : Attributes.NONE;
        return a.with(Dimension.ENTITY, contract.entity())
                .with(Dimension.CUSTOMER, contract.customer())
                .with(Dimension.CONTRACT, ref);
    }

    private static YearMonth firstMonth(Contract contract, LocalDate date) {
        LocalDate start = contract.currentTerms().startDate();
        return YearMonth.from(start != null && !start.isAfter(date) ? start : date);
    }
}
