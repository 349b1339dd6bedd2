package dev.ledgerline.core.billing.draft;

import java.time.LocalDate;
import java.util.Comparator;

/** The position of a line on its document: section, date, external id, then cost before markup. */
public record SortKey(Section section, LocalDate date, String externalId, int sub) implements Comparable<SortKey> {

    private static final Comparator<SortKey> ORDER = Comparator.comparing(SortKey::section)
            .thenComparing(SortKey::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SortKey::externalId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(SortKey::sub);

    public static SortKey of(Section section, LocalDate date, String externalId) {
        return new SortKey(section, date, externalId, 0);
    }

    @Override
    public int compareTo(SortKey other) {
        return ORDER.compare(this, other);
    }
}
