package dev.ledgerline.odoo.sandbox.rpc;

import dev.ledgerline.odoo.sandbox.orm.OdooException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code data} of an Odoo error answer: name, debug (a traceback), message, arguments, context. */
final class ErrorPayload {
    private ErrorPayload() {}

    static Map<String, Object> of(OdooException error) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", error.name());
        data.put("debug", traceback(error));
        data.put("message", error.getMessage());
        data.put("arguments", error.arguments());
        data.put("context", error.context());
        return data;
    }

    /** A traceback in Python's shape; the sandbox has no Python frames, so it names its own call. */
    private static String traceback(OdooException error) {
        String shortName = error.name().substring(error.name().lastIndexOf('.') + 1);
        return "Traceback (most recent call last):\n  File \"odoo-sandbox\", line 1, in execute_kw\n" + shortName + ": "
                + error.getMessage() + "\n";
    }

    /** The HTTP status of a JSON-2 error, by exception kind. */
    static int json2Status(OdooException error) {
        if (error.name().startsWith("werkzeug.exceptions.")
                && error.arguments().size() == 2
                && error.arguments().get(1) instanceof Integer status) {
            return status;
        }
        return switch (error.name()) {
            case OdooException.USER_ERROR, OdooException.VALIDATION_ERROR -> 422;
            case OdooException.ACCESS_ERROR -> 403;
            case OdooException.ACCESS_DENIED -> 401;
            case OdooException.MISSING_ERROR -> 404;
            case OdooException.SERIALIZATION_FAILURE -> 409;
            default -> 500;
        };
    }
}
