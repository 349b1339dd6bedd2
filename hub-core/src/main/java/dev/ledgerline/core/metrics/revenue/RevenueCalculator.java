package dev.ledgerline.core.metrics.revenue;

import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.cost.CostCalculator;
import dev.ledgerline.core.firm.EntitySettings.TmRevenue;
import dev.ledgerline.core.metrics.Attributes;
import dev.ledgerline.core.metrics.Attribution;
import dev.ledgerline.core.metrics.Basis;
import dev.ledgerline.core.metrics.DateRange;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.Fact;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.Grouping;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportCurrency;
import dev.ledgerline.core.metrics.ReportQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code revenue} report. Billed lines dated in the period are revenue where domain.md recognises
 * revenue as billed: time fees of time-and-materials contracts on the {@code as_billed} basis (a
 * credit note reduces the revenue of its own date), and expenses, vendor bills and markup under every
 * model. Other fee revenue (as performed, fixed fee, retainer, subscription) is recognised by
 * {@code core.recognition} through {@link RecognisedFees}. On the final basis the lines are those of posted Odoo documents, on the provisional basis
 * those of the hub's approved, delivered and posted proposals. Each line is converted at its document
 * date. Time fees are split among the entries behind them (employee, role); what a line does not
 * attribute to an entry stays on the line's project.
 *
 * <p>{@code value} = fee revenue; fields {@code fees}, {@code expenses}, {@code markup},
 * {@code allIn}.
 */
public final class RevenueCalculator {

    public static final String METRIC = "revenue";
    public static final String FEES = "fees";
    public static final String EXPENSES = "expenses";
    public static final String MARKUP = "markup";
    public static final String ALL_IN = "allIn";

    private final HeldRecords held;
    private final FirmSettings settings;
    private final List<InvoiceProposal> proposals;

    /** @param proposals the hub's proposals, read on the provisional basis (the final basis reads Odoo) */
    public RevenueCalculator(HeldRecords held, FirmSettings settings, List<InvoiceProposal> proposals) {
        this.held = held;
        this.settings = settings;
        this.proposals = List.copyOf(proposals);
    }

    /** One fact per billed line (or entry share of a line) recognised as revenue in the period. */
    public List<Fact> facts(ReportQuery query) {
        ReportCurrency currency = ReportCurrency.of(settings, query);
        Attribution attribution = new Attribution(held);
        RecognitionInputs inputs = new RecognitionInputs(held, settings, query.basis(), proposals);
        List<BilledLine> lines =
                query.basis() == Basis.FINAL ? BilledLines.posted(inputs.billed()) : BilledLines.proposed(proposals);
        List<Fact> facts = new ArrayList<>(recognisedFees(inputs, currency, query));
        for (BilledLine line : lines) {
            if (!query.covers(line.date()) || !query.selects(line.entity()) || !recognisedAsBilled(line, query)) {
                continue;
            }
            String measure = switch (line.kind()) {
                case TIME_FEES, OTHER_FEES -> FEES;
                case EXPENSES -> EXPENSES;
                case MARKUP -> MARKUP;
            };
            Attributes lineAttributes = attribution
                    .ofProject(line.project())
                    .with(Dimension.ENTITY, line.entity())
                    .with(Dimension.CUSTOMER, line.customer())
                    .with(Dimension.CONTRACT, line.contract());
            String reportCurrency = currency.currencyOf(line.entity());
            BigDecimal attributed = BigDecimal.ZERO;
            for (Map.Entry<RecordKey, BigDecimal> share : line.entryShares().entrySet()) {
                Optional<TimeEntry> entry = held.current(share.getKey(), TimeEntry.class);
                Attributes a = entry.map(e -> lineAttributes
                                .with(Dimension.EMPLOYEE, e.employee())
                                .with(Dimension.ROLE, attribution.roleOf(e)))
                        .orElse(lineAttributes);
                BigDecimal amount = currency.cents(share.getValue(), line.currency(), line.entity(), line.date());
                attributed = attributed.add(share.getValue());
                facts.add(Fact.of(a, line.date(), reportCurrency, Map.of(measure, amount)));
            }
            BigDecimal rest = line.amount().subtract(attributed);
            if (rest.signum() != 0 || line.entryShares().isEmpty()) {
                facts.add(Fact.of(
                        lineAttributes,
                        line.date(),
                        reportCurrency,
                        Map.of(measure, currency.cents(rest, line.currency(), line.entity(), line.date()))));
            }
        }
        return facts;
    }

    /** Fee revenue recognised by model where it is not revenue as billed. */
    private List<Fact> recognisedFees(RecognitionInputs inputs, ReportCurrency currency, ReportQuery query) {
        RecognisedFees recognised = new RecognisedFees(inputs, settings, currency);
        List<Fact> facts = new ArrayList<>();
        for (RecordVersion<Contract> v : held.all(RecordType.CONTRACT, Contract.class)) {
            Contract contract = v.data();
            TmRevenue basis = revenueBasis(query, contract.entity());
            boolean asBilled =
                    contract.billingModel() == BillingModel.TIME_AND_MATERIALS && basis == TmRevenue.AS_BILLED;
            if (!asBilled && query.selects(contract.entity())) {
                facts.addAll(recognised.facts(v.key().ref(), contract, DateRange.of(query), basis, FEES));
            }
        }
        return facts;
    }

    public MetricReport report(ReportQuery query) {
        List<MetricRow> rows = new ArrayList<>();
        Grouping.of(METRIC, CostCalculator.DIMENSIONS, query).sum(facts(query)).forEach((key, sums) -> {
            BigDecimal fees = sums.cents(FEES);
            BigDecimal allIn = fees.add(sums.cents(EXPENSES)).add(sums.cents(MARKUP));
            rows.add(new MetricRow(
                    key,
                    sums.currency(),
                    fees,
                    null,
                    null,
                    sums.flags(),
                    MetricRow.fieldsOf(
                            FEES, fees, EXPENSES, sums.cents(EXPENSES), MARKUP, sums.cents(MARKUP), ALL_IN, allIn)));
        });
        return MetricReport.of(METRIC, query, rows);
    }

    /** Whether a billed line is revenue when billed: pass-through always, fees only for T&M as billed. */
    private boolean recognisedAsBilled(BilledLine line, ReportQuery query) {
        if (!line.kind().isFee()) {
            return true;
        }
        Optional<Contract> contract = held.contract(line.contract());
        if (contract.isEmpty() || contract.get().billingModel() != BillingModel.TIME_AND_MATERIALS) {
            return false;
        }
        return revenueBasis(query, contract.get().entity()) == TmRevenue.AS_BILLED
                && line.kind() == RevenueKind.TIME_FEES;
    }

    /** The query's revenue basis, else the entity's {@code tmRevenue}. */
    public TmRevenue revenueBasis(ReportQuery query, String entity) {
        if (query.revenueBasis() != null) {
            return query.revenueBasis();
        }
        var e = settings.entities().get(entity);
        return e == null ? TmRevenue.AS_BILLED : e.tmRevenue();
    }
}
