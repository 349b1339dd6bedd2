package dev.ledgerline.hub.security;

import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.hub.web.ErrorBody;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes 401 and 403 answers in the error shape, before any controller runs. */
@Component
class ErrorWriter {

    private final JsonMapper json;

    ErrorWriter(JsonMapper json) {
        this.json = json;
    }

    void unauthenticated(HttpServletResponse response, String message) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(response, 401, ErrorCode.UNAUTHENTICATED, message);
    }

    void forbidden(HttpServletResponse response, String message) throws IOException {
        write(response, 403, ErrorCode.FORBIDDEN, message);
    }

    private void write(HttpServletResponse response, int status, ErrorCode code, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ErrorBody.of(code, message, List.of()));
    }
}
