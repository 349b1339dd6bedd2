package dev.ledgerline.hub.ownership;

import dev.ledgerline.core.ownership.OwnershipPolicy;
import dev.ledgerline.hub.audit.AuditEntry;
import dev.ledgerline.hub.audit.AuditLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ownership is configured from properties, so its changes happen between two starts: at startup the
 * effective configuration is compared with the last one the audit log recorded, and a difference is
 * recorded as {@code ownership.configured} with the full configuration and each changed setting.
 * The comparison holds the audit chain's lock, so instances starting together record it once.
 */
@Component
class OwnershipConfigurationAudit implements ApplicationRunner {

    static final String ACTION = "ownership.configured";
    static final String SUBJECT = "ownership";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditLog audit;
    private final OwnershipPolicy policy;
    private final TransactionTemplate transaction;

    OwnershipConfigurationAudit(AuditLog audit, OwnershipPolicy policy, TransactionTemplate transaction) {
        this.audit = audit;
        this.policy = policy;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        recordIfChanged(policy);
    }

    /** Records {@code current}'s configuration unless it is the last one recorded; answers whether it did. */
    boolean recordIfChanged(OwnershipPolicy current) {
        Boolean recorded = transaction.execute(status -> {
            Map<String, Object> configuration = current.rules().describe();
            Optional<Map<String, Object>> previous =
                    audit.latest(ACTION, SUBJECT).map(OwnershipConfigurationAudit::configurationOf);
            Map<String, String> now = flatten(configuration);
            Map<String, String> before =
                    previous.map(OwnershipConfigurationAudit::flatten).orElse(Map.of());
            if (previous.isPresent() && before.equals(now)) {
                return false;
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("configuration", configuration);
            details.put("changes", previous.isPresent() ? changes(before, now) : List.of());
            audit.record("system:startup", ACTION, SUBJECT, details);
            return true;
        });
        return Boolean.TRUE.equals(recorded);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> configurationOf(AuditEntry entry) {
        Object configuration = JSON.readValue(entry.details(), Map.class).get("configuration");
        return configuration instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<Map<String, Object>> changes(Map<String, String> before, Map<String, String> now) {
        TreeMap<String, Boolean> settings = new TreeMap<>();
        before.keySet().forEach(k -> settings.put(k, true));
        now.keySet().forEach(k -> settings.put(k, true));
        List<Map<String, Object>> changes = new ArrayList<>();
        for (String setting : settings.keySet()) {
            if (!Objects.equals(before.get(setting), now.get(setting))) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("setting", setting);
                change.put("from", before.get(setting));
                change.put("to", now.get(setting));
                changes.add(change);
            }
        }
        return changes;
    }

    /** {@code types.customer.fields.billingemail → portal}: one entry per setting. */
    private static Map<String, String> flatten(Map<String, Object> tree) {
        Map<String, String> flat = new TreeMap<>();
        flatten("", tree, flat);
        return flat;
    }

    private static void flatten(String prefix, Object value, Map<String, String> flat) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? k.toString() : prefix + "." + k, v, flat));
        } else if (value != null) {
            flat.put(prefix, value.toString());
        }
    }
}
