package dev.ledgerline.core.billing.subscription;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/** Sets of days written as {@code from/to} ranges on subscription lines. */
final class DayRanges {

    private DayRanges() {}

    static NavigableSet<LocalDate> days(String item) {
        NavigableSet<LocalDate> days = new TreeSet<>();
        if (item == null || !item.contains("/")) {
            return days;
        }
        String[] parts = item.split("/");
        for (LocalDate d = LocalDate.parse(parts[0]); !d.isAfter(LocalDate.parse(parts[1])); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    static NavigableSet<LocalDate> days(LocalDate from, LocalDate to) {
        NavigableSet<LocalDate> days = new TreeSet<>();
        if (from == null) {
            return days;
        }
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    /** The contiguous ranges of {@code days}, each as {@code from/to}. */
    static List<String> ranges(NavigableSet<LocalDate> days) {
        List<String> ranges = new ArrayList<>();
        LocalDate from = null;
        LocalDate previous = null;
        for (LocalDate d : days) {
            if (from == null) {
                from = d;
            } else if (!d.equals(previous.plusDays(1))) {
                ranges.add(from + "/" + previous);
                from = d;
            }
            previous = d;
        }
        if (from != null) {
            ranges.add(from + "/" + previous);
        }
        return ranges;
    }
}
