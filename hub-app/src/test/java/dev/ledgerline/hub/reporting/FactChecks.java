package dev.ledgerline.hub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.billability.ClassifiedEntry;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.capacity.CapacityCalculator;
import dev.ledgerline.core.capacity.DayCapacity;
import dev.ledgerline.core.cost.StandardLabourCost;
import dev.ledgerline.core.metrics.Attributes;
import dev.ledgerline.core.metrics.Attribution;
import dev.ledgerline.core.metrics.ClassifiedTime;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.metrics.ReportCurrency;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** The facts in the database compared, row by row, with what the hub-core rules say for the records held. */
final class FactChecks {

    private FactChecks() {}

    /** Every live time entry has one fact, equal to the rules' answers; answers how many are billable. */
    static int assertTimeEntryFacts(JdbcTemplate jdbc, HeldRecords held, FirmSettings settings) {
        ClassifiedTime time = new ClassifiedTime(held, settings);
        Attribution attribution = new Attribution(held);
        StandardLabourCost labour =
                new StandardLabourCost(attribution, settings, ReportCurrency.entityCurrency(settings));
        Map<String, Map<String, Object>> facts = new HashMap<>();
        jdbc.queryForList("SELECT * FROM fact_time_entry")
                .forEach(row -> facts.put(row.get("SOURCE") + ":" + row.get("EXTERNAL_ID"), lower(row)));
        List<RecordVersion<TimeEntry>> entries = held.all(RecordType.TIME_ENTRY, TimeEntry.class);
        assertThat(facts).hasSameSizeAs(entries);

        int billable = 0;
        for (RecordVersion<TimeEntry> v : entries) {
            Map<String, Object> f = facts.get(v.key().ref().toString());
            String what = v.key().toString();
            assertThat(f).as(what).isNotNull();
            assertThat(((Number) f.get("version")).longValue()).as(what).isEqualTo(v.version());
            assertDecimal(f.get("recorded_hours"), Optional.of(v.data().hours()), what);
            Optional<ClassifiedEntry> c = time.classify(v);
            assertThat(f.get("classification"))
                    .as(what)
                    .isEqualTo(c.map(e -> e.billability().code()).orElse(null));
            assertThat(f.get("classification_if_approved"))
                    .as(what)
                    .isEqualTo(time.asIfApproved(v)
                            .map(e -> e.billability().code())
                            .orElse(null));
            assertDecimal(f.get("billable_hours"), c.map(ClassifiedEntry::billableHours), what);
            assertDecimal(f.get("contract_value"), c.flatMap(ClassifiedEntry::contractValue), what);
            assertDecimal(f.get("standard_value"), c.flatMap(ClassifiedEntry::standardValue), what);
            Attributes work = attribution.ofEntry(v.data());
            Attributes person = attribution.ofEntryForPeople(v.data());
            assertThat(f.get("entity")).as(what).isEqualTo(work.get(Dimension.ENTITY));
            assertThat(f.get("practice")).as(what).isEqualTo(work.get(Dimension.PRACTICE));
            assertThat(f.get("role")).as(what).isEqualTo(work.get(Dimension.ROLE));
            assertThat(f.get("customer")).as(what).isEqualTo(work.get(Dimension.CUSTOMER));
            assertThat(f.get("contract")).as(what).isEqualTo(work.get(Dimension.CONTRACT));
            assertThat(f.get("employee_entity")).as(what).isEqualTo(person.get(Dimension.ENTITY));
            assertThat(f.get("employee_practice")).as(what).isEqualTo(person.get(Dimension.PRACTICE));
            assertThat(f.get("employee_role")).as(what).isEqualTo(person.get(Dimension.ROLE));
            Optional<StandardLabourCost.EntryLabour> cost = labour.ofEntry(v);
            assertThat(f.get("labour")).as(what).isEqualTo(cost.isPresent());
            // the column keeps 16 decimals of a converted cost (a DECIMAL128 quotient)
            assertDecimal(
                    f.get("labour_cost_exact"),
                    cost.map(StandardLabourCost.EntryLabour::exact)
                            .map(x -> x.scale() > 16 ? x.setScale(16, RoundingMode.HALF_UP) : x),
                    what);
            assertThat(f.get("problem")).as(what).isNull();
            billable += c.filter(ClassifiedEntry::isBillable).isPresent() ? 1 : 0;
        }
        return billable;
    }

    /** Every working day of every live employee in the period has one capacity fact, equal to the rule's. */
    static void assertCapacityDays(
            JdbcTemplate jdbc, HeldRecords held, FirmSettings settings, LocalDate from, LocalDate to) {
        CapacityCalculator capacity = new CapacityCalculator(held, settings);
        Map<String, Map<String, Object>> days = new HashMap<>();
        jdbc.queryForList("SELECT * FROM fact_capacity_day WHERE work_date BETWEEN ? AND ?", from, to)
                .forEach(row -> days.put(row.get("EMPLOYEE") + "@" + row.get("WORK_DATE"), lower(row)));
        int expected = 0;
        for (Ref employee : held.employees()) {
            for (DayCapacity day : capacity.days(employee, from, to)) {
                expected++;
                String what = employee + " " + day.date();
                Map<String, Object> row = days.get(employee + "@" + day.date());
                assertThat(row).as(what).isNotNull();
                assertDecimal(row.get("capacity_hours"), Optional.of(day.capacityHours()), what);
                assertDecimal(row.get("leave_hours"), Optional.of(day.leaveHours()), what);
            }
        }
        assertThat(days).hasSize(expected);
    }

    private static Map<String, Object> lower(Map<String, Object> row) {
        Map<String, Object> lower = new HashMap<>();
        row.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        return lower;
    }

    private static void assertDecimal(Object actual, Optional<BigDecimal> expected, String what) {
        if (expected.isEmpty()) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isInstanceOf(BigDecimal.class);
            assertThat(((BigDecimal) actual).compareTo(expected.get()))
                    .as("%s: %s, expected %s", what, actual, expected.get())
                    .isZero();
        }
    }
}
