package dev.ledgerline.odoo.client.internal;

import dev.ledgerline.odoo.client.OdooAccessDeniedException;
import dev.ledgerline.odoo.client.OdooAccessRightsException;
import dev.ledgerline.odoo.client.OdooConcurrencyException;
import dev.ledgerline.odoo.client.OdooException;
import dev.ledgerline.odoo.client.OdooInvalidValueException;
import dev.ledgerline.odoo.client.OdooMissingRecordException;
import dev.ledgerline.odoo.client.OdooServerException;
import dev.ledgerline.odoo.client.OdooTransportException;
import dev.ledgerline.odoo.client.OdooUnknownFieldException;
import dev.ledgerline.odoo.client.OdooUnknownMethodException;
import dev.ledgerline.odoo.client.OdooUnknownModelException;
import dev.ledgerline.odoo.client.OdooUserErrorException;
import dev.ledgerline.odoo.client.OdooValidationException;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Turns Odoo's error answers into the typed exceptions, the same way for both protocols.
 *
 * <p>The decision is made by Odoo's exception name (JSON-RPC {@code error.data.name}, JSON-2 body {@code
 * name}) and, for JSON-2 and proxies, the HTTP status. Odoo's message is read only where Odoo gives no
 * other signal, and each such case is named here:
 *
 * <ul>
 *   <li>an unknown model: {@code UserError} "Object x doesn't exist" (JSON-RPC), {@code NotFound} "the
 *       model 'x' does not exist" (JSON-2), or {@code KeyError} naming the model called;
 *   <li>an unknown method: {@code AttributeError} / {@code NotFound} "The method 'x' does not exist on
 *       the model 'y'";
 *   <li>an unknown field: {@code ValueError} starting "Invalid field";
 *   <li>the client's own user deleted since login: {@code MissingError} about {@code res.users(uid,)}
 *       for the client's uid (access denied, not a missing business record);
 *   <li>an unknown database: {@code psycopg2.OperationalError} "database … does not exist" (a
 *       configuration error like a bad password, not an outage).
 * </ul>
 */
public final class ErrorDecoder {

    private static final Set<String> ACCESS_DENIED = Set.of(
            "odoo.exceptions.AccessDenied", "odoo.http.SessionExpiredException", "werkzeug.exceptions.Unauthorized");
    private static final Set<String> CONCURRENCY = Set.of(
            "odoo.exceptions.ConcurrencyError",
            "psycopg2.errors.SerializationFailure",
            "psycopg2.errors.LockNotAvailable",
            "psycopg2.errors.DeadlockDetected",
            "psycopg2.errors.TransactionRollback",
            "psycopg2.extensions.TransactionRollbackError");
    /** Constraint violations Odoo did not already turn into a ValidationError. */
    private static final Set<String> INTEGRITY = Set.of(
            "psycopg2.IntegrityError",
            "psycopg2.errors.NotNullViolation",
            "psycopg2.errors.UniqueViolation",
            "psycopg2.errors.ForeignKeyViolation",
            "psycopg2.errors.CheckViolation",
            "psycopg2.errors.ExclusionViolation",
            "psycopg2.errors.RestrictViolation");
    /** SQLSTATE class 22, "data exception": a value the database cannot take. */
    private static final Set<String> BAD_VALUE = Set.of(
            "builtins.ValueError",
            "builtins.TypeError",
            "werkzeug.exceptions.UnprocessableEntity",
            "psycopg2.DataError",
            "psycopg2.errors.DataException",
            "psycopg2.errors.InvalidDatetimeFormat",
            "psycopg2.errors.DatetimeFieldOverflow",
            "psycopg2.errors.InvalidTextRepresentation",
            "psycopg2.errors.NumericValueOutOfRange",
            "psycopg2.errors.StringDataRightTruncation",
            "psycopg2.errors.InvalidParameterValue",
            "psycopg2.errors.InvalidBinaryRepresentation",
            "psycopg2.errors.CharacterNotInRepertoire",
            "psycopg2.errors.UntranslatableCharacter",
            "psycopg2.errors.InvalidEscapeSequence",
            "psycopg2.errors.IntervalFieldOverflow",
            "psycopg2.errors.InvalidTimeZoneDisplacementValue",
            "psycopg2.errors.DivisionByZero");

