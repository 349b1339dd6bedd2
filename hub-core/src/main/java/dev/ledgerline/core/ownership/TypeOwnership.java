package dev.ledgerline.core.ownership;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The owners of one record type: {@code owner} owns every field not named in {@code fieldOwners};
 * {@code mode} overrides the rules' mode for this type when set. Field names match whatever their
 * case ({@code billingEmail}, {@code billingemail}), so settings from environment variables work.
 */
public record TypeOwnership(String owner, Map<String, String> fieldOwners, OwnershipMode mode) {

    private static final Pattern SYSTEM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    public TypeOwnership {
        requireSystem(owner, "owner");
        Map<String, String> fields = new TreeMap<>();
        if (fieldOwners != null) {
            fieldOwners.forEach((field, fieldOwner) -> {
                if (field == null || field.isBlank() || field.contains(".")) {
                    throw new IllegalArgumentException("field names are top-level names of data, was: " + field);
                }
                requireSystem(fieldOwner, "owner of " + field);
                fields.put(normalize(field), fieldOwner);
            });
        }
        fieldOwners = Collections.unmodifiableMap(fields);
    }

    public static TypeOwnership ownedBy(String owner) {
        return new TypeOwnership(owner, Map.of(), null);
    }

    /** This type with one field given to another owner. */
    public TypeOwnership withField(String field, String fieldOwner) {
        Map<String, String> fields = new TreeMap<>(fieldOwners);
        fields.put(field, fieldOwner);
        return new TypeOwnership(owner, fields, mode);
    }

    public TypeOwnership withMode(OwnershipMode newMode) {
        return new TypeOwnership(owner, fieldOwners, newMode);
    }

    public TypeOwnership withOwner(String newOwner) {
        return new TypeOwnership(newOwner, fieldOwners, mode);
    }

    /** The one system that owns {@code field} of this type. */
    public String ownerOf(String field) {
        return fieldOwners.getOrDefault(normalize(field), owner);
    }

    static String normalize(String field) {
        return field.toLowerCase(Locale.ROOT);
    }

    private static void requireSystem(String system, String what) {
        Objects.requireNonNull(system, what + " is required");
        if (!SYSTEM.matcher(system).matches()) {
            throw new IllegalArgumentException(what + " must be a source id, '" + OwnershipRules.ODOO + "' or '"
                    + OwnershipRules.SENDER + "', was: " + system);
        }
    }
}
