package dev.ledgerline.hub.operations;

import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.hub.audit.AuditLog;
import dev.ledgerline.hub.binding.BindingRebuild;
import dev.ledgerline.hub.odoo.Target;
import dev.ledgerline.hub.odoo.Targets;
import dev.ledgerline.hub.security.ApiPrincipal;
import dev.ledgerline.hub.sync.Flows;
import dev.ledgerline.hub.web.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/bindings/rebuild} (scope {@code admin}): the bindings of one target, or of
 * all, are read back from the references the hub wrote on Odoo's records — after the hub's database was
 * lost or restored from an older backup. Audited as {@code bindings.rebuilt}.
 */
@RestController
class BindingsController {

    private static final Logger log = LoggerFactory.getLogger(BindingsController.class);

    private final BindingRebuild rebuild;
    private final Targets targets;
    private final Flows flows;
    private final AuditLog audit;

    BindingsController(BindingRebuild rebuild, Targets targets, Flows flows, AuditLog audit) {
        this.rebuild = rebuild;
        this.targets = targets;
        this.flows = flows;
        this.audit = audit;
    }

    @PostMapping("/api/v1/admin/bindings/rebuild")
    Map<String, Object> rebuild(
            @RequestBody(required = false) Map<String, Object> body, @AuthenticationPrincipal ApiPrincipal caller) {
        String reason = Reason.of(body == null ? null : body.get("reason")).text();
        Object name = body.get("target");
        List<Target> chosen;
        if (name == null) {
            chosen = List.copyOf(targets.all());
        } else if (name instanceof String s) {
            chosen = List.of(targets.byName(s)
                    .orElseThrow(() -> new ApiException(404, ErrorCode.NOT_FOUND, "no Odoo target named " + s)));
        } else {
            throw new ApiException(400, ErrorCode.INVALID_VALUE, "target must be the name of an Odoo target");
        }
        if (chosen.isEmpty()) {
            throw new ApiException(409, ErrorCode.TARGET_UNAVAILABLE, "no Odoo target is configured");
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (Target target : chosen) {
            BindingRebuild.Result result;
            try {
                result = rebuild.rebuild(target, flows.boundModels());
            } catch (RuntimeException e) {
                log.warn("rebuild of the bindings of target {} failed: {}", target.name(), e.toString());
                throw new ApiException(
                        503,
                        ErrorCode.TARGET_UNAVAILABLE,
                        "Odoo target " + target.name() + " could not be read: "
                                + e.getClass().getSimpleName());
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("target", target.name());
            r.put("found", result.found());
            r.put("bound", result.bound());
            r.put("unknown", result.unknown());
            results.add(r);
            Map<String, Object> details = new LinkedHashMap<>(r);
            details.put("reason", reason);
            details.put(
                    "models",
                    flows.boundModels().stream()
                            .map(BindingRebuild.BoundModel::model)
                            .toList());
            audit.record(caller.actor(), "bindings.rebuilt", target.name(), details);
        }
        return Map.of("targets", results);
    }
}
