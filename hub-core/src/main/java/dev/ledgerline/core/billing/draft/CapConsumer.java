package dev.ledgerline.core.billing.draft;

import dev.ledgerline.core.billing.LineSource;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** One amount that consumes room under a cap: a source of a line (an entry of a time line, an expense). */
public record CapConsumer(DraftLine line, LineSource source, BigDecimal amount) {

    public CapConsumer {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amount, "amount");
    }

    /** Each source of {@code line} at its own amount. */
    public static List<CapConsumer> of(DraftLine line) {
        return line.sources().stream()
                .map(s -> new CapConsumer(line, s, s.amount()))
                .toList();
    }
}
