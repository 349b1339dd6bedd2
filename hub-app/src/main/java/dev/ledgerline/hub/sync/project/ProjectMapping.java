package dev.ledgerline.hub.sync.project;

import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.ledger.ExceptionCategory;
import dev.ledgerline.hub.binding.ExternalReference;
import dev.ledgerline.hub.sync.Companion;
import dev.ledgerline.hub.sync.Mapping;
import dev.ledgerline.hub.sync.MappingContext;
import dev.ledgerline.hub.sync.SyncProperties;
import dev.ledgerline.hub.sync.milestone.ContractMilestones;
import dev.ledgerline.hub.sync.validation.DeliveryChecks;
import dev.ledgerline.hub.sync.validation.DeliveryRefusedException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Project (with its contract) → {@code project.project} of the entity's company: name, customer,
 * billable ({@code allow_billable}: a billable client project), timesheets on, start and end dates, the
 * lifecycle state as a tag ({@link LifecycleTags}), and the contract's milestones ({@link
 * ContractMilestones}, which also turns milestones on). Odoo creates the project's analytic account;
 * the hub reads it back ({@code account_id} from Odoo 18, {@code analytic_account_id} before) and binds
 * it to the project, for the invoices' analytic distribution. The hub's key goes in {@code
 * x_ledgerline_ref}. Stages, the project manager, description and the firm's own tags stay with Odoo's
 * users.
 *
 * <p>Before delivery: the entity is one the firm has, the project is billed by its contract's entity,
 * and the contract's currency is active in Odoo (invoices in it could not be made otherwise).
 */
@Component
public class ProjectMapping implements Mapping<Project> {

    private static final Set<String> FIELDS = Set.of(
            "name",
            "partner_id",
            "allow_billable",
            "allow_timesheets",
            "company_id",
            "date_start",
            "date",
            "allow_milestones",
            "tag_ids");

    private final SyncProperties settings;
    private final DeliveryChecks checks;

    public ProjectMapping(SyncProperties settings, DeliveryChecks checks) {
        this.settings = settings;
        this.checks = checks;
    }

    @Override
    public RecordType type() {
        return RecordType.PROJECT;
    }

    @Override
    public Class<Project> recordClass() {
        return Project.class;
    }

    @Override
    public String model() {
        return "project.project";
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
    public Map<String, Object> values(Project p, MappingContext context) {
        String who = "project " + p.name();
        checks.knownEntity(p.entity(), who);
        Optional<Contract> contract = contract(p, context);
        contract.ifPresent(c -> {
            checks.projectMatchesContract(p, who, c);
            activeCurrency(c.currency(), p, context);
        });
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", p.name());
        values.put("partner_id", context.odooId(p.customer().key(RecordType.CUSTOMER)));
        values.put("allow_billable", p.billable() && p.isClient());
        values.put("allow_timesheets", true);
        context.companyId().ifPresent(company -> values.put("company_id", company));
        values.put("date_start", p.startDate() == null ? false : p.startDate());
        values.put("date", p.endDate() == null ? false : p.endDate());
        if (contract.map(ProjectMapping::hasMilestones).orElse(false)) {
            values.put("allow_milestones", true);
        }
        if (settings.of(RecordType.PROJECT).lifecycleTags()) {
            values.put("tag_ids", LifecycleTags.commands(LifecycleTags.shown(p), context));
        }
        return values;
    }

    @Override
    public Map<String, String> boundRelations(MappingContext context) {
        return Map.of(context.dialect().projectAnalyticAccountField(), "account.analytic.account");
    }

    @Override
    public List<Companion> companions(RecordKey key, Project p, MappingContext context) {
        if (p.contract() == null) {
            return List.of();
        }
        RecordKey contractKey = p.contract().key(RecordType.CONTRACT);
        return context.record(contractKey, Contract.class)
                .map(c -> ContractMilestones.of(contractKey, c))
                .orElse(List.of());
    }

    private static Optional<Contract> contract(Project p, MappingContext context) {
        return p.contract() == null
                ? Optional.empty()
                : context.record(p.contract().key(RecordType.CONTRACT), Contract.class);
    }

    private static boolean hasMilestones(Contract c) {
        return c.currentTerms().milestones() != null
                && !c.currentTerms().milestones().isEmpty();
    }

    private static void activeCurrency(String currency, Project p, MappingContext context) {
        try {
            context.lookup("res.currency", "name", currency);
        } catch (dev.ledgerline.hub.sync.MappingException e) {
            throw new DeliveryRefusedException(
                    ExceptionCategory.DATA,
                    "CURRENCY_INACTIVE",
                    "the contract " + p.contract() + " of project " + p.name() + " is in " + currency
                            + ", which is not an active currency in Odoo: activate it (Accounting → Currencies) and"
                            + " replay");
        }
    }
}
