package dev.ledgerline.hub.sync;

import dev.ledgerline.core.canonical.RecordType;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the sync flows: {@code ledgerline.sync.<type>.*} per record type ({@code customer},
 * {@code time_entry} …), and {@code ledgerline.reference-fields}, how the hub keeps its key on models
 * without a {@code ref}.
 *
 * @param sync per record type; a type left out takes the defaults
 * @param referenceFields {@code create} (default): the hub adds the char field {@code x_ledgerline_ref}
 *     to the models it writes that lack one, and falls back to external ids ({@code ir.model.data},
 *     module {@code ledgerline}) where the target cannot hold custom fields; {@code model-data}: never
 *     add fields, keep the key as an external id
 */
@ConfigurationProperties("ledgerline")
public record SyncProperties(
        Map<String, FlowSettings> sync,
        @DefaultValue("create") ReferenceFields referenceFields) {

    public SyncProperties {
        Map<RecordType, FlowSettings> byType = new EnumMap<>(RecordType.class);
        if (sync != null) {
            sync.forEach((name, settings) -> byType.put(
                    typeOf(name)
                            .orElseThrow(() -> new IllegalArgumentException("ledgerline.sync." + name
                                    + ": no record type '" + name + "' (customer, employee, project, task…)")),
                    settings == null ? FlowSettings.DEFAULTS : settings));
        }
        sync = Map.copyOf(byType.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey().wireName(), Map.Entry::getValue)));
    }

    /** Defaults everywhere: what a test or a tool builds without Spring. */
    public static SyncProperties defaults() {
        return new SyncProperties(Map.of(), ReferenceFields.CREATE);
    }

    /** The settings of one record type. */
    public FlowSettings of(RecordType type) {
        return sync.getOrDefault(type.wireName(), FlowSettings.DEFAULTS);
    }

    /**
     * Settings of one flow.
     *
     * @param delete what a deletion (tombstone) does in Odoo: {@code archive} (default; {@code active =
     *     false}, the record stays for history and reports) or {@code unlink} (the record is deleted;
     *     Odoo refuses it for records others depend on, which stops the deletion as a data exception)
     * @param odooIds Odoo ids for values of the flow's reference data, ahead of the look-up by name: a
     *     customer's {@code paymentTermsDays} → {@code account.payment.term}, an opportunity's {@code
     *     stage} → {@code crm.stage}
     * @param lifecycleTags projects only: show the project's lifecycle state as a project tag
     *     ({@code Ledgerline: in_delivery}); default true
     */
    public record FlowSettings(DeleteMode delete, Map<String, Long> odooIds, Boolean lifecycleTags) {

        static final FlowSettings DEFAULTS = new FlowSettings(null, null, null);

        public FlowSettings {
            delete = delete == null ? DeleteMode.ARCHIVE : delete;
            odooIds = odooIds == null ? Map.of() : Map.copyOf(odooIds);
            lifecycleTags = lifecycleTags == null || lifecycleTags;
        }

        /** The configured Odoo id for a value (case-insensitive), if any. */
        public Optional<Long> odooId(String value) {
            return odooIds.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(value))
                    .map(Map.Entry::getValue)
                    .findFirst();
        }
    }

    /** What a deletion does in Odoo. */
    public enum DeleteMode {
        /** {@code active = false} (or the flow's own archive values). */
        ARCHIVE,
        /** The Odoo record is deleted. */
        UNLINK
    }

    /** Where the hub keeps its key on models without a {@code ref} field. */
    public enum ReferenceFields {
        /** Add {@code x_ledgerline_ref} where missing; external ids where custom fields cannot exist. */
        CREATE,
        /** Never change the target's models: external ids under module {@code ledgerline}. */
        MODEL_DATA
    }

    /** Map keys lose their underscores in Spring's binding ({@code time_entry} → {@code timeentry}). */
    private static Optional<RecordType> typeOf(String name) {
        String wanted = normalize(name);
        return Arrays.stream(RecordType.values())
                .filter(t -> normalize(t.wireName()).equals(wanted))
                .findFirst();
    }

    private static String normalize(String name) {
        return name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    }
}
