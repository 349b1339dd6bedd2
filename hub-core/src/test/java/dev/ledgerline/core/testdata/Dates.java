package dev.ledgerline.core.testdata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Short literals for tests. */
public final class Dates {

    private Dates() {}

    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** Noon UTC of a day: a receipt time that is plainly inside that day. */
    public static Instant noon(String isoDate) {
        return Instant.parse(isoDate + "T12:00:00Z");
    }

    public static Instant at(String isoInstant) {
        return Instant.parse(isoInstant);
    }

    public static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
