package dev.ledgerline.hub.billing;

import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.hub.web.ApiException;
import java.util.List;
import java.util.Map;

/** A billing request refused as a whole (an unknown contract or entity, a refused approval), with its code. */
public class BillingRequestException extends ApiException {

    public BillingRequestException(int status, ErrorCode code, String message, List<?> details) {
        super(status, code, message, details, Map.of());
    }

    public BillingRequestException(int status, ErrorCode code, String message) {
        this(status, code, message, List.of());
    }
}
