package dev.ledgerline.core.billing;

import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.ContractTerms;
import dev.ledgerline.core.numbers.Rounding;
import dev.ledgerline.core.testdata.Books;
import dev.ledgerline.core.testdata.Runs;
import dev.ledgerline.core.testdata.Setups;
import dev.ledgerline.core.testdata.TimeEntries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * Laws of billing runs over generated time-and-materials contracts: random rates, rounding
 * increments, layouts and caps, and up to 25 entries over the first quarter of 2026.
 */
class BillingPropertiesTest {

    record Entry(String id, int month, int day, BigDecimal hours, boolean junior) {
        TimeEntries build() {
            TimeEntries e = TimeEntries.approved(id)
                    .on(LocalDate.of(2026, month, day).toString())
                    .hours(hours.toPlainString());
            return junior ? e.role("junior") : e;
        }
    }

    record Deal(
            BigDecimal seniorRate,
            BigDecimal juniorRate,
            Optional<BigDecimal> increment,
            Optional<BigDecimal> notToExceed,
            boolean summarized,
            List<Entry> entries) {

        Contract contract() {
            var t = terms().period("2026-01-01", null)
                    .rate("senior", seniorRate.toPlainString())
                    .rate("junior", juniorRate.toPlainString())
                    .taxCode(Setups.TAX)
                    .layout(summarized ? ContractTerms.LineLayout.SUMMARIZED : ContractTerms.LineLayout.PER_ENTRY);
            increment.ifPresent(i -> t.roundingIncrement(i.toPlainString()));
            notToExceed.ifPresent(n -> t.notToExceed(n.toPlainString()));
            return t.contract(BillingModel.TIME_AND_MATERIALS);
        }

        Books books() {
            Books b = Books.of(contract());
            entries.forEach(e -> b.entry(e.build()));
            return b;
        }
    }

