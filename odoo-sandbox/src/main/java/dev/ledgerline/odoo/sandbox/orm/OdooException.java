package dev.ledgerline.odoo.sandbox.orm;

import java.util.List;
import java.util.Map;

/**
 * An error as Odoo raises it: the Python exception's qualified name ({@code data.name} of the JSON-RPC
 * answer), its message and the context Odoo attaches (e.g. {@code suggested_company}).
 */
public final class OdooException extends RuntimeException {
    public static final String USER_ERROR = "odoo.exceptions.UserError";
    public static final String VALIDATION_ERROR = "odoo.exceptions.ValidationError";
    public static final String ACCESS_ERROR = "odoo.exceptions.AccessError";
    public static final String ACCESS_DENIED = "odoo.exceptions.AccessDenied";
    public static final String MISSING_ERROR = "odoo.exceptions.MissingError";
    public static final String VALUE_ERROR = "builtins.ValueError";
    public static final String KEY_ERROR = "builtins.KeyError";
    public static final String TYPE_ERROR = "builtins.TypeError";
    public static final String SERIALIZATION_FAILURE = "psycopg2.errors.SerializationFailure";

    private final String name;
    private final Map<String, Object> context;
    private final List<Object> arguments;

    public OdooException(String name, String message) {
        this(name, message, Map.of());
    }

    public OdooException(String name, String message, Map<String, Object> context) {
        this(name, message, context, List.of(message));
    }

    private OdooException(String name, String message, Map<String, Object> context, List<Object> arguments) {
        super(message, null, false, false);
        this.name = name;
        this.context = Map.copyOf(context);
        this.arguments = List.copyOf(arguments);
    }

    /**
     * An HTTP error of werkzeug as Odoo 19's JSON-2 serializes it: {@code werkzeug.exceptions.<name>}, the
     * description as the message, and the description and the status as the arguments.
     */
    public static OdooException http(String name, int status, String description) {
        return new OdooException("werkzeug.exceptions." + name, description, Map.of(), List.of(description, status));
    }

    public static OdooException userError(String message) {
        return new OdooException(USER_ERROR, message);
    }

    public static OdooException validationError(String message) {
        return new OdooException(VALIDATION_ERROR, message);
    }

    public static OdooException valueError(String message) {
        return new OdooException(VALUE_ERROR, message);
    }

    public static OdooException accessDenied() {
        return new OdooException(ACCESS_DENIED, "Access Denied");
    }

    public static OdooException accessError(String message) {
        return new OdooException(ACCESS_ERROR, message);
    }

    /** Odoo's answer for a record that does not exist (or no longer). */
    public static OdooException missing(String model, Iterable<Integer> ids, int uid) {
        return new OdooException(
                MISSING_ERROR,
                "Record does not exist or has been deleted.\n(Record: " + model + PythonRepr.idTuple(ids) + ", User: "
                        + uid + ")");
    }

    /** The translation of a PostgreSQL NOT NULL violation. */
    public static OdooException mandatoryFieldNotSet(
            String modelDescription, String model, String label, String field) {
        return validationError("The operation cannot be completed:\n- Create/update: a mandatory field is not set.\n"
                + "- Delete: another model requires the record being deleted. If possible, archive it instead.\n\n"
                + "Model: " + modelDescription + " (" + model + ")\nField: " + label + " (" + field + ")\n");
    }

    /** The translation of a PostgreSQL foreign key violation. */
    public static OdooException foreignKey(String modelDescription, String model, String constraint) {
        return validationError(
                "The operation cannot be completed: another model requires the record being deleted. If possible, archive it instead.\n\n"
                        + "Model: " + modelDescription + " (" + model + ")\nConstraint: " + constraint + "\n");
    }

    public String name() {
        return name;
    }

    public Map<String, Object> context() {
        return context;
    }

    /** The exception's {@code args}, as {@code data.arguments} shows them. */
    public List<Object> arguments() {
        return arguments;
    }
}
