package dev.ledgerline.hub.sync;

import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.hub.binding.BindingRebuild;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The registered flows: one {@link Mapping} per canonical type, taken from the Spring context. Of
 * several mappings of one type the first in order ({@code @Order}, {@code @Priority}) wins.
 *
 * <p>Also the one place that says which types never go to Odoo: their records are kept in the hub
 * (billing, costs and reports read them there) and end {@code DELIVERED} without a binding
 * (docs/adr/0012). A flow registered for such a type takes precedence.
 */
@Component
public class Flows {

    /**
     * Types the hub keeps for itself: contracts (billing terms), leave and payroll cost (capacity and
     * cost), purchase commitments (forecast margin), payments and disputes known to a source
     * (receivables), opportunities (backlog) and invoices pulled back from Odoo.
     */
    private static final Set<RecordType> KEPT_IN_HUB = Collections.unmodifiableSet(EnumSet.of(
            RecordType.CONTRACT,
            RecordType.LEAVE,
            RecordType.PAYROLL_COST,
            RecordType.PURCHASE_COMMITMENT,
            RecordType.PAYMENT,
            RecordType.INVOICE_DISPUTE,
            RecordType.OPPORTUNITY,
            RecordType.INVOICE));

    /** The reason written in the history of a record kept in the hub. */
    public static final String KEPT_REASON = "kept in the hub";

    private final Map<RecordType, Mapping<?>> byType = new EnumMap<>(RecordType.class);

    public Flows(ObjectProvider<Mapping<?>> mappings) {
        mappings.orderedStream().forEach(m -> byType.putIfAbsent(m.type(), m));
    }

    /** Whether records of this type stay in the hub: no flow delivers them, by design. */
    public boolean keptInHub(RecordType type) {
        return KEPT_IN_HUB.contains(type) && !delivers(type);
    }

    /** The types kept in the hub (without a flow). */
    public Set<RecordType> keptTypes() {
        Set<RecordType> kept = EnumSet.noneOf(RecordType.class);
        KEPT_IN_HUB.stream().filter(this::keptInHub).forEach(kept::add);
        return Collections.unmodifiableSet(kept);
    }

    /**
     * What the dispatcher claims: the types a flow delivers and the types kept in the hub. Any other
     * type waits in {@code PENDING} for its flow.
     */
    public Set<RecordType> claimable() {
        Set<RecordType> all = EnumSet.noneOf(RecordType.class);
        all.addAll(byType.keySet());
        all.addAll(keptTypes());
        return Collections.unmodifiableSet(all);
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