    @Provide
    Arbitrary<Deal> deals() {
        Arbitrary<BigDecimal> rate = Arbitraries.bigDecimals()
                .between(new BigDecimal("40"), new BigDecimal("400"))
                .ofScale(2);
        Arbitrary<Optional<BigDecimal>> increment =
                Arbitraries.of("0.25", "0.5", "1", "0.1").map(BigDecimal::new).optional();
        Arbitrary<Optional<BigDecimal>> cap = Arbitraries.bigDecimals()
                .between(new BigDecimal("0"), new BigDecimal("20000"))
                .ofScale(2)
                .optional();
        Arbitrary<Entry> entry = Combinators.combine(
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(1, 28),
                        Arbitraries.bigDecimals()
                                .between(new BigDecimal("0.01"), new BigDecimal("12"))
                                .ofScale(2),
                        Arbitraries.of(true, false))
                .as((m, d, h, j) -> new Entry(null, m, d, h, j));
        Arbitrary<List<Entry>> entries = entry.list().ofMaxSize(25).map(list -> {
            List<Entry> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Entry e = list.get(i);
                named.add(new Entry(String.format("TE-%02d", i), e.month(), e.day(), e.hours(), e.junior()));
            }
            return named;
        });
        return Combinators.combine(rate, rate, increment, cap, Arbitraries.of(true, false), entries)
                .as(Deal::new);
    }

    /** Deals without a cap and without summarizing: every entry is billed at its own contract value. */
    @Provide
    Arbitrary<Deal> plainDeals() {
        return deals().map(d ->
                new Deal(d.seniorRate(), d.juniorRate(), d.increment(), Optional.empty(), false, d.entries()));
    }

    @Property(tries = 200)
    void everyLineIsRoundedQuantityTimesUnitPriceAndTotalsAreSumsOfLines(@ForAll("deals") Deal deal) {
        RunResult result =
                Runs.run(Setups.standard(), "2026-03-31", deal.books().state());

        for (InvoiceProposal p : result.proposals()) {
            BigDecimal untaxed = BigDecimal.ZERO;
            BigDecimal tax = BigDecimal.ZERO;
            for (ProposalLine l : p.lines()) {
                assertThat(l.amount())
                        .isEqualByComparingTo(Rounding.cents(l.quantity().multiply(l.unitPrice())));
                assertThat(l.amount().scale()).isLessThanOrEqualTo(2);
                assertThat(l.estimatedTax())
                        .isEqualByComparingTo(Rounding.cents(l.amount().multiply(l.taxRate())));
                untaxed = untaxed.add(l.amount());
                tax = tax.add(l.estimatedTax());
            }
            assertThat(p.untaxedAmount()).isEqualByComparingTo(untaxed);
            assertThat(p.estimatedTax()).isEqualByComparingTo(tax);
            assertThat(p.total()).isEqualByComparingTo(untaxed.add(tax));
        }
    }

    @Property(tries = 150)
    void netBilledTimeFeesNeverExceedTheNotToExceedAcrossRuns(@ForAll("deals") Deal deal) {
        Books books = deal.books();
        BigDecimal billed = BigDecimal.ZERO;
        for (String runDate : List.of("2026-01-31", "2026-02-28", "2026-03-31")) {
            RunResult r = Runs.run(Setups.standard(), runDate, books.state());
            books.proposals(Runs.marked(r, ProposalStatus.POSTED));
            for (InvoiceProposal p : r.proposals()) {
                billed = billed.add(p.isCreditNote() ? p.untaxedAmount().negate() : p.untaxedAmount());
            }
            deal.notToExceed().ifPresent(cap -> assertThat(BigDecimal.ZERO).isLessThanOrEqualTo(cap));
        }
        BigDecimal total = billed;
        deal.notToExceed().ifPresent(cap -> assertThat(total).isLessThanOrEqualTo(cap));
    }

    @Property(tries = 150)
    void runningTwiceGivesTheSameProposalsAndApprovedProposalsAreNotBilledAgain(@ForAll("deals") Deal deal) {
        Books books = deal.books();
        RunResult first = Runs.run(Setups.standard(), "2026-03-31", books.state());
        RunResult second = Runs.run(Setups.standard(), "2026-03-31", books.state());

        assertThat(second).isEqualTo(first);

        books.proposals(Runs.marked(first, ProposalStatus.APPROVED));
        RunResult afterApproval = Runs.run(Setups.standard(), "2026-03-31", books.state());

        assertThat(afterApproval.proposals()).isEmpty();
        assertThat(afterApproval.actions()).isEmpty();
    }

    /**
     * The law: for a time-and-materials contract in the per-entry layout, with or without a
     * not-to-exceed, whose entries were all approved before either run, billing through {@code D1}
     * and then (the first run's proposals posted) through {@code D2} gives every entry the same net
     * billed amount (its time line plus its share of not-to-exceed adjustments) as one run through
     * {@code D2}; so the totals are equal too. Summarized lines are left out: grouping entries
     * differently rounds differently.
     */
    @Property(tries = 150)
    void splittingThePeriodIntoTwoRunsBillsEachEntryTheSameAsOneRun(
            @ForAll("deals") Deal generated, @ForAll @IntRange(min = 1, max = 2) int splitMonth) {
        Deal deal = new Deal(
                generated.seniorRate(),
                generated.juniorRate(),
                generated.increment(),
                generated.notToExceed(),
                false,
                generated.entries());
        String d1 = LocalDate.of(2026, splitMonth, 1).plusMonths(1).minusDays(1).toString();

        Books once = deal.books();
        Map<String, BigDecimal> single = netPerEntry(
                Runs.run(Setups.standard(), "2026-03-31", once.state()).proposals());

        Books twice = deal.books();
        RunResult first = Runs.run(Setups.standard(), d1, twice.state());
        twice.proposals(Runs.marked(first, ProposalStatus.POSTED));
        RunResult second = Runs.run(Setups.standard(), "2026-03-31", twice.state());
        List<InvoiceProposal> both = new ArrayList<>(first.proposals());
        both.addAll(second.proposals());

        assertThat(netPerEntry(both)).isEqualTo(single);
    }

    @Property(tries = 100)
    void withoutCapEveryBillableEntryIsBilledOnceAtItsContractValue(@ForAll("plainDeals") Deal deal) {
        RunResult result =
                Runs.run(Setups.standard(), "2026-03-31", deal.books().state());

        Map<String, BigDecimal> billed = netPerEntry(result.proposals());
        assertThat(billed.keySet()).hasSize(deal.entries().size());
        for (Entry e : deal.entries()) {
            BigDecimal rate = e.junior() ? deal.juniorRate() : deal.seniorRate();
            BigDecimal hours = dev.ledgerline.core.billability.BillableHours.of(
                    e.hours(), deal.increment().orElse(null));
            assertThat(billed.get(e.id())).isEqualByComparingTo(Rounding.cents(hours.multiply(rate)));
        }
    }

    @Property
    void roundingIsHalfUpAwayFromZeroForNegativeAmountsToo(
            @ForAll @BigRange(min = "0", max = "100000") @Scale(3) BigDecimal x) {
        assertThat(Rounding.cents(x.negate()))
                .isEqualByComparingTo(Rounding.cents(x).negate());
        assertThat(Rounding.cents(x).subtract(x).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
    }

    @Property(tries = 100)
    void writeDownByPercentIsTheNegatedRoundedPercentOfTheLine(
            @ForAll @BigRange(min = "0.01", max = "99.99") @Scale(2) BigDecimal percent,
            @ForAll("plainDeals") Deal deal) {
        Books books = deal.books();
        RunResult run = Runs.run(Setups.standard(), "2026-03-31", books.state());
        if (run.proposals().isEmpty()) {
            return;
        }
        InvoiceProposal proposal = run.proposals().getFirst();
        ProposalLine line = proposal.lines().getFirst();

        AdjustmentResult result = new FinanceAdjustment(Setups.standard())
                .approve(
                        proposal,
                        List.of(AdjustmentRequest.byPercent(line.lineId(), percent.negate(), "x")),
                        null,
                        List.of(books.state()),
                        java.time.Instant.parse("2026-04-01T00:00:00Z"));

        BigDecimal expected =
                Rounding.cents(line.amount().multiply(percent).divide(new BigDecimal("100"), Rounding.DIVISION));
        if (expected.signum() == 0) {
            assertThat(result)
                    .isInstanceOfSatisfying(
                            AdjustmentResult.Refused.class,
                            r -> assertThat(r.code()).isEqualTo(AdjustmentRefusal.INVALID_ADJUSTMENT));
            return;
        }
        ProposalLine writeDown = ((AdjustmentResult.Approved) result)
                .proposal().lines().stream()
                        .filter(l -> l.kind() == LineKind.WRITE_DOWN)
                        .findFirst()
                        .orElseThrow();
        assertThat(writeDown.amount()).isEqualByComparingTo(expected.negate());
        assertThat(writeDown.sources().stream().map(LineSource::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(writeDown.amount());
    }

    static Map<String, BigDecimal> netPerEntry(List<InvoiceProposal> proposals) {
        Map<String, BigDecimal> net = new TreeMap<>();
        for (InvoiceProposal p : proposals) {
            int sign = p.kind().sign();
            for (ProposalLine l : p.lines()) {
                for (LineSource s : l.sources()) {
                    if (s.ref().type() == dev.ledgerline.core.canonical.RecordType.TIME_ENTRY) {
                        BigDecimal a = sign > 0 ? s.amount() : s.amount().negate();
                        net.merge(s.ref().externalId(), a, BigDecimal::add);
                    }
                }
            }
        }
        net.replaceAll((k, v) -> v.setScale(2));
        return net;
    }
}
