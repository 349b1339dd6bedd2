package dev.ledgerline.core.demo;

import dev.ledgerline.core.canonical.RecordType;
import java.util.List;
import java.util.Objects;

/** A source system of the demo firm and the record types it sends. */
public record DemoSource(String id, String name, List<RecordType> types) {

    public DemoSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        types = List.copyOf(types);
    }
}
