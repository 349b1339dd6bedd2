package dev.ledgerline.odoo.sandbox.server;

import dev.ledgerline.odoo.sandbox.orm.Call;
import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON-RPC services {@code common}, {@code db} and {@code object}, with Odoo's argument handling. */
public final class Services {
    private final Backend backend;

    public Services(Backend backend) {
        this.backend = backend;
    }

    public Object dispatch(String service, String method, List<Object> args) {
        return switch (service) {
            case "common" -> common(method, args);
            case "db" -> db(method);
            case "object" -> object(method, args);
            default -> throw new OdooException("builtins.KeyError", PythonReprs.quote(service));
        };
    }

    private Object common(String method, List<Object> args) {
        return switch (method) {
            case "version" -> version();
            case "about" -> "See http://openerp.com";
            case "login" -> login(arg(args, 0), arg(args, 1), arg(args, 2));
            case "authenticate" -> login(arg(args, 0), arg(args, 1), arg(args, 2));
            default -> throw new OdooException("builtins.NameError", "Method not available " + method);
        };
    }

    public Map<String, Object> version() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("server_version", backend.version().serverVersion());
        out.put("server_version_info", backend.version().serverVersionInfo());
        out.put("server_serie", backend.version().serverSerie());
        out.put("protocol_version", 1);
        return out;
    }

    private Object db(String method) {
        return switch (method) {
            case "list" -> List.of(backend.database());
            case "server_version" -> backend.version().serverVersion();
            default -> throw new OdooException("builtins.KeyError", PythonReprs.quote("exp_" + method));
        };
    }

    private Object login(Object db, Object login, Object password) {
        checkDatabase(db);
        return backend.db().locked(() -> {
            for (Map<String, Object> user : backend.db().rows("res.users")) {
                if (login != null && login.equals(user.get("login")) && Values.truthy(user.get("active"))) {
                    int uid = (Integer) user.get("id");
                    return backend.credentials().accepts(uid, String.valueOf(password)) ? (Object) uid : Boolean.FALSE;
                }
            }
            return Boolean.FALSE;
        });
    }

    public void checkDatabase(Object db) {
        if (!backend.database().equals(db)) {
            throw new OdooException(
                    "psycopg2.OperationalError",
                    "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  database \"" + db
                            + "\" does not exist\n");
        }
    }

    @SuppressWarnings("unchecked")
    private Object object(String method, List<Object> args) {
        Object db = arg(args, 0);
        Object uidArg = argOrIndexError(args, 1);
        Object password = argOrIndexError(args, 2);
        if (!method.equals("execute") && !method.equals("execute_kw")) {
            throw new OdooException("builtins.NameError", "Method not available " + method);
        }
        checkDatabase(db);
        int uid = Values.id(uidArg);
        if (args.size() < 5) {
            throw new OdooException(OdooException.TYPE_ERROR, "execute_kw() missing required positional arguments");
        }
        String model = String.valueOf(args.get(3));
        String name = String.valueOf(args.get(4));
        List<Object> callArgs;
        Map<String, Object> kwargs;
        if (method.equals("execute_kw")) {
            callArgs = args.size() > 5 && args.get(5) instanceof List<?> l ? (List<Object>) l : List.of();
            kwargs = args.size() > 6 && args.get(6) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        } else {
            callArgs = args.subList(5, args.size());
            kwargs = Map.of();
        }
        return execute(uid, String.valueOf(password), model, name, callArgs, kwargs);
    }

    /** One model call as user {@code uid}, authenticated by password or API key, in one transaction. */
    @SuppressWarnings("unchecked")
    public Object execute(
            int uid, String secret, String model, String method, List<Object> args, Map<String, Object> kwargs) {
        backend.stats().call(model + "." + method);
        return backend.db().transaction(() -> {
            authenticate(uid, secret);
            Map<String, Object> context =
                    kwargs.get("context") instanceof Map<?, ?> c ? (Map<String, Object>) c : Map.of();
            Map<String, Object> rest = new LinkedHashMap<>(kwargs);
            rest.remove("context");
            Env env = backend.env(uid, context);
            return backend.orm().call(env, new Call(model, method, args, rest));
        });
    }

    /** Checks a user's password or API key as Odoo does before every call. */
    public void authenticate(int uid, String secret) {
        Map<String, Object> user = backend.db().row("res.users", uid);
        if (user == null) {
            throw OdooException.missing("res.users", List.of(uid), uid);
        }
        if (!Values.truthy(user.get("active")) || !backend.credentials().accepts(uid, secret)) {
            throw OdooException.accessDenied();
        }
    }

    private static Object arg(List<Object> args, int index) {
        return index < args.size() ? args.get(index) : null;
    }

    private static Object argOrIndexError(List<Object> args, int index) {
        if (index >= args.size()) {
            throw new OdooException("builtins.IndexError", "list index out of range");
        }
        return args.get(index);
    }

    /** Python quoting for the few messages that show a key. */
    static final class PythonReprs {
        private PythonReprs() {}

        static String quote(String value) {
            return "'" + value + "'";
        }
    }
}
