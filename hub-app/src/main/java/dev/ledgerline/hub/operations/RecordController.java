package dev.ledgerline.hub.operations;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.hub.binding.ExternalReference;
import dev.ledgerline.hub.ledger.RecordView;
import dev.ledgerline.hub.ledger.RecordViewRepository;
import dev.ledgerline.hub.odoo.Target;
import dev.ledgerline.hub.odoo.Targets;
import dev.ledgerline.hub.security.ApiPrincipal;
import dev.ledgerline.hub.sync.Flows;
import dev.ledgerline.hub.web.ApiException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/records/{source}/{type}/{externalId}}: the ledger's record completed with its Odoo
 * binding (reference and link); the external id may contain slashes.
 */
@RestController
class RecordController {

    private final RecordViewRepository records;
    private final Targets targets;
    private final Flows flows;

    RecordController(RecordViewRepository records, Targets targets, Flows flows) {
        this.records = records;
        this.targets = targets;
        this.flows = flows;
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
        RecordKey key = RecordKey.of(source, recordType, id);
        RecordView found = records.find(key)
                .orElseThrow(() ->
                        new ApiException(404, ErrorCode.NOT_FOUND, "no record " + source + ":" + type + ":" + id));
        List<RecordView.Binding> bindings =
                found.bindings().stream().map(b -> complete(key, b)).toList();
        return found.withOdoo(bindings, flows.keptInHub(recordType));
    }

    private RecordView.Binding complete(RecordKey key, RecordView.Binding b) {
        String url = targets.byName(b.target())
                .map(Target::url)
                .map(base -> formLink(base, b.odooModel(), b.odooId()))
                .orElse(null);
        return new RecordView.Binding(b.target(), b.odooModel(), b.odooId(), ExternalReference.valueOf(key), url);
    }

    /** The record's form in Odoo's web client (the hash route every version since 14 understands). */
    private static String formLink(String base, String model, long id) {
        String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return root + "/web#model=" + model + "&id=" + id + "&view_type=form";
    }
}
