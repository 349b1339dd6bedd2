package dev.ledgerline.hub.sync;

import dev.ledgerline.hub.binding.ExternalReference;
import dev.ledgerline.hub.odoo.Target;
import dev.ledgerline.hub.sync.SyncProperties.ReferenceFields;
import dev.ledgerline.odoo.client.Domain;
import dev.ledgerline.odoo.client.OdooAccessRightsException;
import dev.ledgerline.odoo.client.OdooException;
import dev.ledgerline.odoo.client.OdooTransportException;
import dev.ledgerline.odoo.client.OdooUnknownModelException;
import dev.ledgerline.odoo.client.OdooUserErrorException;
import dev.ledgerline.odoo.client.Page;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, once per target and model, where the hub's references go (docs/adr/0600): {@code ref} as the
 * mapping says; {@code x_ledgerline_ref} when the model has it, or after adding it (an {@code
 * ir.model.fields} create with the integration user's admin rights); external ids when the setting says
 * so or when the target cannot hold custom fields. A transport failure decides nothing: the batch is
 * retried and asks again.
 */
final class ReferenceStores {

    private static final Logger log = LoggerFactory.getLogger(ReferenceStores.class);

    private final ReferenceFields setup;
    private final Map<String, ReferenceStore> decided = new ConcurrentHashMap<>();

    ReferenceStores(ReferenceFields setup) {
        this.setup = setup;
    }

    ReferenceStore of(Target target, String model, ExternalReference reference) {
        if (reference.field().equals("ref")) {
            return new ReferenceStore.OnRecord("ref");
        }
        return decided.computeIfAbsent(
                target.name() + '\u0000' + model + '\u0000' + reference.field(), k -> decide(target, model, reference));
    }

    private ReferenceStore decide(Target target, String model, ExternalReference reference) {
        String field = reference.field();
        if (hasField(target, model, field)) {
            return new ReferenceStore.OnRecord(field);
        }
        if (setup == ReferenceFields.MODEL_DATA) {
            return new ReferenceStore.AsExternalId();
        }
        try {
            addField(target, model, field);
            log.info("Odoo target {}: added the field {} to {}", target.name(), field, model);
            return new ReferenceStore.OnRecord(field);
        } catch (OdooTransportException e) {
            throw e;
        } catch (OdooException e) {
            target.clearSchemaCache();
            if (hasField(target, model, field)) {
                // another instance added it meanwhile
                return new ReferenceStore.OnRecord(field);
            }
            if (e instanceof OdooUnknownModelException
                    || e instanceof OdooAccessRightsException
                    || e instanceof OdooUserErrorException) {
                log.warn(
                        "Odoo target {} cannot hold the field {} on {} ({}): the hub's references go to external ids"
                                + " of module ledgerline",
                        target.name(),
                        field,
                        model,
                        e.getMessage());
                return new ReferenceStore.AsExternalId();
            }
            throw e;
        }
    }

    private static boolean hasField(Target target, String model, String field) {
        return target.call(() -> target.model(model).fieldsGet()).has(field);
    }

    private static void addField(Target target, String model, String field) {
        List<Long> modelIds =
                target.call(() -> target.model("ir.model").search(Domain.eq("model", model), Page.first(1)));
        if (modelIds.isEmpty()) {
            throw new MappingException("target " + target.name() + " has no model " + model);
        }
        target.call(() -> target.model("ir.model.fields")
                .create(Map.of(
                        "name",
                        field,
                        "model_id",
                        modelIds.getFirst(),
                        "ttype",
                        "char",
                        "field_description",
                        "Ledgerline reference",
                        "index",
                        true,
                        "copied",
                        false)));
        target.clearSchemaCache();
    }
}
