package dev.ledgerline.odoo.sandbox.base;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.ModelMethod;
import dev.ledgerline.odoo.sandbox.orm.Values;
import dev.ledgerline.odoo.sandbox.server.Backend;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code res.users}: each user has a partner and a password (kept in the credentials, never stored). The
 * group fields of the user form ({@code in_group_N}, {@code sel_groups_N_M}) are not stored: as in Odoo,
 * values given for them become {@code groups_id} commands unless {@code groups_id} itself is given, and they
 * take no defaults on create.
 */
final class UserBehaviour implements ModelBehaviour {
    /** {@code base.group_user}. */
    private static final int INTERNAL_USER_GROUP = 1;

    private static final String DEFAULT_LANGUAGE = "en_US";
    private static final Set<String> INSTALLED_LANGUAGES = Set.of(DEFAULT_LANGUAGE);

    private final Backend backend;

    UserBehaviour(Backend backend) {
        this.backend = backend;
    }

    @Override
    public String model() {
        return "res.users";
    }

    @Override
    public Set<String> systemFields() {
        return Set.of("partner_id");
    }

    @Override
    public Set<String> ignoredFields() {
        Set<String> ignored = new HashSet<>(Set.of("password", "new_password"));
        backend.schema().require(model()).fields().keySet().stream()
                .filter(UserBehaviour::isGroupField)
                .forEach(ignored::add);
        return ignored;
    }

    private static boolean isGroupField(String name) {
        return name.startsWith("in_group_") || name.startsWith("sel_groups_");
    }

    /** Odoo's reified group values as {@code groups_id} commands: unlink what is unset, link what is set. */
    private void groupFieldsToCommands(Env env, Map<String, Object> given) {
        List<Integer> add = new ArrayList<>();
        List<Integer> remove = new ArrayList<>();
        for (Map.Entry<String, Object> entry : given.entrySet()) {
            String name = entry.getKey();
            if (name.startsWith("in_group_")) {
                int group = Integer.parseInt(name.substring("in_group_".length()));
                (Values.truthy(entry.getValue()) ? add : remove).add(group);
            } else if (name.startsWith("sel_groups_")) {
                for (String id : name.substring("sel_groups_".length()).split("_")) {
                    remove.add(Integer.parseInt(id));
                }
                Integer chosen = Values.id(entry.getValue());
                if (chosen != null) {
                    add.add(chosen);
                }
            }
        }
        String groupsField = env.db().schema().fieldName(model(), "groups_id");
        if (given.containsKey(groupsField) || (add.isEmpty() && remove.isEmpty())) {
            return;
        }
        Set<Integer> kept = backend.access().groups().closure(add);
        List<Object> commands = new ArrayList<>();
        remove.stream().filter(id -> !kept.contains(id)).forEach(id -> commands.add(List.of(3, id)));
        add.forEach(id -> commands.add(List.of(4, id)));
        given.put(groupsField, commands);
    }

    private String pendingPassword;

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        if (values.get("partner_id") == null) {
            // A user's own partner belongs to no company, as in Odoo.
            Map<String, Object> partner = new HashMap<>();
            partner.put("name", values.get("name"));
            partner.put("email", values.get("email"));
            values.put("partner_id", env.sudo().records("res.partner").create(partner));
        }
        values.putIfAbsent("active", true);
    }

    /** Keeps the password the caller sent; it is never stored with the user. */
    @Override
    public void receive(Env env, Map<String, Object> given) {
        groupFieldsToCommands(env, given);
        Object password = given.get("password");
        pendingPassword = password == null || Boolean.FALSE.equals(password) ? null : String.valueOf(password);
    }

    @Override
    public void afterCreate(Env env, int id) {
        withImpliedGroups(env, id);
        if (pendingPassword != null) {
            backend.credentials().password(id, pendingPassword);
            pendingPassword = null;
        }
    }

    @Override
    public void afterWrite(Env env, List<Integer> ids, Set<String> fields) {
        if (fields.contains(env.db().schema().fieldName(model(), "groups_id"))) {
            ids.forEach(id -> withImpliedGroups(env, id));
        }
        if (pendingPassword != null) {
            ids.forEach(id -> backend.credentials().password(id, pendingPassword));
            pendingPassword = null;
        }
    }

    /**
     * Gives the user every group its groups imply, as Odoo links them, and derives {@code share}: a user
     * outside the internal users' group is a portal or public (shared) user.
     */
    @SuppressWarnings("unchecked")
    private void withImpliedGroups(Env env, int id) {
        String groupsField = env.db().schema().fieldName(model(), "groups_id");
        Object stored = env.db().row(model(), id).get(groupsField);
        List<Integer> direct = stored == null ? List.of() : (List<Integer>) stored;
        List<Integer> all =
                backend.access().groups().sorted(backend.access().groups().closure(direct));
        env.db().set(model(), id, groupsField, all);
        env.db().set(model(), id, "share", !all.contains(INTERNAL_USER_GROUP));
    }

    /** The user form's group fields, read from {@code groups_id} as Odoo's {@code _add_reified_groups} does. */
    @Override
    @SuppressWarnings("unchecked")
    public Object compute(Env env, Map<String, Object> row, String field) {
        if (!isGroupField(field)) {
            return NOT_COMPUTED;
        }
        Object stored = row.get(env.db().schema().fieldName(model(), "groups_id"));
        Set<Integer> groups = stored == null ? Set.of() : new HashSet<>((List<Integer>) stored);
        if (field.startsWith("in_group_")) {
            return groups.contains(Integer.parseInt(field.substring("in_group_".length())));
        }
        List<Integer> choices = new ArrayList<>();
        for (String id : field.substring("sel_groups_".length()).split("_")) {
            choices.add(Integer.parseInt(id));
        }
        // The most implying choice comes last, as Odoo sorts a selection's groups by what they imply.
        choices.sort(java.util.Comparator.comparingLong(g -> choices.stream()
                .filter(o -> backend.access().groups().implies(g, o))
                .count()));
        List<Integer> selected = choices.stream().filter(groups::contains).toList();
        if (selected.contains(INTERNAL_USER_GROUP)) {
            return INTERNAL_USER_GROUP;
        }
        return selected.isEmpty() ? null : selected.getLast();
    }

    @Override
    public Map<String, ModelMethod> methods() {
        return Map.of("context_get", (env, call) -> context(env));
    }

    @Override
    public Set<String> modelMethods() {
        return Set.of("context_get");
    }

    /**
     * {@code context_get}: the caller's language (English when the user's is not installed, and a fresh
     * database has English only), time zone and uid, as a client's calls carry them.
     */
    private static Map<String, Object> context(Env env) {
        Map<String, Object> user = env.db().row("res.users", env.uid());
        Map<String, Object> partner = user == null ? null : env.row("res.partner", Values.id(user.get("partner_id")));
        Map<String, Object> context = new LinkedHashMap<>();
        Object lang = partner == null ? null : partner.get("lang");
        context.put("lang", INSTALLED_LANGUAGES.contains(lang) ? lang : DEFAULT_LANGUAGE);
        Object tz = partner == null ? null : partner.get("tz");
        context.put("tz", tz == null ? Boolean.FALSE : tz);
        context.put("uid", env.uid());
        return context;
    }

    @Override
    public String displayName(Env env, Map<String, Object> row) {
        Object partner = row.get("partner_id");
        return partner == null ? null : env.orm().displayName(env, "res.partner", ((Number) partner).intValue());
    }
}
