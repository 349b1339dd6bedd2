package dev.ledgerline.hub.sync;

import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.hub.binding.BindingRebuild;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The registered flows: one {@link Mapping} per canonical type, taken from the Spring context. Of
 * several mappings of one type the first in order ({@code @Order}, {@code @Priority}) wins.
 */
@Component
public class Flows {

    private final Map<RecordType, Mapping<?>> byType = new EnumMap<>(RecordType.class);

    public Flows(ObjectProvider<Mapping<?>> mappings) {
        mappings.orderedStream().forEach(m -> byType.putIfAbsent(m.type(), m));
    }

    public Optional<Mapping<?>> of(RecordType type) {
        return Optional.ofNullable(byType.get(type));
    }

    /** Whether some flow delivers records of this type. */
    public boolean delivers(RecordType type) {
        return byType.containsKey(type);
    }

    /** The models the flows write, with their references: what {@code BindingRebuild} reads back. */
    public List<BindingRebuild.BoundModel> boundModels() {
        return byType.values().stream()
                .map(m -> new BindingRebuild.BoundModel(m.model(), m.reference()))
                .distinct()
                .toList();
    }

    /** The types some flow delivers: what the dispatcher claims. */
    public Set<RecordType> types() {
        return Collections.unmodifiableSet(byType.keySet());
    }
}
