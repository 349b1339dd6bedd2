package dev.ledgerline.odoo.sandbox.orm;

import dev.ledgerline.odoo.sandbox.model.ModelSpec;
import dev.ledgerline.odoo.sandbox.model.OdooVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The generic ORM over the {@link Database}: the public methods every Odoo model has, plus the business
 * methods of the registered {@link ModelBehaviour}s.
 */
public final class Orm {
    private static final ModelBehaviour GENERIC = () -> "";

    private final Database db;
    private final Map<String, ModelBehaviour> behaviours = new HashMap<>();
    private final java.util.Set<String> seededShadows = new java.util.HashSet<>();
    private final Map<String, Map<String, Object>> defaults = new HashMap<>();
    private AccessPolicy access = AccessPolicy.NONE;
    private OdooVersion version = OdooVersion.V18;

    public Orm(Database db) {
        this.db = db;
    }

    /** The version whose method lookup (and its errors) the ORM follows. */
    public void version(OdooVersion version) {
        this.version = version;
    }

    public OdooVersion version() {
        return version;
    }

    public Database db() {
        return db;
    }

    public void register(ModelBehaviour behaviour) {
        behaviours.put(behaviour.model(), behaviour);
    }

    public void access(AccessPolicy policy) {
        this.access = policy;
    }

    /** Marks a shadow model as holding the records of a fresh database, so ids pointing to it are checked. */
    public void seededShadow(String model, boolean seeded) {
        if (seeded) {
            seededShadows.add(model);
        }
    }

    boolean seededShadow(String model) {
        return seededShadows.contains(model);
    }

    /** Whether ids pointing to the model can be checked for existence. */
    boolean seededOrReal(String model) {
        return !db.schema().require(model).shadow() || seededShadows.contains(model);
    }

    /** The static defaults of a model ({@code default_get} of a fresh database). */
    public void defaults(String model, Map<String, Object> values) {
        defaults.put(model, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values)));
    }

    Map<String, Object> defaults(String model) {
        return defaults.getOrDefault(model, Map.of());
    }

    public AccessPolicy access(Env env) {
        return env.superuser() ? AccessPolicy.NONE : access;
    }

    public ModelBehaviour behaviour(String model) {
        return behaviours.getOrDefault(model, GENERIC);
    }

    public Optional<ModelSpec> model(String name) {
        return db.schema().model(name);
    }

    /** The model, or Odoo's UserError for an unknown one. */
    public ModelSpec requireModel(String name) {
        return db.schema()
                .model(name)
                .filter(spec -> !spec.shadow())
                .orElseThrow(() -> OdooException.userError("Object " + name + " doesn't exist"));
    }

    public Records records(Env env, String model) {
        return new Records(env, requireKnown(model));
    }

    private ModelSpec requireKnown(String model) {
        return db.schema()
                .model(model)
                .orElseThrow(() -> OdooException.userError("Object " + model + " doesn't exist"));
    }

    /** Calls a model method over RPC: an ORM method or a business method of the model. */
    public Object call(Env env, Call call) {
        ModelSpec model = requireModel(call.model());
        ModelMethod business = behaviour(model.name()).methods().get(call.method());
        if (business != null) {
            return business.call(env, call);
        }
        return new OrmMethods(env, model).call(call);
    }

    /** Whether a public method works on the model rather than on records ({@code @api.model}). */
    public boolean modelMethod(String model, String method) {
        return OrmMethods.MODEL_NAMES.contains(method)
                || behaviour(model).modelMethods().contains(method);
    }

    /**
     * Refuses a method that cannot be called remotely, as Odoo looks it up before calling it: a private name
     * is an AccessError, a method the model lacks an AttributeError (worded by version).
     */
    public void checkPublicMethod(String model, String method) {
        if (method.startsWith("_")) {
            throw OdooException.accessError(
                    version.major() >= 19
                            ? "Private methods (such as '" + model + "." + method + "') cannot be called remotely."
                            : "Private methods (such as " + method + ") cannot be called remotely.");
        }
        if (!behaviour(model).methods().containsKey(method) && !OrmMethods.NAMES.contains(method)) {
            throw new OdooException(
                    "builtins.AttributeError",
                    version.major() >= 19
                            ? "The method '" + model + "." + method + "' does not exist"
                            : "The method '" + method + "' does not exist on the model '" + model + "'");
        }
    }

    /** Searches without access checks, as Odoo's domain engine does for sub-queries. */
    List<Integer> search(Env env, String model, Domain domain, boolean activeTest) {
        return new Searching(env, db.schema().require(model)).ids(domain, activeTest && env.activeTest(), false);
    }

    public String displayName(Env env, String model, int id) {
        Map<String, Object> row = db.row(model, id);
        if (row == null) {
            return "";
        }
        return Reading.displayName(env, db.schema().require(model), row);
    }

    List<Integer> nameSearchIds(Env env, String model, String name) {
        List<Integer> ids = new ArrayList<>();
        ModelSpec spec = db.schema().require(model);
        for (Map<String, Object> row : db.rows(model)) {
            if (Reading.displayName(env, spec, row).toLowerCase().contains(name.toLowerCase())) {
                ids.add((Integer) row.get("id"));
            }
        }
        return ids;
    }
}
