package dev.ledgerline.core.demo;

import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.core.firm.FirmRate;
import dev.ledgerline.core.firm.FirmRateCard;
import dev.ledgerline.core.firm.PeriodLock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The firm's two legal entities: {@code us} (New York, USD, with a holiday calendar, T&M revenue as
 * billed) and {@code eu} (Munich, EUR, no holiday calendar so public holidays arrive as leave, T&M
 * revenue as performed), with their rate cards and Odoo companies' exchange rates.
 */
final class Entities {

    static final String US = "us";
    static final String EU = "eu";
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId MUNICH = ZoneId.of("Europe/Berlin");
    static final String FIRM_NAME = "Alder & Finch Consulting";

    private Entities() {}

    static String currency(String entity) {
        return US.equals(entity) ? "USD" : "EUR";
    }

    static ZoneId zone(String entity) {
        return US.equals(entity) ? NEW_YORK : MUNICH;
    }

    static List<DemoCompany> companies() {
        return List.of(
                new DemoCompany(
                        US,
                        "Alder & Finch Consulting Inc.",
                        "200 Park Avenue South",
                        "New York",
                        "10003",
                        "US",
                        null,
                        "USD",
                        NEW_YORK),
                new DemoCompany(
                        EU,
                        "Alder & Finch Consulting GmbH",
                        "Leopoldstraße 31",
                        "München",
                        "80802",
                        "DE",
                        "DE287654321",
                        "EUR",
                        MUNICH));
    }

    static List<EntitySettings> settings(Period period, boolean periodLocks) {
        Set<LocalDate> usHolidays = new TreeSet<>();
        for (int year = period.start().getYear() - 1; year <= period.end().getYear() + 1; year++) {
            usHolidays.addAll(PublicHolidays.newYork(year).keySet());
        }
        List<PeriodLock> locks = periodLocks ? List.of(PeriodLock.month(YearMonth.from(period.start()))) : List.of();
        Set<DayOfWeek> week = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        return List.of(
                new EntitySettings(
                        US,
                        "USD",
                        NEW_YORK,
                        week,
                        usHolidays,
                        true,
                        locks,
                        EntitySettings.TmRevenue.AS_BILLED,
                        EntitySettings.LockPolicy.BOOK_IN_OPEN_PERIOD,
                        "USD"),
                new EntitySettings(
                        EU,
                        "EUR",
                        MUNICH,
                        week,
                        Set.of(),
                        false,
                        locks,
                        EntitySettings.TmRevenue.AS_PERFORMED,
                        EntitySettings.LockPolicy.BOOK_IN_OPEN_PERIOD,
                        "USD"));
    }

    /** Every role in both entities from a year before the period, and one New York change mid-period. */
    static FirmRateCard rateCard(Period period) {
        LocalDate since = period.start().minusYears(1);
        List<FirmRate> rates = new ArrayList<>();
        for (String entity : List.of(US, EU)) {
            for (String role : Roles.ALL) {
                rates.add(new FirmRate(entity, role, Roles.firmRate(entity, role), currency(entity), since));
            }
        }
        rates.add(new FirmRate(US, Roles.RATE_CHANGE_ROLE, Roles.RATE_CHANGE_US, "USD", rateChangeDate(period)));
        return new FirmRateCard(rates);
    }

    static LocalDate rateChangeDate(Period period) {
        return period.middleMonthStart();
    }

    /**
     * Weekly rates (Mondays) of the foreign currencies in each company, a gentle seeded walk from a
     * realistic level, plus one rate a year before the period so older dates find a rate too.
     */
    static List<DemoExchangeRate> exchangeRates(Period period, long seed) {
        List<DemoExchangeRate> rates = new ArrayList<>();
        addWalk(rates, seed, US, "EUR", new BigDecimal("0.920000"), period);
        addWalk(rates, seed, US, "GBP", new BigDecimal("0.790000"), period);
        addWalk(rates, seed, EU, "USD", new BigDecimal("1.087000"), period);
        addWalk(rates, seed, EU, "GBP", new BigDecimal("0.858000"), period);
        return rates;
    }

    private static void addWalk(
            List<DemoExchangeRate> rates, long seed, String entity, String currency, BigDecimal level, Period period) {
        Dice dice = Dice.of(seed, "fx:" + entity + ":" + currency);
        rates.add(new DemoExchangeRate(entity, currency, period.start().minusYears(1), level));
        LocalDate monday = period.start().minusDays(14);
        while (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            monday = monday.plusDays(1);
        }
        BigDecimal rate = level;
        for (LocalDate d = monday; !d.isAfter(period.end().plusDays(7)); d = d.plusWeeks(1)) {
            // a step of -0.6 % to +0.6 %, pulled back towards the level so the walk does not drift away
            BigDecimal step = BigDecimal.valueOf(dice.between(-60, 60), 4);
            BigDecimal pull =
                    level.subtract(rate).divide(level, 6, RoundingMode.HALF_UP).divide(BigDecimal.TEN);
            rate = rate.multiply(BigDecimal.ONE.add(step).add(pull)).setScale(6, RoundingMode.HALF_UP);
            rates.add(new DemoExchangeRate(entity, currency, d, rate));
        }
    }
}
