package dev.ledgerline.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.Customer;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.hub.binding.ExternalReference;
import dev.ledgerline.hub.sync.Mapping;
import dev.ledgerline.hub.sync.MappingContext;
import dev.ledgerline.hub.sync.customer.CustomerMapping;
import dev.ledgerline.hub.testing.Customers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

@Import(ValidationErrorIT.DefectiveMapping.class)
class ValidationErrorIT extends DeliveryScenario {

    /** The customer whose partner the mapping sends without a name, until the defect is fixed. */
    static final AtomicReference<String> defectiveName = new AtomicReference<>();

    @Autowired
    Replay replay;

    @Test
    @Tag("R7")
    void oneRecordOdooRefusesOfAThousandIsAnExceptionWithOdoosMessageAndDeliveredOnceReplayedAfterTheFix() {
        int count = 1_000;
        String prefix = prefix("R7");
        String refused = prefix + "-" + 617;
        defectiveName.set("Client " + prefix + " 617");

        post(Customers.many(prefix, count));

        awaitDelivered(prefix, count - 1, Duration.ofSeconds(60));
        assertThat(states(prefix)).containsEntry("DELIVERED", (long) count - 1).containsEntry("EXCEPTION", 1L);
        Map<String, Object> exception =
                sql.sql("""
                        SELECT external_id, exception_category, last_error_name, last_error_message, attempts
                          FROM ledger_record WHERE external_id LIKE :p AND state = 'EXCEPTION'
                        """).param("p", prefix + "%").query().singleRow();
        assertThat(exception)
                .containsEntry("EXTERNAL_ID", refused)
                .containsEntry("EXCEPTION_CATEGORY", "DATA")
                .containsEntry("LAST_ERROR_NAME", "odoo.exceptions.ValidationError")
                .containsEntry("ATTEMPTS", 1);
        assertThat((String) exception.get("LAST_ERROR_MESSAGE")).contains("Contacts require a name");
        assertThat(partners(prefix)).isEqualTo(count - 1);

        defectiveName.set(null);
        Replay.Result result = replay.replay(UUID.fromString(recordId(refused)), "finance-ops", "mapping fixed");

        assertThat(result).isEqualTo(Replay.Result.REPLAYED);
        awaitDelivered(prefix, count, Duration.ofSeconds(30));
        assertThat(partners(prefix)).isEqualTo(count);
        assertThat(replay.replay(UUID.fromString(recordId(refused)), "finance-ops", "again"))
                .isEqualTo(Replay.Result.ALREADY_DELIVERED);
    }

    /** The customer flow with a defect: one partner goes without its name, which Odoo refuses. */
    @TestConfiguration
    static class DefectiveMapping {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        Mapping<Customer> defectiveCustomerMapping() {
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
                    if (record.name().equals(defectiveName.get())) {
                        values.put("name", false);
                    }
                    return values;
                }
            };
        }
    }
}
