package dev.ledgerline.odoo.sandbox.server;

import dev.ledgerline.odoo.sandbox.access.AccessRights;
import dev.ledgerline.odoo.sandbox.access.Credentials;
import dev.ledgerline.odoo.sandbox.base.Behaviours;
import dev.ledgerline.odoo.sandbox.fault.Faults;
import dev.ledgerline.odoo.sandbox.model.OdooVersion;
import dev.ledgerline.odoo.sandbox.model.Schema;
import dev.ledgerline.odoo.sandbox.model.SchemaLoader;
import dev.ledgerline.odoo.sandbox.orm.Database;
import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.Orm;
import dev.ledgerline.odoo.sandbox.seed.FreshDatabase;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The state of one sandbox server: the database, its ORM, the users' credentials, the faults to inject
 * and the call statistics. Endpoints and the Java API share it.
 */
public final class Backend {
    public static final int ADMIN_UID = 2;

    private final OdooVersion version;
    private final String database;
    private final Schema schema;
    private final Database db;
    private final Orm orm;
    private final AccessRights access = new AccessRights();
    private final Credentials credentials = new Credentials();
    private final Faults faults;
    private final CallStats stats = new CallStats();
    private final String adminApiKey;
    private volatile StateFile stateFile;
    private volatile long resets;

    public Backend(OdooVersion version, String database, Clock clock, String adminApiKey, long faultSeed) {
        this.version = version;
        this.database = database;
        this.schema = SchemaLoader.load(version, FreshDatabase.meta(), FreshDatabase.shadowModels());
        this.db = new Database(schema, clock);
        this.orm = new Orm(db);
        this.orm.access(access);
        this.orm.version(version);
        this.adminApiKey = adminApiKey;
        this.faults = new Faults(faultSeed);
        Behaviours.register(orm, this);
        reset();
    }

    /** Back to a fresh database: the seeded records only, the admin's password and API key. */
    public void reset() {
        db.locked(() -> {
            db.clear();
            FreshDatabase.load(orm);
            credentials.clear();
            credentials.password(ADMIN_UID, "admin");
            credentials.apiKey(ADMIN_UID, adminApiKey);
            stats.clear();
            resets++;
            return null;
        });
    }

    /**
     * Keeps the state in a file: loads it now when it exists (the administrator's API key of these options is
     * accepted too), and lets {@link #save()} write it.
     */
    public void persistTo(StateFile file) {
        this.stateFile = file;
        if (file.exists()) {
            file.load(this);
            credentials.apiKey(ADMIN_UID, adminApiKey);
        }
    }

    public java.util.Optional<StateFile> stateFile() {
        return java.util.Optional.ofNullable(stateFile);
    }

    /** Writes the state to the data file; the number of records written. */
    public int save() {
        StateFile file = stateFile;
        if (file == null) {
            throw new IllegalStateException("no data file: start the sandbox with one to save its state");
        }
        return file.save(this);
    }

    /** Changes so far (commits and resets), to tell whether the state changed since it was last saved. */
    public long changes() {
        return db.commits() + resets;
    }

    public OdooVersion version() {
        return version;
    }

    public String database() {
        return database;
    }

    public Schema schema() {
        return schema;
    }

    public Database db() {
        return db;
    }

    public Orm orm() {
        return orm;
    }

    public AccessRights access() {
        return access;
    }

    public Credentials credentials() {
        return credentials;
    }

    public Faults faults() {
        return faults;
    }

    public CallStats stats() {
        return stats;
    }

    public String adminApiKey() {
        return adminApiKey;
    }

    /** An environment for a user, with the companies of the context or else all the user's companies. */
    @SuppressWarnings("unchecked")
    public Env env(int uid, Map<String, Object> context) {
        Map<String, Object> user = db.row("res.users", uid);
        Object allowed = context.get("allowed_company_ids");
        List<Integer> companies;
        if (allowed instanceof List<?> list && !list.isEmpty()) {
            companies = (List<Integer>)
                    (List<?>) list.stream().map(v -> ((Number) v).intValue()).toList();
            List<Integer> userCompanies =
                    user == null ? List.of() : (List<Integer>) user.getOrDefault("company_ids", List.of());
            for (Integer company : companies) {
                if (!userCompanies.contains(company)) {
                    throw dev.ledgerline.odoo.sandbox.orm.OdooException.accessError(
                            "Access to unauthorized or invalid companies.");
                }
            }
        } else {
            companies = userCompanies(user);
        }
        return new Env(orm, uid, context, companies, false);
    }

    /**
     * Odoo's {@code env.companies} without {@code allowed_company_ids}: every company of the user, the current
     * one ({@code company_id}) first so that it stays {@code env.company}.
     */
    @SuppressWarnings("unchecked")
    private static List<Integer> userCompanies(Map<String, Object> user) {
        Object company = user == null ? null : user.get("company_id");
        int current = company == null ? 1 : ((Number) company).intValue();
        List<Integer> companies = new java.util.ArrayList<>(List.of(current));
        Object all = user == null ? null : user.get("company_ids");
        if (all instanceof List<?> list) {
            for (Object other : list) {
                int id = ((Number) other).intValue();
                if (!companies.contains(id)) {
                    companies.add(id);
                }
            }
        }
        return companies;
    }

    /** The administrator's environment in the main company, for the Java API. */
    public Env adminEnv() {
        return env(ADMIN_UID, Map.of());
    }
}
