package dev.ledgerline.hub.testing;

import dev.ledgerline.core.canonical.Customer;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.hub.binding.ExternalReference;
import dev.ledgerline.hub.sync.Mapping;
import dev.ledgerline.hub.sync.MappingContext;
import dev.ledgerline.hub.sync.customer.CustomerMapping;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The customer flow with a defect a test switches on per customer: the partner of a customer whose name
 * is in {@link #NAMES} goes without its name, which Odoo refuses with a {@code ValidationError}
 * ({@code EXCEPTION/DATA}). Removing the name is the fix.
 */
@TestConfiguration
public class RefusingCustomers {

    /** Names of customers whose partner Odoo refuses. */
    public static final Set<String> NAMES = ConcurrentHashMap.newKeySet();

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    Mapping<Customer> refusingCustomerMapping() {
        CustomerMapping real = new CustomerMapping();
        return new Mapping<>() {
            @Override
            public RecordType type() {
                return real.type();
            }

            @Override
            public Class<Customer> recordClass() {
                return real.recordClass();
            }

            @Override
            public String model() {
                return real.model();
            }

            @Override
            public ExternalReference reference() {
                return real.reference();
            }

            @Override
            public Set<String> fields() {
                return real.fields();
            }

            @Override
            public Map<String, Object> values(Customer record, MappingContext context) {
                Map<String, Object> values = new LinkedHashMap<>(real.values(record, context));
                if (NAMES.contains(record.name())) {
                    values.put("name", false);
                }
                return values;
            }
        };
    }
}
