package dev.ledgerline.core.testdata;

import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.numbers.Rounding;
import dev.ledgerline.core.recognition.CostBasis;
import dev.ledgerline.core.recognition.CostToDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A simple provisional cost for tests: approved entries of the project dated on or before the date at
 * one standard hourly cost, {@code round(Σ recorded hours × cost)}; final basis is not modelled.
 */
public record StandardCost(List<TimeEntry> entries, BigDecimal hourlyCost) implements CostToDate {

    @Override
    public BigDecimal of(Ref project, LocalDate date, CostBasis basis) {
        BigDecimal hours = entries.stream()
                .filter(e -> e.isApproved()
                        && e.project().equals(project)
                        && !e.date().isAfter(date))
                .map(TimeEntry::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return Rounding.cents(hours.multiply(hourlyCost));
    }
}