    private static final Set<String> DATABASE_OUTAGE =
            Set.of("psycopg2.OperationalError", "psycopg2.InterfaceError", "psycopg2.errors.AdminShutdown");

    private static final Pattern UNKNOWN_MODEL_RPC = Pattern.compile("^Object (\\S+) doesn't exist");
    private static final Pattern UNKNOWN_MODEL_JSON2 = Pattern.compile("^the model '([^']+)' does not exist");
    private static final Pattern UNKNOWN_METHOD = Pattern.compile("The method '[^']+' does not exist on the model");
    private static final Pattern UNKNOWN_DATABASE = Pattern.compile("database \"[^\"]*\" does not exist");

    private final List<Secret> secrets;
    private final OptionalLong uid;

    /**
     * A decoder for one connection.
     *
     * @param secrets the secrets to remove from every message
     * @param uid the connection's user id, when known (JSON-RPC)
     */
    public ErrorDecoder(List<Secret> secrets, OptionalLong uid) {
        this.secrets = List.copyOf(secrets);
        this.uid = uid;
    }

    /**
     * The same decoder for a connection whose user id is now known.
     *
     * @param knownUid the user id
     * @return a new decoder
     */
    public ErrorDecoder withUid(long knownUid) {
        return new ErrorDecoder(secrets, OptionalLong.of(knownUid));
    }

    /**
     * Decodes a JSON-RPC {@code error} object (always HTTP 200).
     *
     * @param error the {@code error} member of the answer
     * @param model the model called, or {@code null}
     * @param method the method called
     * @return the typed exception
     */
    public OdooException fromJsonRpc(JsonNode error, String model, String method) {
        JsonNode data = error.path("data");
        int code = error.path("code").asInt(0);
        String name = data.path("name").asString("");
        String message = data.has("message")
                ? data.path("message").asString("")
                : error.path("message").asString("");
        if (code == 100 && name.isEmpty()) {
            name = "odoo.http.SessionExpiredException";
        }
        return decode(name, message, model, method, 0, code, data.path("context"));
    }

    /**
     * Decodes a JSON-2 error: its status and body {@code {name, message, arguments, context, debug}}.
     *
     * @param status the HTTP status
     * @param body the JSON body
     * @param model the model called
     * @param method the method called
     * @return the typed exception
     */
    public OdooException fromJson2(int status, JsonNode body, String model, String method) {
        return decode(
                body.path("name").asString(""),
                body.path("message").asString(""),
                model,
                method,
                status,
                0,
                body.path("context"));
    }

    /**
     * Decodes an answer that is not Odoo's JSON: a proxy's 502, an HTML 404, Odoo's 400 "Invalid JSON
     * data", a login page.
     *
     * @param status the HTTP status
     * @param body the body text (only its start is kept)
     * @param model the model called, or {@code null}
     * @param method the method called
     * @return the typed exception
     */
    public OdooException fromHttp(int status, String body, String model, String method) {
        String snippet = redact(firstLine(body));
        return switch (status) {
            case 429, 503 ->
                new OdooTransportException(
                        "http." + status, "Odoo is unavailable: " + snippet, model, method, status, false, null);
            case 502, 504 ->
                new OdooTransportException(
                        "http." + status,
                        "a proxy got no answer from Odoo: " + snippet,
                        model,
                        method,
                        status,
                        true,
                        null);
            case 401 -> new OdooAccessDeniedException("http.401", snippet, model, method, status, null);
            case 404 ->
                new OdooServerException(
                        "http.404",
                        "no such endpoint (is this Odoo, and does its version offer this protocol?): " + snippet,
                        model,
                        method,
                        status,
                        null,
                        false);
            default ->
                new OdooServerException(
                        "http." + status,
                        status == 200 ? "the answer is not Odoo's JSON: " + snippet : snippet,
                        model,
                        method,
                        status,
                        null,
                        false);
        };
    }

