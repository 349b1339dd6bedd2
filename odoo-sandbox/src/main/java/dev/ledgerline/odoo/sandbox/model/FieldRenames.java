package dev.ledgerline.odoo.sandbox.model;

import java.util.HashMap;
import java.util.Map;

/** Fields that a version names differently from Odoo 18, the version the schema was recorded from. */
public final class FieldRenames {
    private final Map<String, String> toVersion = new HashMap<>();
    private final Map<String, String> toCanonical = new HashMap<>();

    public static FieldRenames forVersion(OdooVersion version) {
        FieldRenames renames = new FieldRenames();
        switch (version) {
            case V17 -> renames.rename("project.project", "account_id", "analytic_account_id");
            case V19 -> renames.rename("res.users", "groups_id", "group_ids");
            case V18 -> {}
        }
        return renames;
    }

    private void rename(String model, String canonical, String versionName) {
        toVersion.put(model + '.' + canonical, versionName);
        toCanonical.put(model + '.' + versionName, canonical);
    }

    public String versionName(String model, String canonical) {
        return toVersion.getOrDefault(model + '.' + canonical, canonical);
    }

    public String canonicalName(String model, String versionName) {
        return toCanonical.getOrDefault(model + '.' + versionName, versionName);
    }

    public boolean isEmpty() {
        return toVersion.isEmpty();
    }
}
