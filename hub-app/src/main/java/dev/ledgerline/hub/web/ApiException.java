package dev.ledgerline.hub.web;

import dev.ledgerline.core.validation.ErrorCode;
import java.util.List;
import java.util.Map;

/**
 * A request refused as a whole, answered as {@code {"error":{"code","message","details"}}} with
 * {@code status}. {@code headers} carries extras such as {@code Retry-After}.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final ErrorCode code;
    private final List<?> details;
    private final Map<String, String> headers;

    public ApiException(int status, ErrorCode code, String message) {
        this(status, code, message, List.of(), Map.of());
    }

    public ApiException(int status, ErrorCode code, String message, List<?> details, Map<String, String> headers) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = List.copyOf(details);
        this.headers = Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    public ErrorCode code() {
        return code;
    }

    public List<?> details() {
        return details;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
