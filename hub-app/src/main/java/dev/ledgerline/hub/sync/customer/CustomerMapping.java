package dev.ledgerline.hub.sync.customer;

import dev.ledgerline.core.canonical.Address;
import dev.ledgerline.core.canonical.Customer;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.hub.binding.ExternalReference;
import dev.ledgerline.hub.sync.Companion;
import dev.ledgerline.hub.sync.Mapping;
import dev.ledgerline.hub.sync.MappingContext;
import dev.ledgerline.hub.sync.SyncProperties;
import dev.ledgerline.hub.sync.validation.DeliveryChecks;
import dev.ledgerline.odoo.client.Command;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Customer → {@code res.partner}: always a company (a CRM account is an organisation); a subsidiary
 * names its parent customer in {@code parent_id} and stays its own commercial partner, invoiced in its
 * own name, with its own address (type {@code other}: Odoo overwrites the address of a child of type
 * {@code contact} with its parent's). The hub's key goes in {@code ref} (docs/adr/0010). Customers are shared by the companies of
 * the database (no {@code company_id}), as Odoo creates them by default.
 *
 * <p>The CRM owns what is written here: name, VAT, country and address, payment terms (when it sends
 * them) and the billing contact. The billing email goes to a child contact of type {@code invoice}
 * ("Accounts Payable", with the company's address), which Odoo uses as the invoice address; the
 * company's own email, phone, tags, salesperson and the rest stay with Odoo's users. Odoo partners
 * carry no currency of their own (invoices take the contract's), so {@code currency} is not written.
 */
@Component
public class CustomerMapping implements Mapping<Customer> {

    /** The name of the billing contact the hub keeps under each customer. */
    public static final String BILLING_CONTACT = "Accounts Payable";

    /** The billing contact stays under its customer and is created with it through {@code child_ids}. */
    private static final Companion.Link BILLING_LINK = new Companion.Link("parent_id", false, "child_ids");

    private static final Set<String> FIELDS = Set.of(
            "name",
            "is_company",
            "parent_id",
            "type",
            "vat",
            "country_id",
            "street",
            "city",
            "zip",
            "property_payment_term_id");

    private final SyncProperties settings;
    private final DeliveryChecks checks;

    @Autowired
    public CustomerMapping(SyncProperties settings, DeliveryChecks checks) {
        this.settings = settings;
        this.checks = checks;
    }

    /** The mapping with every default: no configured payment terms, every entity known. */
    public CustomerMapping() {
        this(SyncProperties.defaults(), DeliveryChecks.unconfigured());
    }

    @Override
    public RecordType type() {
        return RecordType.CUSTOMER;
    }

    @Override
    public Class<Customer> recordClass() {
        return Customer.class;
    }

    @Override
    public String model() {
        return "res.partner";
    }

    @Override
    public ExternalReference reference() {
        return ExternalReference.ref();
    }

    @Override
    public Set<String> fields() {
        return FIELDS;
    }

    @Override
    public Map<String, Object> values(Customer c, MappingContext context) {
        checks.knownEntity(c.entity(), "customer " + c.name());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", c.name());
        values.put("is_company", true);
        values.put("parent_id", c.hasParent() ? context.odooId(c.parent().key(RecordType.CUSTOMER)) : false);
        // Odoo copies the parent's address onto a child of type "contact": a subsidiary keeps its own
        values.put("type", c.hasParent() ? "other" : "contact");
        values.put("vat", orFalse(c.vatNumber()));
        values.putAll(address(c, context));
        if (c.paymentTermsDays() != null) {
            values.put("property_payment_term_id", paymentTerm(c.paymentTermsDays(), context));
        }
        return values;
    }

    /**
     * The billing contact: kept while the customer has a billing email (created in the customer's own
     * {@code create} when both are new), archived when the email goes.
     */
    @Override
    public List<Companion> companions(RecordKey key, Customer c, MappingContext context) {
        String reference = billingContactReference(key);
        if (c.billingEmail() == null || c.billingEmail().isBlank()) {
            return List.of(Companion.retired(
                    "res.partner", ExternalReference.ref(), reference, Map.of("active", false), BILLING_LINK));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", BILLING_CONTACT);
        values.put("type", "invoice");
        values.put("email", c.billingEmail());
        values.put("is_company", false);
        values.put("active", true);
        values.putAll(address(c, context));
        return List.of(Companion.kept("res.partner", ExternalReference.ref(), reference, values, BILLING_LINK));
    }

    /** {@code ll:crm:customer.billing:C-1}, derived from the customer's key. */
    public static String billingContactReference(RecordKey customer) {
        return ExternalReference.companionOf(customer, "billing", null);
    }

    private static Map<String, Object> address(Customer c, MappingContext context) {
        Map<String, Object> values = new LinkedHashMap<>();
        Address a = c.address();
        String country = c.country() != null ? c.country() : a == null ? null : a.country();
        values.put(
                "country_id",
                country == null ? false : context.lookup("res.country", "code", country.toUpperCase(Locale.ROOT)));
        values.put("street", a == null ? false : orFalse(a.street()));
        values.put("city", a == null ? false : orFalse(a.city()));
        values.put("zip", a == null ? false : orFalse(a.zip()));
        return values;
    }

    /**
     * The payment term of {@code days} days: configured under {@code ledgerline.sync.customer.odoo-ids},
     * else Odoo's term named like its standard ones ("30 Days"; 0 is "Immediate Payment"), else a new
     * term of that name: the whole amount due {@code days} days after the invoice date.
     */
    private long paymentTerm(int days, MappingContext context) {
        return settings.of(RecordType.CUSTOMER).odooId(Integer.toString(days)).orElseGet(() -> {
            String name = days == 0 ? "Immediate Payment" : days + " Days";
            Map<String, Object> line =
                    Map.of("value", "percent", "value_amount", 100, "delay_type", "days_after", "nb_days", days);
            return context.lookupOrCreate(
                    "account.payment.term",
                    "name",
                    name,
                    Map.of("name", name, "line_ids", List.of(Command.create(line))));
        });
    }

    private static Object orFalse(String value) {
        return value == null || value.isBlank() ? false : value;
    }
}
