package dev.ledgerline.odoo.sandbox.access;

import dev.ledgerline.odoo.sandbox.orm.AccessPolicy;
import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Odoo's access control lists ({@code ir.model.access}) of the recorded server, the fields reserved to
 * groups, and the multi-company record rules.
 */
public final class AccessRights implements AccessPolicy {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Fields {@code fields_get} hides from the administrator because they need a group he lacks. */
    private static final Map<String, Integer> FIELD_GROUPS = Map.of("project.project.stage_id", 43);

    private final Map<String, Map<String, Set<Integer>>> acl = new HashMap<>();
    private final Groups groups;
    private final CompanyRules companies = new CompanyRules();

    public AccessRights() {
        JsonNode recorded = read();
        for (Map.Entry<String, JsonNode> model : recorded.get("acl").properties()) {
            Map<String, Set<Integer>> ops = new HashMap<>();
            for (Map.Entry<String, JsonNode> op : model.getValue().properties()) {
                Set<Integer> ids = new TreeSet<>();
                op.getValue().forEach(n -> ids.add(n.asInt()));
                ops.put(op.getKey(), ids);
            }
            acl.put(model.getKey(), ops);
        }
        this.groups = new Groups(recorded.get("groups"));
    }

    public Groups groups() {
        return groups;
    }

    @Override
    public void checkModel(Env env, String model, Operation operation) {
        Map<String, Set<Integer>> ops = acl.get(model);
        if (ops == null) {
            return;
        }
        Set<Integer> allowed = ops.getOrDefault(operation.odooName(), Set.of());
        if (allowed.contains(0)) {
            return;
        }
        Set<Integer> userGroups = groups.of(env);
        for (Integer group : allowed) {
            if (userGroups.contains(group)) {
                return;
            }
        }
        throw OdooException.accessError(modelMessage(env, model, operation, allowed));
    }

    private String modelMessage(Env env, String model, Operation operation, Set<Integer> allowed) {
        String verb = switch (operation) {
            case READ -> "access";
            case WRITE -> "modify";
            case CREATE -> "create";
            case UNLINK -> "delete";
        };
        String description = env.db().schema().require(model).description();
        StringBuilder message = new StringBuilder(
                "You are not allowed to " + verb + " '" + description + "' (" + model + ") records.\n\n");
        List<String> names = new ArrayList<>();
        for (Integer group : allowed) {
            names.add(groups.name(group).replace(" / ", "/"));
        }
        if (names.isEmpty()) {
            message.append("No group currently allows this operation.\n\n");
        } else {
            message.append("This operation is allowed for the following groups:\n");
            for (String name : names) {
                message.append("\t- ").append(name).append('\n');
            }
            message.append('\n');
        }
        return message.append("Contact your administrator to request access if necessary.")
                .toString();
    }

    @Override
    public void checkFields(Env env, String model, Collection<String> fields, Operation operation) {
        List<String> denied = new ArrayList<>();
        Set<Integer> userGroups = groups.of(env);
        for (String field : fields) {
            Integer group = FIELD_GROUPS.get(model + "." + field);
            if (group != null && !userGroups.contains(group)) {
                denied.add(field);
            }
        }
        if (denied.isEmpty()) {
            return;
        }
        String description = env.db().schema().require(model).description();
        StringBuilder message = new StringBuilder("You do not have enough rights to access the fields \""
                + String.join(",", denied) + "\" on " + description + " (" + model
                + "). Please contact your system administrator.\n\nOperation: " + operation.odooName() + "\nUser: "
                + env.uid() + "\nFields:");
        for (String field : denied) {
            message.append("\n- ")
                    .append(field)
                    .append(" (allowed for groups '")
                    .append(groups.name(FIELD_GROUPS.get(model + "." + field)))
                    .append("')");
        }
        throw OdooException.accessError(message.toString());
    }

    @Override
    public boolean visible(Env env, String model, Map<String, Object> row) {
        return companies.visible(env, model, row);
    }

    @Override
    public void checkRecord(Env env, String model, Map<String, Object> row, Operation operation) {
        companies.check(env, model, row, operation);
    }

    private static JsonNode read() {
        try (InputStream in = AccessRights.class.getResourceAsStream("access-18.0.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
