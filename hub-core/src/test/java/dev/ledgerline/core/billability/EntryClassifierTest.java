package dev.ledgerline.core.billability;

import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.Task;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.firm.FirmRateCard;
import dev.ledgerline.core.rates.EmployeeHistory;
import dev.ledgerline.core.rates.RateFlag;
import dev.ledgerline.core.rates.RatePrecedence;
import dev.ledgerline.core.testdata.Firm;
import dev.ledgerline.core.testdata.TimeEntries;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EntryClassifierTest {

    final EntryClassifier classifier = new EntryClassifier(RatePrecedence.withoutConversion(new FirmRateCard(
            List.of(Firm.firmRate("senior", "180", "2025-01-01"), Firm.firmRate("junior", "100", "2025-01-01")))));
    final EmployeeHistory senior = EmployeeHistory.single(new Ref("psa", "E1"), Firm.employee("senior"));
    final Contract contract = terms().period("2026-01-01", "2026-06-30")
            .rate("senior", "200")
            .roundingIncrement("0.25")
            .contract(BillingModel.TIME_AND_MATERIALS);
    final Project project = Firm.clientProject("Audit");

    ClassifiedEntry classify(TimeEntries entry) {
        return classify(entry, project, null, contract);
    }

    ClassifiedEntry classify(TimeEntries entry, Project p, Task task, Contract c) {
        return classifier.classify(new EntryFacts(entry.held(), p, task, c, senior));
    }

    @Nested
    class Billable {

        @Test
        void approvedEntryOnBillableClientProjectInsideThePeriodWithARateIsBillable() {
            ClassifiedEntry e =
                    classify(TimeEntries.approved("TE-1").on("2026-01-05").hours("8"));

            assertThat(e.isBillable()).isTrue();
            assertThat(e.billability().code()).isEqualTo("BILLABLE");
            assertThat(e.reason()).isEmpty();
            assertThat(e.contractValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1600.00"));
            assertThat(e.standardValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1440.00"));
        }

        @Test
        void billableHoursRoundRecordedHoursUpToTheIncrementAndFeedBothValues() {
            ClassifiedEntry e = classify(TimeEntries.approved("TE-1").hours("1.1"));

            assertThat(e.recordedHours()).isEqualByComparingTo("1.1");
            assertThat(e.billableHours()).isEqualByComparingTo("1.25");
            assertThat(e.contractValue().orElseThrow()).isEqualByComparingTo("250.00");
            assertThat(e.standardValue().orElseThrow()).isEqualByComparingTo("225.00");
        }

        @Test
        void contractValueIsRoundedHalfUpToTheCent() {
            Contract odd = terms().rate("senior", "187.55").contract(BillingModel.TIME_AND_MATERIALS);

            ClassifiedEntry e = classify(TimeEntries.approved("TE-1").hours("1.25"), project, null, odd);

            assertThat(e.contractValue().orElseThrow()).isEqualByComparingTo("234.44"); // 234.4375
        }

        @Test
        void roundingIncrementIsTheOneInForceOnTheEntryDate() {
            Contract amended = terms().period("2026-01-01", null)
                    .rate("senior", "200")
                    .roundingIncrement("0.25")
                    .contract(
                            BillingModel.TIME_AND_MATERIALS,
                            terms().roundingIncrement("1").amendment("A1", "2026-03-01", true));

            assertThat(classify(TimeEntries.approved("a").on("2026-02-28").hours("1.1"), project, null, amended)
                            .billableHours())
                    .isEqualByComparingTo("1.25");
            assertThat(classify(TimeEntries.approved("b").on("2026-03-01").hours("1.1"), project, null, amended)
                            .billableHours())
                    .isEqualByComparingTo("2");
        }

        @Test
        void entryFlagTrueWinsOverANonBillableTask() {
            Task nonBillable = new Task(new Ref("psa", "P1"), "Admin", false, null, null);

            ClassifiedEntry e = classify(TimeEntries.approved("TE-1").billable(true), project, nonBillable, contract);

            assertThat(e.isBillable()).isTrue();
        }
    }

    @Nested
    class Reasons {

        @Test
        void rejectedEntryIsRejected() {
            assertThat(classify(TimeEntries.entry("TE-1", TimeEntry.Status.REJECTED))
                            .reason())
                    .contains(BillabilityReason.REJECTED);
        }

        @Test
        void draftAndSubmittedEntriesAreNotApprovedButKeepTheirValue() {
            ClassifiedEntry draft = classify(TimeEntries.entry("TE-1", TimeEntry.Status.DRAFT));
            ClassifiedEntry submitted = classify(TimeEntries.entry("TE-2", TimeEntry.Status.SUBMITTED));

            assertThat(draft.reason()).contains(BillabilityReason.NOT_APPROVED);
            assertThat(submitted.reason()).contains(BillabilityReason.NOT_APPROVED);
            assertThat(submitted.contractValue().orElseThrow()).isEqualByComparingTo("1600.00");
        }

        @Test
        void entryMarkedNonBillableIsProjectNotBillable() {
            assertThat(classify(TimeEntries.approved("TE-1").billable(false)).reason())
                    .contains(BillabilityReason.PROJECT_NOT_BILLABLE);
        }

        @Test
        void nonBillableTaskIsInheritedByAnEntryWithoutFlag() {
            Task nonBillable = new Task(new Ref("psa", "P1"), "Admin", false, null, null);

            assertThat(classify(TimeEntries.approved("TE-1"), project, nonBillable, contract)
                            .reason())
                    .contains(BillabilityReason.PROJECT_NOT_BILLABLE);
        }

        @Test
        void nonBillableProjectWinsOverAnEntryMarkedBillable() {
            Project p = Firm.project("Audit", Project.Kind.CLIENT, null, false);

            assertThat(classify(TimeEntries.approved("TE-1").billable(true), p, null, contract)
                            .reason())
                    .contains(BillabilityReason.PROJECT_NOT_BILLABLE);
        }

        @Test
        void internalProjectIsProjectNotBillableWithoutContractValue() {
            Project internal = Firm.project("Training", Project.Kind.INTERNAL, null, true);

            ClassifiedEntry e = classify(TimeEntries.approved("TE-1"), internal, null, null);

            assertThat(e.reason()).contains(BillabilityReason.PROJECT_NOT_BILLABLE);
            assertThat(e.contractValue()).isEmpty();
            assertThat(e.standardValue().orElseThrow()).isEqualByComparingTo("1440.00");
            assertThat(e.billableHours()).isEqualByComparingTo("8");
        }

        @Test
        void closedProjectIsProjectClosed() {
            Project closed = Firm.project("Audit", Project.Kind.CLIENT, Project.Status.CLOSED, true);

            assertThat(classify(TimeEntries.approved("TE-1"), closed, null, contract)
                            .reason())
                    .contains(BillabilityReason.PROJECT_CLOSED);
        }

        @Test
        void approvedEntryOutsideContractPeriodIsOutsideContractPeriod() {
            assertThat(classify(TimeEntries.approved("TE-1").on("2025-12-31")).reason())
                    .contains(BillabilityReason.OUTSIDE_CONTRACT_PERIOD);
            assertThat(classify(TimeEntries.approved("TE-2").on("2026-07-01")).reason())
                    .contains(BillabilityReason.OUTSIDE_CONTRACT_PERIOD);
            assertThat(classify(TimeEntries.approved("TE-3").on("2026-06-30")).isBillable())
                    .isTrue();
        }

        @Test
        void signedAmendmentExtendingTheEndDateCoversEntriesBeforeItsEffectiveDate() {
            Contract extended = terms().period("2026-01-01", "2026-03-31")
                    .rate("senior", "200")
                    .contract(
                            BillingModel.TIME_AND_MATERIALS,
                            terms().period(null, "2026-12-31").amendment("A1", "2026-05-01", true));

            assertThat(classify(TimeEntries.approved("TE-1").on("2026-04-15"), project, null, extended)
                            .isBillable())
                    .isTrue();
        }

        @Test
        void firstReasonWinsWhenSeveralApply() {
            Project closedNonBillable = Firm.project("Audit", Project.Kind.CLIENT, Project.Status.CLOSED, false);

            ClassifiedEntry e = classify(
                    TimeEntries.entry("TE-1", TimeEntry.Status.SUBMITTED).on("2030-01-01"),
                    closedNonBillable,
                    null,
                    contract);

            assertThat(e.reason()).contains(BillabilityReason.NOT_APPROVED);
        }

        @Test
        void reasonIsReportedEvenWhenTheRateIsMissing() {
            Contract noRates = terms().contract(BillingModel.TIME_AND_MATERIALS);
            EmployeeHistory roleless = EmployeeHistory.single(new Ref("psa", "E1"), Firm.employee(null));

            ClassifiedEntry e = classifier.classify(new EntryFacts(
                    TimeEntries.approved("TE-1").billable(false).held(), project, null, noRates, roleless));

            assertThat(e.reason()).contains(BillabilityReason.PROJECT_NOT_BILLABLE);
            assertThat(e.flags()).containsExactly(RateFlag.NO_RATE, RateFlag.NO_STANDARD_RATE);
        }
    }

    @Test
    void billableEntryWithoutRateAwaitsARate() {
        Contract noRates = terms().contract(BillingModel.TIME_AND_MATERIALS);
        EmployeeHistory roleless = EmployeeHistory.single(new Ref("psa", "E1"), Firm.employee(null));

        ClassifiedEntry e = classifier.classify(
                new EntryFacts(TimeEntries.approved("TE-1").held(), project, null, noRates, roleless));

        assertThat(e.billability()).isEqualTo(Billability.AWAITING_RATE);
        assertThat(e.billability().code()).isEqualTo("NO_RATE");
        assertThat(e.isBillable()).isFalse();
        assertThat(e.reason()).isEmpty();
        assertThat(e.contractValue()).isEmpty();
    }

    @Test
    void clientProjectEntryWithoutContractIsRefused() {
        assertThatThrownBy(() -> new EntryFacts(TimeEntries.approved("TE-1").held(), project, null, null, senior))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