    private OdooException decode(
            String name, String rawMessage, String model, String method, int status, int code, JsonNode context) {
        String message = redact(rawMessage);
        JsonNode errorContext = context.isObject() ? context : null;
        if (ACCESS_DENIED.contains(name) || code == 100 || status == 401 || isOwnUserMissing(name, message)) {
            return new OdooAccessDeniedException(name, message, model, method, status, errorContext);
        }
        if (name.equals("psycopg2.OperationalError")
                && UNKNOWN_DATABASE.matcher(message).find()) {
            return new OdooAccessDeniedException(name, message, model, method, status, errorContext);
        }
        if (name.equals("odoo.exceptions.AccessError") || status == 403) {
            return new OdooAccessRightsException(name, message, model, method, status, errorContext);
        }
        if (name.equals("odoo.exceptions.MissingError")) {
            return new OdooMissingRecordException(name, message, model, method, status, errorContext);
        }
        if (CONCURRENCY.contains(name) || status == 409) {
            return new OdooConcurrencyException(name, message, model, method, status, errorContext);
        }
        if (name.equals("odoo.exceptions.ValidationError") || INTEGRITY.contains(name)) {
            return new OdooValidationException(name, message, model, method, status, errorContext);
        }
        if (isUnknownModel(name, message, model)) {
            return new OdooUnknownModelException(name, message, model, method, status, errorContext);
        }
        if ((name.equals("builtins.AttributeError") || name.equals("werkzeug.exceptions.NotFound"))
                && UNKNOWN_METHOD.matcher(message).find()) {
            return new OdooUnknownMethodException(name, message, model, method, status, errorContext);
        }
        if (name.equals("builtins.ValueError") && message.startsWith("Invalid field")) {
            return new OdooUnknownFieldException(name, message, model, method, status, errorContext);
        }
        if (name.equals("odoo.exceptions.UserError") || name.equals("odoo.exceptions.RedirectWarning")) {
            return new OdooUserErrorException(name, message, model, method, status, errorContext);
        }
        if (BAD_VALUE.contains(name)) {
            return new OdooInvalidValueException(name, message, model, method, status, errorContext);
        }
        if (status == 422) {
            // JSON-2 answers 422 for any UserError subclass an addon defines
            return new OdooUserErrorException(name, message, model, method, status, errorContext);
        }
        if (status == 429 || status == 502 || status == 503 || status == 504) {
            return new OdooTransportException(
                    name, message, model, method, status, status != 503 && status != 429, null);
        }
        return new OdooServerException(
                name, message, model, method, status, errorContext, DATABASE_OUTAGE.contains(name));
    }

    private boolean isOwnUserMissing(String name, String message) {
        return name.equals("odoo.exceptions.MissingError")
                && uid.isPresent()
                && message.contains("(Record: res.users(" + uid.getAsLong() + ",), User: " + uid.getAsLong() + ")");
    }

    private static boolean isUnknownModel(String name, String message, String model) {
        if (model == null) {
            return false;
        }
        Matcher matcher = switch (name) {
            case "odoo.exceptions.UserError" -> UNKNOWN_MODEL_RPC.matcher(message);
            case "werkzeug.exceptions.NotFound" -> UNKNOWN_MODEL_JSON2.matcher(message);
            case "builtins.KeyError" -> Pattern.compile("^'?([^']+)'?$").matcher(message.strip());
            default -> null;
        };
        return matcher != null && matcher.find() && matcher.group(1).equals(model);
    }

    private String redact(String text) {
        String result = text;
        for (Secret secret : secrets) {
            result = secret.redact(result);
        }
        return result;
    }

    private static String firstLine(String body) {
        String text = body == null ? "" : body.strip();
        int newline = text.indexOf('\n');
        if (newline >= 0) {
            text = text.substring(0, newline).strip();
        }
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
