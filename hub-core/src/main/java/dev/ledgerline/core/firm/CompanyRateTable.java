package dev.ledgerline.core.firm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the {@code res.currency.rate} records an Odoo database holds into the rates one company converts
 * with, as Odoo's {@code res.currency._get_rates} chooses them: a rate of the company itself wins over a
 * rate shared by every company (no {@code company_id}), whatever their dates; within one kind the latest on
 * or before the date counts; a currency without any rate is 1. Conversion divides the two currencies'
 * rates, so a company whose own currency carries rates gets every other currency relative to it.
 *
 * <p>The result lists, per foreign currency, the rate from each date on which either currency's rate
 * changes: what {@link ExchangeRates} answers from.
 */
public final class CompanyRateTable {

    /** Rates are kept to twelve decimals, as the hub stores them. */
    public static final int SCALE = 12;

    /** One {@code res.currency.rate}: {@code company} null for a rate every company shares. */
    public record OdooRate(String currency, LocalDate date, BigDecimal rate, Long company) {
        public OdooRate {
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(rate, "rate");
        }
    }

    /** A rate of the company's table: units of {@code currency} per unit of the company currency from {@code validFrom}. */
    public record Rate(String currency, LocalDate validFrom, BigDecimal rate) {}

    private CompanyRateTable() {}

    /**
     * The table of {@code company}, whose currency is {@code companyCurrency}, from every rate read in
     * its database (rates of other companies are ignored), for the currencies that have rates and those
     * named in {@code currencies} (the database's active ones: a currency without rates of its own still
     * converts against a company currency that has some).
     */
    public static List<Rate> of(
            long company, String companyCurrency, Collection<String> currencies, List<OdooRate> rates) {
        Map<String, NavigableMap<LocalDate, BigDecimal>> own = new TreeMap<>();
        Map<String, NavigableMap<LocalDate, BigDecimal>> shared = new TreeMap<>();
        for (OdooRate r : rates) {
            if (r.company() == null) {
                shared.computeIfAbsent(r.currency(), c -> new TreeMap<>()).put(r.date(), r.rate());
            } else if (r.company() == company) {
                own.computeIfAbsent(r.currency(), c -> new TreeMap<>()).put(r.date(), r.rate());
            }
        }
        TreeSet<String> listed = new TreeSet<>(currencies);
        listed.addAll(own.keySet());
        listed.addAll(shared.keySet());
        listed.remove(companyCurrency);
        List<Rate> table = new ArrayList<>();
        for (String currency : listed) {
            TreeSet<LocalDate> changes = new TreeSet<>();
            for (String c : List.of(currency, companyCurrency)) {
                changes.addAll(own.getOrDefault(c, new TreeMap<>()).keySet());
                changes.addAll(shared.getOrDefault(c, new TreeMap<>()).keySet());
            }
            BigDecimal previous = null;
            for (LocalDate date : changes) {
                BigDecimal rate = effective(own.get(currency), shared.get(currency), date)
                        .divide(
                                effective(own.get(companyCurrency), shared.get(companyCurrency), date),
                                SCALE,
                                RoundingMode.HALF_UP);
                if (previous == null || rate.compareTo(previous) != 0) {
                    table.add(new Rate(currency, date, rate));
                    previous = rate;
                }
            }
        }
        table.sort(Comparator.comparing(Rate::currency).thenComparing(Rate::validFrom));
        return List.copyOf(table);
    }

    private static BigDecimal effective(
            NavigableMap<LocalDate, BigDecimal> own, NavigableMap<LocalDate, BigDecimal> shared, LocalDate date) {
        Map.Entry<LocalDate, BigDecimal> rate = own == null ? null : own.floorEntry(date);
        if (rate == null && shared != null) {
            rate = shared.floorEntry(date);
        }
        return rate == null ? BigDecimal.ONE : rate.getValue();
    }
}
