package dev.ledgerline.hub.sync.customer;

import dev.ledgerline.core.canonical.Address;
import dev.ledgerline.core.canonical.Customer;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.hub.binding.ExternalReference;
import dev.ledgerline.hub.sync.Mapping;
import dev.ledgerline.hub.sync.MappingContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Customer → {@code res.partner}: always a company (a CRM account is an organisation); a subsidiary
 * names its parent customer in {@code parent_id} and stays its own commercial partner, invoiced in
 * its own name. The hub's key goes
 * in {@code ref} (docs/adr/0010). Customers are shared by the companies of the database (no {@code
 * company_id}), as Odoo creates them by default. Payment terms and currency come with the billing
 * flows, which know the entity's company.
 */
@Component
public class CustomerMapping implements Mapping<Customer> {

    private static final Set<String> FIELDS =
            Set.of("name", "is_company", "parent_id", "email", "vat", "country_id", "street", "city", "zip");

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
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", c.name());
        values.put("is_company", true);
        values.put("parent_id", c.hasParent() ? context.odooId(c.parent().key(RecordType.CUSTOMER)) : false);
        values.put("email", orFalse(c.billingEmail()));
        values.put("vat", orFalse(c.vatNumber()));
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

    private static Object orFalse(String value) {
        return value == null || value.isBlank() ? false : value;
    }
}
