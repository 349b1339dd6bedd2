package dev.ledgerline.odoo.compat.differential;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generated workloads: intents weighted roughly as a firm's month is (many timesheets and lookups, fewer
 * invoices, payments and reversals, a few mistakes), every number a pick among what exists by then.
 */
final class Workloads {

    private Workloads() {}

    static Arbitrary<List<Intent>> of(int size) {
        return intent().list().ofSize(size);
    }

    @SuppressWarnings("unchecked")
    static Arbitrary<Intent> intent() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, newCustomers()),
                Tuple.of(22, findPartners()),
                Tuple.of(8, editPartner()),
                Tuple.of(3, newEmployees()),
                Tuple.of(2, changeCost()),
                Tuple.of(1, newTax()),
                Tuple.of(1, newRate()),
                Tuple.of(12, readBack()),
                Tuple.of(4, newProject()),
                Tuple.of(4, newTask()),
                Tuple.of(9, logTime()),
                Tuple.of(8, timesheetReport()),
                Tuple.of(6, newInvoice()),
                Tuple.of(5, postInvoice()),
                Tuple.of(4, pay()),
                Tuple.of(2, reverse()),
                Tuple.of(14, mistake()));
    }

    private static Arbitrary<Integer> seed() {
        return Arbitraries.integers().between(0, 10_000);
    }

    private static Arbitrary<Intent> newCustomers() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 4),
                        Arbitraries.of(true, false),
                        Arbitraries.frequency(Tuple.of(5, false), Tuple.of(1, true)))
                .as(MasterDataIntents.NewCustomers::new);
    }

    private static Arbitrary<Intent> findPartners() {
        return Combinators.combine(
                        seed(),
                        seed(),
                        Arbitraries.integers().between(0, 12),
                        Arbitraries.integers().between(1, 8))
                .as(MasterDataIntents.FindPartners::new);
    }

    private static Arbitrary<Intent> editPartner() {
        return Combinators.combine(seed(), seed()).as(MasterDataIntents.EditPartner::new);
    }

    private static Arbitrary<Intent> newEmployees() {
        return Combinators.combine(
                        seed().list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true)))
                .as(MasterDataIntents.NewEmployees::new);
    }

    private static Arbitrary<Intent> changeCost() {
        return Combinators.combine(seed(), seed()).as(MasterDataIntents.ChangeCost::new);
    }

    private static Arbitrary<Intent> newTax() {
        return seed().map(MasterDataIntents.NewTax::new);
    }

    private static Arbitrary<Intent> newRate() {
        return Combinators.combine(seed(), seed()).as(MasterDataIntents.NewRate::new);
    }

    private static Arbitrary<Intent> readBack() {
        return Combinators.combine(seed(), seed()).as(MasterDataIntents.ReadBack::new);
    }

    private static Arbitrary<Intent> newProject() {
        return Combinators.combine(
                        Arbitraries.integers().between(-1, 10_000),
                        Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false)),
                        Arbitraries.of(true, false),
                        Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true)))
                .as(ProjectIntents.NewProject::new);
    }

    private static Arbitrary<Intent> newTask() {
        return seed().map(ProjectIntents.NewTask::new);
    }

    private static Arbitrary<Intent> logTime() {
        Arbitrary<ProjectIntents.Entry> entry = Combinators.combine(
                        seed(), Arbitraries.integers().between(-3_000, 10_000), seed(), seed(), seed())
                .as(ProjectIntents.Entry::new);
        return entry.list().ofMinSize(1).ofMaxSize(5).map(ProjectIntents.LogTime::new);
    }

    private static Arbitrary<Intent> timesheetReport() {
        return Combinators.combine(seed(), seed()).as(ProjectIntents.TimesheetReport::new);
    }

    private static Arbitrary<Intent> newInvoice() {
        Arbitrary<InvoiceIntents.Line> line = Combinators.combine(
                        seed(), seed(), Arbitraries.integers().between(-2_000, 10_000), seed(), seed())
                .as(InvoiceIntents.Line::new);
        return Combinators.combine(
                        Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true)),
                        seed(),
                        Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, true)),
                        seed(),
                        line.list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.frequency(Tuple.of(12, false), Tuple.of(1, true)))
                .as(InvoiceIntents.NewInvoice::new);
    }

    private static Arbitrary<Intent> postInvoice() {
        return seed().map(InvoiceIntents.PostInvoice::new);
    }

    private static Arbitrary<Intent> pay() {
        return Combinators.combine(seed(), seed(), seed()).as(InvoiceIntents.Pay::new);
    }

    private static Arbitrary<Intent> reverse() {
        return Combinators.combine(seed(), Arbitraries.of(true, false), seed()).as(InvoiceIntents.Reverse::new);
    }

    private static Arbitrary<Intent> mistake() {
        return Combinators.combine(Arbitraries.integers().between(0, Mistake.KINDS - 1), seed())
                .as(Mistake::new);
    }
}
