package dev.ledgerline.core.canonical;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A fixed-fee milestone: exactly one of {@code amount} and {@code percent} (of the fixed fee). */
public record Milestone(String id, String name, BigDecimal amount, BigDecimal percent, LocalDate dueDate) {

    public Milestone {
        RecordKey.requireText(id, "id");
        if ((amount == null) == (percent == null)) {
            throw new IllegalArgumentException("milestone " + id + " needs exactly one of amount and percent");
        }
    }
}
