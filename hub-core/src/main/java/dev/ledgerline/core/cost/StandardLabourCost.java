package dev.ledgerline.core.cost;

import dev.ledgerline.core.canonical.Employee;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.metrics.Attribution;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.Flag;
import dev.ledgerline.core.metrics.ReportCurrency;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Provisional labour cost: {@code round(Σ recorded hours × standardHourlyCost)} per employee, project
 * and month, at the cost of the employee version valid on each entry's date. When the employee's
 * cost currency differs from the reporting currency, each entry's cost is converted at its date and
 * the cell is rounded once, after the sum.
 */
public final class StandardLabourCost {

    private final Attribution attribution;
    private final FirmSettings settings;
    private final ReportCurrency currency;

    public StandardLabourCost(Attribution attribution, FirmSettings settings, ReportCurrency currency) {
        this.attribution = attribution;
        this.settings = settings;
        this.currency = currency;
    }

    /**
     * One approved entry's part of its cost cell before the cell is rounded: the reporting entity
     * of its work, its recorded hours and {@code hours × standardHourlyCost} of the employee version
     * valid on its date, converted into the reporting currency at its date ({@code exact} is null
     * when that version has no standard cost). Empty when the ledger holds no employee version or
     * no entity for the work, as such an entry carries no cost.
     */
    public Optional<EntryLabour> ofEntry(RecordVersion<TimeEntry> version) {
        TimeEntry entry = version.data();
        Optional<String> entity = attribution.entityOf(entry.project(), entry.employee(), entry.date());
        Optional<Employee> employee = attribution.held().employeeOn(entry.employee(), entry.date());
        if (entity.isEmpty() || employee.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal hourly = employee.get().standardHourlyCost();
        BigDecimal exact = hourly == null
                ? null
                : currency.exact(
                        entry.hours().multiply(hourly), costCurrency(employee.get()), entity.get(), entry.date());
        return Optional.of(new EntryLabour(entity.get(), currency.currencyOf(entity.get()), entry.hours(), exact));
    }

    /**
     * An entry's unrounded standard cost in {@code currency} (null without a standard cost, which
     * flags its cell {@code NO_STANDARD_COST}), and the reporting entity its cell belongs to.
     */
    public record EntryLabour(String entity, String currency, BigDecimal hours, BigDecimal exact) {}

    /** The cost cells of the given entries, in the order their cells first appear. */
    public List<CostCell> cells(Collection<RecordVersion<TimeEntry>> entries, Set<Flag> extraFlags) {
        Map<CellKey, Accumulator> cells = new LinkedHashMap<>();
        for (RecordVersion<TimeEntry> v : entries) {
            TimeEntry entry = v.data();
            Optional<EntryLabour> labour = ofEntry(v);
            if (labour.isEmpty()) {
                continue;
            }
            Accumulator cell = cells.computeIfAbsent(
                    new CellKey(entry.employee(), entry.project(), YearMonth.from(entry.date())),
                    k -> new Accumulator(labour.get().entity()));
            cell.hours = cell.hours.add(entry.hours());
            cell.last = cell.last == null || entry.date().isAfter(cell.last) ? entry.date() : cell.last;
            if (labour.get().exact() == null) {
                cell.flags.add(Flag.NO_STANDARD_COST);
                continue;
            }
            cell.exact = cell.exact.add(labour.get().exact());
        }
        List<CostCell> result = new ArrayList<>();
        cells.forEach((key, cell) -> {
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            flags.addAll(cell.flags);
            flags.addAll(extraFlags);
            result.add(new CostCell(
                    key.employee(),
                    key.project(),
                    key.month(),
                    cell.entity,
                    currency.currencyOf(cell.entity),
                    cell.hours,
                    Rounding.cents(cell.exact),
                    cell.last,
                    flags));
        });
        return result;
    }

    /** The currency of an employee's standard and payroll cost: their own, else their entity's. */
    String costCurrency(Employee employee) {
        return employee.currency() != null
                ? employee.currency()
                : settings.entity(employee.entity()).currency();
    }

    private record CellKey(Ref employee, Ref project, YearMonth month) {}

    private static final class Accumulator {
        final String entity;
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal exact = BigDecimal.ZERO;
        LocalDate last;
        final Set<Flag> flags = EnumSet.noneOf(Flag.class);

        Accumulator(String entity) {
            this.entity = entity;
        }
    }
}
