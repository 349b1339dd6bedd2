package dev.ledgerline.core.ownership;

import dev.ledgerline.core.canonical.RecordType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides which fields of an incoming version its sender may not change, and what happens then.
 *
 * <ul>
 *   <li>A change is a field whose value differs from the stored current version's (a field left out
 *       or set to null clears it; {@code 7.50} and {@code 7.5} are the same number).
 *   <li>A first version (nothing stored under the key) may come from any system and carry any
 *       field: a PSA may create a customer stub. Only values for Odoo-owned fields are refused, since
 *       Odoo's data never flows inward.
 *   <li>A record type owned by Odoo as a whole is refused whatever the mode: a source sending an
 *       {@code invoice} has nothing to ignore.
 * </ul>
 */
public final class OwnershipPolicy {

    private final OwnershipRules rules;

    public OwnershipPolicy(OwnershipRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public OwnershipRules rules() {
        return rules;
    }

    /**
     * Whether a version of {@code type} from {@code sender} can be anything but {@link
     * OwnershipVerdict.Allowed}: false when the sender owns every field, so the caller need not load
     * the stored version.
     */
    public boolean constrains(RecordType type, String sender) {
        TypeOwnership t = rules.of(type);
        return !owns(t.owner(), sender) || t.fieldOwners().values().stream().anyMatch(owner -> !owns(owner, sender));
    }

    /**
     * Judges one incoming version.
     *
     * @param type the record type
     * @param sender the source that sent it
     * @param stored the {@code data} of the current stored version, null when the key has none
     * @param incoming the {@code data} sent
     */
    public OwnershipVerdict judge(
            RecordType type, String sender, Map<String, Object> stored, Map<String, Object> incoming) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(incoming, "incoming");
        TypeOwnership ownership = rules.of(type);
        if (OwnershipRules.ODOO.equals(ownership.owner())) {
            return new OwnershipVerdict.Rejected(List.of(new FieldViolation(type, null, OwnershipRules.ODOO, sender)));
        }
        List<FieldViolation> violations = new ArrayList<>();
        for (String field : fields(stored, incoming)) {
            String owner = ownership.ownerOf(field);
            if (owns(owner, sender)) {
                continue;
            }
            boolean foreign = stored == null
                    ? OwnershipRules.ODOO.equals(owner) && incoming.get(field) != null
                    : !sameValue(stored.get(field), incoming.get(field));
            if (foreign) {
                violations.add(new FieldViolation(type, field, owner, sender));
            }
        }
        if (violations.isEmpty()) {
            return new OwnershipVerdict.Allowed(incoming);
        }
        return switch (rules.modeOf(type)) {
            case REJECT -> new OwnershipVerdict.Rejected(violations);
            case IGNORE -> new OwnershipVerdict.Ignored(keepStored(stored, incoming, violations), violations);
        };
    }

    /** Odoo-owned data is never owned by an inbound sender, whatever it calls itself. */
    private static boolean owns(String owner, String sender) {
        return OwnershipRules.SENDER.equals(owner) || (!OwnershipRules.ODOO.equals(owner) && owner.equals(sender));
    }

    private static Set<String> fields(Map<String, Object> stored, Map<String, Object> incoming) {
        Set<String> fields = new LinkedHashSet<>(incoming.keySet());
        if (stored != null) {
            fields.addAll(stored.keySet());
        }
        return fields;
    }

    private static Map<String, Object> keepStored(
            Map<String, Object> stored, Map<String, Object> incoming, List<FieldViolation> violations) {
        Map<String, Object> data = new LinkedHashMap<>(incoming);
        for (FieldViolation v : violations) {
            if (stored != null && stored.get(v.field()) != null) {
                data.put(v.field(), stored.get(v.field()));
            } else {
                data.remove(v.field());
            }
        }
        return data;
    }

    /** Equality of neutral JSON values: numbers by value, objects and arrays element by element. */
    static boolean sameValue(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (isNumber(a) && isNumber(b)) {
            return decimal(a).compareTo(decimal(b)) == 0;
        }
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            Set<Object> keys = new LinkedHashSet<>(ma.keySet());
            keys.addAll(mb.keySet());
            return keys.stream().allMatch(k -> sameValue(ma.get(k), mb.get(k)));
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() != lb.size()) {
                return false;
            }
            Iterator<?> ia = la.iterator();
            Iterator<?> ib = lb.iterator();
            while (ia.hasNext()) {
                if (!sameValue(ia.next(), ib.next())) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static boolean isNumber(Object o) {
        return o instanceof BigDecimal || o instanceof BigInteger || o instanceof Integer || o instanceof Long;
    }

    private static BigDecimal decimal(Object o) {
        return switch (o) {
            case BigDecimal d -> d;
            case BigInteger i -> new BigDecimal(i);
            default -> BigDecimal.valueOf(((Number) o).longValue());
        };
    }
}
