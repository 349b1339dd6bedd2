package dev.ledgerline.hub.ownership;

import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.ownership.OwnershipMode;
import dev.ledgerline.core.ownership.OwnershipRules;
import dev.ledgerline.core.ownership.TypeOwnership;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who owns which fields ({@code ledgerline.ownership.*}), over the architecture's defaults in
 * {@link OwnershipRules#defaults()}. Invalid settings stop startup with the property's name.
 *
 * @param mode what happens to a change of a field the sender does not own: {@code reject} (the item
 *     is refused) or {@code ignore} (the field keeps its stored value, the rest is applied with a warning)
 * @param types per record type ({@code customer}, {@code time_entry} …): its owner, its mode and the
 *     owners of single fields that differ from the type's owner
 */
@ConfigurationProperties("ledgerline.ownership")
public record OwnershipProperties(@DefaultValue("reject") OwnershipMode mode, Map<String, TypeSettings> types) {

    private static final String PREFIX = "ledgerline.ownership.types.";

    public OwnershipProperties {
        types = types == null ? Map.of() : Map.copyOf(types);
        rules(mode, types); // refuse invalid settings at startup, not at the first item
    }

    /**
     * The settings of one record type; each part is optional and falls back to the default.
     *
     * @param owner the system that owns every field not listed in {@code fields}: a source id, {@code odoo}
     *     or {@code sender}
     * @param mode {@code reject} or {@code ignore} for this type only
     * @param fields owners of single top-level fields of {@code data}, by field name
     */
    public record TypeSettings(String owner, OwnershipMode mode, Map<String, String> fields) {

        public TypeSettings {
            fields = fields == null ? Map.of() : Map.copyOf(fields);
        }
    }

    /** The effective rules: the defaults with every setting applied. */
    public OwnershipRules rules() {
        return rules(mode, types);
    }

    private static OwnershipRules rules(OwnershipMode mode, Map<String, TypeSettings> types) {
        OwnershipRules rules = OwnershipRules.defaults().withMode(mode == null ? OwnershipMode.REJECT : mode);
        for (Map.Entry<String, TypeSettings> e : types.entrySet()) {
            String name = PREFIX + e.getKey();
            RecordType type = type(e.getKey())
                    .orElseThrow(() -> new IllegalArgumentException(name + ": unknown record type " + e.getKey()));
            TypeSettings settings = e.getValue();
            try {
                TypeOwnership ownership = rules.of(type);
                if (settings.owner() != null) {
                    ownership = ownership.withOwner(settings.owner());
                }
                if (settings.mode() != null) {
                    ownership = ownership.withMode(settings.mode());
                }
                for (Map.Entry<String, String> field : settings.fields().entrySet()) {
                    ownership = ownership.withField(field.getKey(), field.getValue());
                }
                rules = rules.with(type, ownership);
            } catch (IllegalArgumentException | NullPointerException ex) {
                throw new IllegalArgumentException(name + ": " + ex.getMessage(), ex);
            }
        }
        return rules;
    }

    /** Map keys lose their underscores when bound ({@code time_entry} arrives as {@code timeentry}). */
    private static Optional<RecordType> type(String key) {
        String wanted = letters(key);
        return Arrays.stream(RecordType.values())
                .filter(t -> letters(t.wireName()).equals(wanted))
                .findFirst();
    }

    private static String letters(String s) {
        return s.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}
