package dev.ledgerline.hub.ledger;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.hub.security.ApiPrincipal;
import dev.ledgerline.hub.web.ApiException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/records/{source}/{type}/{externalId}}; the external id may contain slashes. */
@RestController
class RecordController {

    private final RecordViewRepository records;

    RecordController(RecordViewRepository records) {
        this.records = records;
    }

    @GetMapping("/api/v1/records/{source}/{type}/{*externalId}")
    RecordView get(
            @PathVariable String source,
            @PathVariable String type,
            @PathVariable String externalId,
            @AuthenticationPrincipal ApiPrincipal caller) {
        if (!caller.mayRead(source)) {
            throw new ApiException(403, ErrorCode.FORBIDDEN, "the token may not read records of " + source);
        }
        String id = externalId.startsWith("/") ? externalId.substring(1) : externalId;
        RecordType recordType = RecordType.fromWire(type)
                .orElseThrow(() -> new ApiException(404, ErrorCode.NOT_FOUND, "unknown record type " + type));
        if (id.isBlank()) {
            throw new ApiException(404, ErrorCode.NOT_FOUND, "no record id given");
        }
        return records.find(RecordKey.of(source, recordType, id))
                .orElseThrow(() ->
                        new ApiException(404, ErrorCode.NOT_FOUND, "no record " + source + ":" + type + ":" + id));
    }
}
