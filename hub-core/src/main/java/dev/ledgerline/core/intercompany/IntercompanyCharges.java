package dev.ledgerline.core.intercompany;

import dev.ledgerline.core.canonical.Employee;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.metrics.Attribution;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The intercompany charges of a period: every approved time entry dated in it whose employee's entity
 * (on the entry's date) differs from the entity billing the project (the contract's entity, else the
 * project's) is charged by the employee's entity to the project's entity at the transfer rate valid on
 * the entry's date. Hours of one employee on one project at one price make one line; the line's amount
 * is rounded once, and a charge's total is the sum of its rounded lines.
 *
 * <p>The hourly price of a cost-plus rate is the employee's standard hourly cost times one plus the
 * markup, rounded to the cent, so that every line reads {@code hours × price = amount} as an invoice
 * line does.
 */
public final class IntercompanyCharges {

    /** The charges of a period and the entries that should have been charged but could not be. */
    public record Result(List<IntercompanyCharge> charges, List<IntercompanyProblem> problems) {
        public Result {
            charges = List.copyOf(charges);
            problems = List.copyOf(problems);
        }
    }

    private IntercompanyCharges() {}

    public static Result of(
            LocalDate from,
            LocalDate to,
            Collection<RecordVersion<TimeEntry>> entries,
            HeldRecords held,
            List<TransferRate> rates) {
        Attribution attribution = new Attribution(held);
        Map<LineKey, List<RecordVersion<TimeEntry>>> byLine = new TreeMap<>();
        List<IntercompanyProblem> problems = new ArrayList<>();
        for (RecordVersion<TimeEntry> version : entries) {
            TimeEntry entry = version.data();
            if (version.deleted()
                    || entry.status() != TimeEntry.Status.APPROVED
                    || entry.date().isBefore(from)
                    || entry.date().isAfter(to)) {
                continue;
            }
            Optional<Employee> employee = held.employeeOn(entry.employee(), entry.date());
            Optional<String> projectEntity = held.project(entry.project()).map(attribution::entityOfProject);
            if (employee.isEmpty() || projectEntity.isEmpty()) {
                problems.add(new IntercompanyProblem(
                        version.key(),
                        "UNKNOWN_ENTITY",
                        "the entity of "
                                + (employee.isEmpty() ? "employee " + entry.employee() : "project " + entry.project())
                                + " is not known on " + entry.date()));
                continue;
            }
            String fromEntity = employee.get().entity();
            String toEntity = projectEntity.get();
            if (fromEntity.equals(toEntity)) {
                continue;
            }
            String role = entry.role() != null ? entry.role() : employee.get().role();
            Optional<TransferRate> rate = rateFor(rates, fromEntity, toEntity, role, entry.date());
            if (rate.isEmpty()) {
                problems.add(new IntercompanyProblem(
                        version.key(),
                        "NO_TRANSFER_RATE",
                        "no transfer rate from " + fromEntity + " to " + toEntity + " for role " + role + " on "
                                + entry.date()));
                continue;
            }
            Optional<Price> price = price(rate.get(), employee.get());
            if (price.isEmpty()) {
                problems.add(new IntercompanyProblem(
                        version.key(),
                        "NO_STANDARD_COST",
                        "employee " + entry.employee() + " has no standard hourly cost on " + entry.date()
                                + " for a cost-plus transfer rate"));
                continue;
            }
            LineKey key = new LineKey(
                    fromEntity,
                    toEntity,
                    price.get().currency(),
                    entry.project().toString(),
                    entry.employee().toString(),
                    role == null ? "" : role,
                    price.get().unit());
            byLine.computeIfAbsent(key, k -> new ArrayList<>()).add(version);
        }
        Map<String, List<IntercompanyLine>> linesByCharge = new TreeMap<>();
        byLine.forEach((key, covered) -> {
            BigDecimal hours = covered.stream().map(v -> v.data().hours()).reduce(BigDecimal.ZERO, BigDecimal::add);
            TimeEntry first = covered.getFirst().data();
            List<RecordKey> keys = covered.stream()
                    .map(RecordVersion::key)
                    .sorted(Comparator.comparing(RecordKey::toString))
                    .toList();
            linesByCharge
                    .computeIfAbsent(
                            key.from() + "\u0000" + key.to() + "\u0000" + key.currency(), k -> new ArrayList<>())
                    .add(new IntercompanyLine(
                            first.project(),
                            first.employee(),
                            key.role().isEmpty() ? null : key.role(),
                            hours,
                            key.unit(),
                            Rounding.cents(hours.multiply(key.unit())),
                            keys));
        });
        List<IntercompanyCharge> charges = new ArrayList<>();
        linesByCharge.forEach((key, lines) -> {
            String[] parts = key.split("\u0000");
            BigDecimal total = lines.stream().map(IntercompanyLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            charges.add(new IntercompanyCharge(parts[0], parts[1], parts[2], lines, total));
        });
        problems.sort(Comparator.comparing(p -> p.entry().toString()));
        return new Result(charges, problems);
    }

    /** The rate for the role if one exists, else the one for every role; the latest valid on the date. */
    static Optional<TransferRate> rateFor(
            List<TransferRate> rates, String from, String to, String role, LocalDate date) {
        Comparator<TransferRate> preference = Comparator.<TransferRate, Boolean>comparing(r -> r.role() != null)
                .thenComparing(TransferRate::validFrom);
        return rates.stream().filter(r -> r.appliesTo(from, to, role, date)).max(preference);
    }

    private record Price(BigDecimal unit, String currency) {}

    private static Optional<Price> price(TransferRate rate, Employee employee) {
        if (rate.basis() == TransferRate.Basis.HOURLY_RATE) {
            return Optional.of(new Price(Rounding.cents(rate.value()), rate.currency()));
        }
        if (employee.standardHourlyCost() == null || employee.currency() == null) {
            return Optional.empty();
        }
        BigDecimal unit = Rounding.cents(employee.standardHourlyCost().multiply(BigDecimal.ONE.add(rate.value())));
        return Optional.of(new Price(unit, employee.currency()));
    }

    private record LineKey(
            String from, String to, String currency, String project, String employee, String role, BigDecimal unit)
            implements Comparable<LineKey> {
        private static final Comparator<LineKey> ORDER = Comparator.comparing(LineKey::from)
                .thenComparing(LineKey::to)
                .thenComparing(LineKey::currency)
                .thenComparing(LineKey::project)
                .thenComparing(LineKey::employee)
                .thenComparing(LineKey::role)
                .thenComparing(LineKey::unit);

        @Override
        public int compareTo(LineKey other) {
            return ORDER.compare(this, other);
        }
    }
}
