package dev.ledgerline.hub.sync.opportunity;

import dev.ledgerline.core.canonical.Customer;
import dev.ledgerline.core.canonical.Opportunity;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.hub.binding.ExternalReference;
import dev.ledgerline.hub.sync.Mapping;
import dev.ledgerline.hub.sync.MappingContext;
import dev.ledgerline.hub.sync.MappingException;
import dev.ledgerline.hub.sync.SyncProperties;
import dev.ledgerline.hub.sync.validation.DeliveryChecks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Opportunity → {@code crm.lead} of type {@code opportunity}: name, customer, stage, expected revenue,
 * probability and expected closing date, in the entity's company. The stage is the configured id
 * ({@code ledgerline.sync.opportunity.odoo-ids.<stage>}), else Odoo's stage of that name; without one,
 * the stage is left to Odoo (a new opportunity starts in the first stage). Odoo keeps expected revenue
 * in the company's currency, so an opportunity in another currency than its customer's entity is
 * refused before delivery ({@code CURRENCY_MISMATCH}) rather than converted at a rate nobody chose.
 * Salesperson, team, tags and activities stay with Odoo's users. The hub's key goes in {@code
 * x_ledgerline_ref}.
 */
@Component
public class OpportunityMapping implements Mapping<Opportunity> {

    private static final Set<String> FIELDS = Set.of(
            "type", "name", "partner_id", "stage_id", "expected_revenue", "probability", "date_deadline", "company_id");

    private final SyncProperties settings;
    private final DeliveryChecks checks;

    public OpportunityMapping(SyncProperties settings, DeliveryChecks checks) {
        this.settings = settings;
        this.checks = checks;
    }

    @Override
    public RecordType type() {
        return RecordType.OPPORTUNITY;
    }

    @Override
    public Class<Opportunity> recordClass() {
        return Opportunity.class;
    }

    @Override
    public String model() {
        return "crm.lead";
    }

    @Override
    public ExternalReference reference() {
        return ExternalReference.customField();
    }

    @Override
    public Set<String> fields() {
        return FIELDS;
    }

    @Override
    public Map<String, Object> values(Opportunity o, MappingContext context) {
        RecordKey customerKey = o.customer().key(RecordType.CUSTOMER);
        context.record(customerKey, Customer.class)
                .ifPresent(c -> checks.inEntityCurrency(
                        o.currency(), c.entity(), "the expected revenue of opportunity " + o.name()));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("type", "opportunity");
        values.put("name", o.name());
        values.put("partner_id", context.odooId(customerKey));
        stage(o.stage(), context).ifPresent(stage -> values.put("stage_id", stage));
        values.put("expected_revenue", o.expectedRevenue() == null ? 0 : o.expectedRevenue());
        if (o.probability() != null) {
            values.put("probability", o.probability());
        }
        values.put("date_deadline", o.expectedCloseDate() == null ? false : o.expectedCloseDate());
        context.companyId().ifPresent(company -> values.put("company_id", company));
        return values;
    }

    private Optional<Long> stage(String stage, MappingContext context) {
        if (stage == null || stage.isBlank()) {
            return Optional.empty();
        }
        Optional<Long> configured = settings.of(RecordType.OPPORTUNITY).odooId(stage);
        if (configured.isPresent()) {
            return configured;
        }
        try {
            return Optional.of(context.lookup("crm.stage", "name", stage));
        } catch (MappingException e) {
            // a stage Odoo does not have: the opportunity keeps Odoo's (the first, for a new one)
            return Optional.empty();
        }
    }
}
