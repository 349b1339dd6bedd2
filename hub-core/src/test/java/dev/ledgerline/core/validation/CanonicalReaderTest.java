package dev.ledgerline.core.validation;

import static dev.ledgerline.core.validation.Envelopes.data;
import static dev.ledgerline.core.validation.Envelopes.envelope;
import static dev.ledgerline.core.validation.Envelopes.list;
import static dev.ledgerline.core.validation.Envelopes.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Employee;
import dev.ledgerline.core.canonical.InvoiceReference;
import dev.ledgerline.core.canonical.Payment;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.Retainer;
import dev.ledgerline.core.canonical.TimeEntry;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CanonicalReaderTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-03T08:00:00Z");
    private final CanonicalReader reader = new CanonicalReader();

    private Reading.Valid valid(Map<String, Object> envelope) {
        Reading r = reader.read(envelope, RECEIVED);
        assertThat(r).isInstanceOf(Reading.Valid.class);
        return (Reading.Valid) r;
    }

    private List<Tuple> problems(Map<String, Object> envelope) {
        Reading r = reader.read(envelope, RECEIVED);
        assertThat(r).isInstanceOf(Reading.Invalid.class);
        return ((Reading.Invalid) r)
                .problems().stream().map(p -> tuple(p.code(), p.field())).toList();
    }

    @Nested
    class Envelope {

        @Test
        void validTimeEntryIsReadWithItsKeyVersionAndReferences() {
            Reading.Valid v = valid(Envelopes.timeEntry());

            assertThat(v.record().key()).isEqualTo(RecordKey.of("psa", RecordType.TIME_ENTRY, "TE-1"));
            assertThat(v.record().version()).isEqualTo(1L);
            assertThat(v.record().receivedAt()).isEqualTo(RECEIVED);
            assertThat(v.record().occurredAt()).isEqualTo(Instant.parse("2026-03-02T17:05:00Z"));
            TimeEntry entry = (TimeEntry) v.record().data();
            assertThat(entry.hours()).isEqualByComparingTo("7.5");
            assertThat(entry.employee()).isEqualTo(new Ref("hr", "E-1"));
            assertThat(entry.project()).isEqualTo(new Ref("psa", "P-1"));
            assertThat(entry.status()).isEqualTo(TimeEntry.Status.DRAFT);
        }

        @Test
        void everyMissingEnvelopeFieldIsReportedAtOnce() {
            Map<String, Object> e = map("data", map());

            assertThat(problems(e))
                    .contains(
                            tuple(ErrorCode.MISSING_FIELD, "source"),
                            tuple(ErrorCode.MISSING_FIELD, "type"),
                            tuple(ErrorCode.MISSING_FIELD, "externalId"),
                            tuple(ErrorCode.MISSING_FIELD, "version"),
                            tuple(ErrorCode.MISSING_FIELD, "occurredAt"));
        }

        @Test
        void unknownTypeIsRejectedUnknownType() {
            Map<String, Object> e = envelope("psa", "timesheet", "X-1", map());

            assertThat(problems(e)).containsExactly(tuple(ErrorCode.UNKNOWN_TYPE, "type"));
        }

        @Test
        void invoiceFromASourceIsAnOwnershipViolation() {
            Map<String, Object> e = envelope("portal", "invoice", "INV/2026/0001", map("number", "INV/2026/0001"));

            assertThat(problems(e)).containsExactly(tuple(ErrorCode.OWNERSHIP_VIOLATION, "type"));
        }

        @Test
        void fractionalOrNegativeVersionIsInvalid() {
            Map<String, Object> e = Envelopes.timeEntry();
            e.put("version", new BigDecimal("1.5"));
            assertThat(problems(e)).containsExactly(tuple(ErrorCode.INVALID_VALUE, "version"));

            e.put("version", BigInteger.valueOf(-1));
            assertThat(problems(e)).containsExactly(tuple(ErrorCode.INVALID_VALUE, "version"));

            e.put("version", BigInteger.TWO.pow(64));
            assertThat(problems(e)).containsExactly(tuple(ErrorCode.INVALID_VALUE, "version"));
        }

        @Test
        void sourceWithAColonIsInvalidBecauseReferencesWouldBeAmbiguous() {
            Map<String, Object> e = Envelopes.timeEntry();
            e.put("source", "ps:a");

            assertThat(problems(e)).containsExactly(tuple(ErrorCode.INVALID_VALUE, "source"));
        }

        @Test
        void occurredAtMustBeAnInstantWithOffset() {
            Map<String, Object> e = Envelopes.timeEntry();
            e.put("occurredAt", "2026-03-02 17:05");

            assertThat(problems(e)).containsExactly(tuple(ErrorCode.INVALID_VALUE, "occurredAt"));
        }

        @Test
        void dataMustBeAnObject() {
            Map<String, Object> e = Envelopes.timeEntry();
            e.put("data", list("x"));

            assertThat(problems(e)).containsExactly(tuple(ErrorCode.INVALID_VALUE, "data"));
        }

        @Test
        void unknownFieldsAreKeptInTheTreeAndIgnored() {
            Map<String, Object> e = Envelopes.timeEntry();
            data(e).put("x_colour", "teal");

            Reading.Valid v = valid(e);

            assertThat(v.data()).containsEntry("x_colour", "teal");
        }

        @Test
        void injectionStringsAreJustText() {
            Map<String, Object> e = Envelopes.timeEntry();
            data(e).put("description", "'); DROP TABLE ledger_record; -- <script>alert(1)</script>");

            TimeEntry entry = (TimeEntry) valid(e).record().data();

            assertThat(entry.description()).isEqualTo("'); DROP TABLE ledger_record; -- <script>alert(1)</script>");
        }
    }

    @Nested
    class Numbers {

        @Test
        void hoursAsStringAreReadExactly() {
            Map<String, Object> e = Envelopes.timeEntry();
            data(e).put("hours", "0.25");

            assertThat(((TimeEntry) valid(e).record().data()).hours()).isEqualTo(new BigDecimal("0.25"));
        }

        @Test
        void hoursOfZeroOrAboveTwentyFourAreInvalid() {
            Map<String, Object> e = Envelopes.timeEntry();
            data(e).put("hours", BigDecimal.ZERO);
            assertThat(problems(e)).containsExactly(tuple(ErrorCode.INVALID_VALUE, "data.hours"));

            data(e).put("hours", new BigDecimal("24.01"));
            assertThat(problems(e)).containsExactly(tuple(ErrorCode.INVALID_VALUE, "data.hours"));

            data(e).put("hours", new BigDecimal("24"));
            assertThat(valid(e)).isNotNull();
        }

        @Test
        void hugeNumbersAreOutOfRange() {
            Map<String, Object> e = Envelopes.timeEntry();
            data(e).put("hours", new BigDecimal("1e400"));
            assertThat(problems(e)).containsExactly(tuple(ErrorCode.NUMBER_OUT_OF_RANGE, "data.hours"));

            data(e).put("hours", BigInteger.TEN.pow(400));
            assertThat(problems(e)).containsExactly(tuple(ErrorCode.NUMBER_OUT_OF_RANGE, "data.hours"));
        }

        @Test
        void tooManyDecimalsAreInvalid() {
            Map<String, Object> e = Envelopes.timeEntry();
            data(e).put("hours", "1.0000001");

            assertThat(problems(e)).containsExactly(tuple(ErrorCode.INVALID_VALUE, "data.hours"));
        }

        @Test
        void nonNumericStringsAreInvalid() {
            Map<String, Object> e = Envelopes.timeEntry();
            for (String s : List.of("NaN", "Infinity", "-Infinity", "7,5", "", "1e")) {
                data(e).put("hours", s);
                assertThat(problems(e)).as(s).containsExactly(tuple(ErrorCode.INVALID_VALUE, "data.hours"));
            }
        }
    }

    @Nested
    class TimeEntries {

        @Test
        void approvedEntryWithoutApprovedAtIsMissingAField() {
            Map<String, Object> e = Envelopes.timeEntry();
            data(e).put("status", "approved");

            assertThat(problems(e)).containsExactly(tuple(ErrorCode.MISSING_FIELD, "data.approvedAt"));
        }

        @Test
        void approvedEntryWithApprovedAtIsValid() {
            Map<String, Object> e = Envelopes.timeEntry();
            data(e).put("status", "approved");
            data(e).put("approvedAt", "2026-03-03T09:00:00+01:00");

            TimeEntry entry = (TimeEntry) valid(e).record().data();

            assertThat(entry.approvedAt()).isEqualTo(Instant.parse("2026-03-03T08:00:00Z"));
            assertThat(entry.isApproved()).isTrue();
        }

        @Test
        void statusOutsideTheContractsWireValuesIsInvalid() {
            Map<String, Object> e = Envelopes.timeEntry();
            data(e).put("status", "APPROVED");

            assertThat(problems(e)).containsExactly(tuple(ErrorCode.INVALID_VALUE, "data.status"));
        }

        @Test
        void impossibleDateIsInvalid() {
            Map<String, Object> e = Envelopes.timeEntry();
            data(e).put("date", "2026-02-30");

            assertThat(problems(e)).containsExactly(tuple(ErrorCode.INVALID_VALUE, "data.date"));
        }

        @Test
        void everyMissingRequiredFieldIsReported() {
            Map<String, Object> e = envelope("psa", "time_entry", "TE-1", map("billable", "yes"));

            assertThat(problems(e))
                    .containsExactlyInAnyOrder(
                            tuple(ErrorCode.MISSING_FIELD, "data.employee"),
                            tuple(ErrorCode.MISSING_FIELD, "data.project"),
                            tuple(ErrorCode.MISSING_FIELD, "data.date"),
                            tuple(ErrorCode.MISSING_FIELD, "data.hours"),
                            tuple(ErrorCode.INVALID_VALUE, "data.billable"));
        }
    }

    @Nested
    class Projects {

        @Test
        void clientProjectWithoutContractIsMissingAField() {
            Map<String, Object> e = Envelopes.project();
            data(e).remove("contract");

            assertThat(problems(e)).containsExactly(tuple(ErrorCode.MISSING_FIELD, "data.contract"));
        }

        @Test
        void internalProjectNeedsNoContract() {
            Map<String, Object> e = Envelopes.project();
            data(e).remove("contract");
            data(e).put("kind", "internal");

            Project p = (Project) valid(e).record().data();

            assertThat(p.kind()).isEqualTo(Project.Kind.INTERNAL);
            assertThat(p.billable()).isTrue();
        }
    }

    @Nested
    class Contracts {

        @Test
        void contractWithTermsMilestonesAndAmendmentsIsRead() {
            Map<String, Object> e = Envelopes.contract();
            data(e).put("fixedFee", "50000.00");
            data(e).put("rateCard", map("consultant", "200.00"));
            data(e).put("employeeRates", map("hr:E-1", new BigDecimal("180")));
            data(e).put(
                            "milestones",
                            list(
                                    map("id", "M1", "name", "Design", "percent", "40"),
                                    map("id", "M2", "name", "Build", "amount", "30000.00", "dueDate", "2026-06-30")));
            data(e).put(
                            "amendments",
                            list(map(
                                    "id",
                                    "A1",
                                    "effectiveDate",
                                    "2026-05-01",
                                    "signed",
                                    true,
                                    "changes",
                                    map("rateCard", map("consultant", "220.00")))));

            Contract c = (Contract) valid(e).record().data();

            assertThat(c.billingModel()).isEqualTo(BillingModel.FIXED_FEE);
            assertThat(c.customer()).isEqualTo(new Ref("crm", "C-1"));
            assertThat(c.terms().milestones()).extracting("id").containsExactly("M1", "M2");
            assertThat(c.terms().employeeRates()).containsEntry(new Ref("hr", "E-1"), new BigDecimal("180"));
            assertThat(c.termsOn(LocalDate.of(2026, 5, 1)).rateCard().get("consultant"))
                    .isEqualByComparingTo("220.00");
            assertThat(c.termsOn(LocalDate.of(2026, 4, 30)).rateCard().get("consultant"))
                    .isEqualByComparingTo("200.00");
        }

        @Test
        void milestoneWithBothAmountAndPercentIsInvalidAtItsPath() {
            Map<String, Object> e = Envelopes.contract();
            data(e).put(
                            "milestones",
                            list(map("id", "M1", "amount", "10"), map("id", "M2", "amount", "10", "percent", "20")));

            assertThat(problems(e)).containsExactly(tuple(ErrorCode.INVALID_VALUE, "data.milestones[1].amount"));
        }

        @Test
        void milestoneWithNeitherAmountNorPercentIsInvalid() {
            Map<String, Object> e = Envelopes.contract();
            data(e).put("milestones", list(map("id", "M1")));

            assertThat(problems(e)).containsExactly(tuple(ErrorCode.INVALID_VALUE, "data.milestones[0].amount"));
        }

        @Test
        void milestoneAmountOutOfRangeIsReportedAtItsPath() {
            Map<String, Object> e = Envelopes.contract();
            data(e).put("milestones", list(map("id", "M1", "amount", "1e30")));

            assertThat(problems(e)).containsExactly(tuple(ErrorCode.NUMBER_OUT_OF_RANGE, "data.milestones[0].amount"));
        }

        @Test
        void retainerInHoursModeNeedsIncludedHours() {
            Map<String, Object> e = Envelopes.contract();
            data(e).put("billingModel", "retainer");
            data(e).put("retainer", map("mode", "hours", "monthlyAmount", "10000"));

            assertThat(problems(e)).containsExactly(tuple(ErrorCode.MISSING_FIELD, "data.retainer.includedHours"));
        }

        @Test
        void retainerModeDefaultsToHoursWhenIncludedHoursIsSet() {
            Map<String, Object> e = Envelopes.contract();
            data(e).put("billingModel", "retainer");
            data(e).put("retainer", map("monthlyAmount", "10000", "includedHours", "40"));

            Contract c = (Contract) valid(e).record().data();

            assertThat(c.terms().retainer().mode()).isEqualTo(Retainer.Mode.HOURS);
        }

        @Test
        void unknownBillingModelAndBadCurrencyAreInvalid() {
            Map<String, Object> e = Envelopes.contract();
            data(e).put("billingModel", "pay_what_you_want");
            data(e).put("currency", "usd");

            assertThat(problems(e))
                    .containsExactlyInAnyOrder(
                            tuple(ErrorCode.INVALID_VALUE, "data.billingModel"),
                            tuple(ErrorCode.INVALID_VALUE, "data.currency"));
        }

        @Test
        void invoiceDayBeyondThirtyOneIsInvalid() {
            Map<String, Object> e = Envelopes.contract();
            data(e).put("invoiceDay", BigInteger.valueOf(32));

            assertThat(problems(e)).containsExactly(tuple(ErrorCode.INVALID_VALUE, "data.invoiceDay"));
        }

        @Test
        void problemsInsideAnAmendmentCarryItsPath() {
            Map<String, Object> e = Envelopes.contract();
            data(e).put("amendments", list(map("id", "A1", "changes", map("fixedFee", "abc"))));

            assertThat(problems(e))
                    .containsExactlyInAnyOrder(
                            tuple(ErrorCode.MISSING_FIELD, "data.amendments[0].effectiveDate"),
                            tuple(ErrorCode.INVALID_VALUE, "data.amendments[0].changes.fixedFee"));
        }
    }

    @Nested
    class People {

        @Test
        void employeeValidFromDefaultsToTheDateOfOccurredAt() {
            Map<String, Object> e = envelope("hr", "employee", "E-1", map("name", "Ada", "entity", "us"));

            Employee emp = (Employee) valid(e).record().data();

            assertThat(emp.validFrom()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(emp.weeklyCapacityHours()).isEqualByComparingTo("40");
        }

        @Test
        void explicitValidFromWins() {
            Map<String, Object> e =
                    envelope("hr", "employee", "E-1", map("name", "Ada", "entity", "us", "validFrom", "2026-01-01"));

            assertThat(((Employee) valid(e).record().data()).validFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        }

        @Test
        void payrollPeriodEndingBeforeItStartsIsInvalid() {
            Map<String, Object> e = envelope(
                    "hr",
                    "payroll_cost",
                    "PC-1",
                    map("employee", "E-1", "periodStart", "2026-03-31", "periodEnd", "2026-03-01", "amount", "9000"));

            assertThat(problems(e)).containsExactly(tuple(ErrorCode.INVALID_VALUE, "data.periodEnd"));
        }
    }

    @Nested
    class References {

        @Test
        void unqualifiedReferenceIsInTheSameSourceAndQualifiedNamesItsSource() {
            Map<String, Object> e = Envelopes.timeEntry();

            TimeEntry entry = (TimeEntry) valid(e).record().data();

            assertThat(entry.project()).isEqualTo(new Ref("psa", "P-1"));
            assertThat(entry.employee()).isEqualTo(new Ref("hr", "E-1"));
        }

        @Test
        void referenceMustBeText() {
            Map<String, Object> e = Envelopes.timeEntry();
            data(e).put("project", map("id", "P-1"));

            assertThat(problems(e)).containsExactly(tuple(ErrorCode.INVALID_VALUE, "data.project"));
        }

        @Test
        void paymentNamesItsInvoiceByNumberOrByRun() {
            Map<String, Object> byNumber = envelope(
                    "portal",
                    "payment",
                    "PAY-1",
                    map("invoice", "INV/2026/0042", "amount", "500.00", "currency", "USD", "date", "2026-03-20"));
            Map<String, Object> byRun = envelope(
                    "portal",
                    "payment",
                    "PAY-2",
                    map(
                            "invoice", map("contract", "crm:K-1", "runDate", "2026-02-28"),
                            "amount", "500.00",
                            "currency", "USD",
                            "date", "2026-03-20"));

            Payment first = (Payment) valid(byNumber).record().data();
            Payment second = (Payment) valid(byRun).record().data();

            assertThat(first.invoice()).isEqualTo(new InvoiceReference.ById("INV/2026/0042"));
            assertThat(second.invoice())
                    .isEqualTo(new InvoiceReference.ByRun(new Ref("crm", "K-1"), LocalDate.of(2026, 2, 28), null));
        }

        @Test
        void paymentWithoutInvoiceOrWithZeroAmountIsRejected() {
            Map<String, Object> e =
                    envelope("portal", "payment", "PAY-1", map("amount", "0", "currency", "USD", "date", "2026-03-20"));

            assertThat(problems(e))
                    .containsExactlyInAnyOrder(
                            tuple(ErrorCode.MISSING_FIELD, "data.invoice"),
                            tuple(ErrorCode.INVALID_VALUE, "data.amount"));
        }
    }

    @Nested
    class Tombstones {

        @Test
        void tombstoneWithoutContentStandsForTheLastKnownContent() {
            Map<String, Object> e = envelope("psa", "time_entry", "TE-1", map("deleted", true));
            e.put("version", BigInteger.TWO);
            Map<String, Object> last = data(Envelopes.timeEntry());

            Reading r = reader.read(e, RECEIVED, key -> Optional.of(last));

            assertThat(r).isInstanceOf(Reading.Valid.class);
            Reading.Valid v = (Reading.Valid) r;
            assertThat(v.record().deleted()).isTrue();
            assertThat(v.record().version()).isEqualTo(2L);
            assertThat(((TimeEntry) v.record().data()).hours()).isEqualByComparingTo("7.5");
            assertThat(v.data()).containsEntry("deleted", true).containsEntry("project", "P-1");
        }

        @Test
        void tombstoneOfAnUnknownRecordNeedsItsContent() {
            Map<String, Object> e = envelope("psa", "time_entry", "TE-9", map("deleted", true));

            assertThat(problems(e)).contains(tuple(ErrorCode.MISSING_FIELD, "data.hours"));
        }

        @Test
        void completeTombstoneIsReadAsSent() {
            Map<String, Object> e = Envelopes.timeEntry();
            data(e).put("deleted", true);

            assertThat(valid(e).record().deleted()).isTrue();
        }
    }
}
