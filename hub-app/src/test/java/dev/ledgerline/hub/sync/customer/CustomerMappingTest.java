package dev.ledgerline.hub.sync.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.core.canonical.Address;
import dev.ledgerline.core.canonical.Customer;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.hub.sync.MappingContext;
import dev.ledgerline.hub.sync.MappingException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerMappingTest {

    private final CustomerMapping mapping = new CustomerMapping();

    /** Odoo as far as a mapping sees it: the group's partner is 41, countries US 233 and GB 231. */
    private final MappingContext odoo = new MappingContext() {
        @Override
        public long odooId(RecordKey parent) {
            assertThat(parent).isEqualTo(RecordKey.of("crm", RecordType.CUSTOMER, "GRP-1"));
            return 41;
        }

        @Override
        public Optional<Long> companyId() {
            return Optional.of(1L);
        }

        @Override
        public long lookup(String model, String field, String value) {
            assertThat(model).isEqualTo("res.country");
            assertThat(field).isEqualTo("code");
            return switch (value) {
                case "US" -> 233;
                case "GB" -> 231;
                default -> throw new MappingException("no res.country with code = '" + value + "'");
            };
        }
    };

    @Test
    void customerBecomesACompanyPartnerWithItsAddressAndCountry() {
        Customer acme = new Customer(
                "Acme Consulting Client",
                "us",
                "US-99",
                "us",
                "USD",
                30,
                "ap@acme.example",
                new Address("1 Main St", "Springfield", "12345", null),
                null);

        Map<String, Object> values = mapping.values(acme, odoo);

        assertThat(values)
                .containsEntry("name", "Acme Consulting Client")
                .containsEntry("is_company", true)
                .containsEntry("parent_id", false)
                .containsEntry("email", "ap@acme.example")
                .containsEntry("vat", "US-99")
                .containsEntry("country_id", 233L)
                .containsEntry("street", "1 Main St")
                .containsEntry("city", "Springfield")
                .containsEntry("zip", "12345");
        assertThat(mapping.fields()).containsAll(values.keySet());
    }

    @Test
    void subsidiaryNamesItsParentsPartnerAndTakesTheAddressCountry() {
        Customer subsidiary = new Customer(
                "Acme UK",
                "uk",
                null,
                null,
                null,
                null,
                null,
                new Address(null, "London", null, "GB"),
                new Ref("crm", "GRP-1"));

        Map<String, Object> values = mapping.values(subsidiary, odoo);

        assertThat(values)
                .containsEntry("parent_id", 41L)
                .containsEntry("country_id", 231L)
                .containsEntry("email", false)
                .containsEntry("vat", false)
                .containsEntry("street", false)
                .containsEntry("city", "London");
    }

    @Test
    void unknownCountryIsAMissingMapping() {
        Customer c = new Customer("Nowhere Ltd", "us", null, "XX", null, null, null, null, null);

        assertThatThrownBy(() -> mapping.values(c, odoo))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("XX");
    }

    @Test
    void hubKeyGoesInTheReferenceFieldOfThePartner() {
        assertThat(mapping.model()).isEqualTo("res.partner");
        assertThat(mapping.reference().field()).isEqualTo("ref");
    }
}
