package dev.ledgerline.hub.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.Customer;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.hub.binding.ExternalReference;
import dev.ledgerline.hub.sync.customer.CustomerMapping;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class FlowsTest {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Flows flows(Mapping<?>... mappings) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        for (int i = 0; i < mappings.length; i++) {
            beans.addBean("mapping" + i, mappings[i]);
        }
        return new Flows((ObjectProvider) beans.getBeanProvider(Mapping.class));
    }

    @Test
    void typesWithoutAnOdooFlowByDesignAreKeptInTheHubAndClaimedWithTheDeliveredOnes() {
        Flows flows = flows(new CustomerMapping());

        assertThat(flows.keptTypes())
                .containsExactlyInAnyOrder(
                        RecordType.CONTRACT,
                        RecordType.LEAVE,
                        RecordType.PAYROLL_COST,
                        RecordType.PURCHASE_COMMITMENT,
                        RecordType.PAYMENT,
                        RecordType.INVOICE_DISPUTE,
                        RecordType.OPPORTUNITY,
                        RecordType.INVOICE);
        assertThat(flows.claimable()).contains(RecordType.CUSTOMER, RecordType.CONTRACT);
        assertThat(flows.claimable())
                .as("a type waiting for its flow is not claimed")
                .doesNotContain(RecordType.PROJECT, RecordType.TIME_ENTRY);
        assertThat(flows.keptInHub(RecordType.CUSTOMER)).isFalse();
    }

    @Test
    void aFlowRegisteredForAKeptTypeTakesPrecedence() {
        Mapping<Customer> paymentFlow = new Mapping<>() {
            @Override
            public RecordType type() {
                return RecordType.PAYMENT;
            }

            @Override
            public Class<Customer> recordClass() {
                return Customer.class;
            }

            @Override
            public String model() {
                return "account.payment";
            }

            @Override
            public ExternalReference reference() {
                return ExternalReference.customField();
            }

            @Override
            public Set<String> fields() {
                return Set.of();
            }

            @Override
            public Map<String, Object> values(Customer record, MappingContext context) {
                return Map.of();
            }
        };

        Flows flows = flows(new CustomerMapping(), paymentFlow);

        assertThat(flows.keptInHub(RecordType.PAYMENT)).isFalse();
        assertThat(flows.delivers(RecordType.PAYMENT)).isTrue();
        assertThat(flows.keptTypes()).doesNotContain(RecordType.PAYMENT).contains(RecordType.CONTRACT);
    }
}
