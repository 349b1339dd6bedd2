package dev.ledgerline.core.ledger;

import dev.ledgerline.core.canonical.RecordKey;
import java.util.Objects;

/** A record's reference to a parent it cannot be delivered without; {@code field} is its JSON path. */
public record ParentLink(String field, RecordKey parent) {

    public ParentLink {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(parent, "parent");
    }
}
