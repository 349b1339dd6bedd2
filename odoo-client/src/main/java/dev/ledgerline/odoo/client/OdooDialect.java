package dev.ledgerline.odoo.client;

import java.util.Objects;
import java.util.Optional;

/**
 * What differs between Odoo 16, 17, 18 and 19 for the calls an integration makes, answered for the
 * connected server. Field names are discovered from the server's {@code fields_get} (so a customised or
 * migrated database answers for itself); method names follow the server version.
 *
 * <table>
 *   <caption>Differences covered</caption>
 *   <tr><th>question</th><th>16–17</th><th>18</th><th>19+</th></tr>
 *   <tr><td>{@link #projectAnalyticAccountField()}</td><td>{@code analytic_account_id}</td>
 *       <td>{@code account_id}</td><td>{@code account_id}</td></tr>
 *   <tr><td>{@link #hasNameGet()}</td><td>16 only</td><td>no</td><td>no</td></tr>
 *   <tr><td>{@link #readGroupMethod()}</td><td>{@code read_group}</td><td>{@code read_group}</td>
 *       <td>{@code formatted_read_group}</td></tr>
 * </table>
 */
public final class OdooDialect {

    private static final String ANALYTIC_ACCOUNT = "account.analytic.account";

    private final OdooClient client;
    private final ServerVersion version;

    OdooDialect(OdooClient client, ServerVersion version) {
        this.client = client;
        this.version = version;
    }

    /**
     * The server version the answers are for.
     *
     * @return the version
     */
    public ServerVersion version() {
        return version;
    }

    /**
     * The many2one of {@code project.project} to its analytic account: {@code account_id} from Odoo 18,
     * {@code analytic_account_id} before. Taken from {@code fields_get} (the field pointing at {@code
     * account.analytic.account}), falling back to the version rule.
     *
     * @return the field name
     */
    public String projectAnalyticAccountField() {
        ModelSchema project = client.model("project.project").fieldsGet();
        for (String candidate : new String[] {"account_id", "analytic_account_id"}) {
            Optional<FieldInfo> field = project.field(candidate);
            if (field.isPresent()
                    && field.get().relation().filter(ANALYTIC_ACCOUNT::equals).isPresent()) {
                return candidate;
            }
        }
        return version.atLeast(18) ? "account_id" : "analytic_account_id";
    }

    /**
     * The first of the candidate fields the model has in this database, for names that changed between
     * versions, e.g. {@code firstExistingField("res.users", "group_ids", "groups_id")}.
     *
     * @param model the model
     * @param candidates field names, preferred first
     * @return the first that exists, or empty when none does
     */
    public Optional<String> firstExistingField(String model, String... candidates) {
        ModelSchema schema =
                client.model(Objects.requireNonNull(model, "model")).fieldsGet();
        for (String candidate : candidates) {
            if (schema.has(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether display names come from {@code name_get} (Odoo 16) rather than the {@code display_name}
     * field (17 deprecates {@code name_get}, 18 removes it).
     *
     * @return {@code true} before Odoo 17
     */
    public boolean hasNameGet() {
        return !version.atLeast(17);
    }

    /**
     * The grouping method: {@code read_group} before Odoo 19, {@code formatted_read_group} from 19.
     *
     * @return the method name
     */
    public String readGroupMethod() {
        return version.atLeast(19) ? "formatted_read_group" : "read_group";
    }

    @Override
    public String toString() {
        return "OdooDialect[" + version + "]";
    }
}
