package dev.ledgerline.hub.sync.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.core.canonical.Address;
import dev.ledgerline.core.canonical.Customer;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.core.ledger.ExceptionCategory;
import dev.ledgerline.hub.sync.Companion;
import dev.ledgerline.hub.sync.MappingException;
import dev.ledgerline.hub.sync.SyncProperties;
import dev.ledgerline.hub.sync.SyncProperties.FlowSettings;
import dev.ledgerline.hub.sync.validation.DeliveryChecks;
import dev.ledgerline.hub.sync.validation.DeliveryRefusedException;
import dev.ledgerline.hub.testing.KnownOdoo;
import dev.ledgerline.odoo.client.Command;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerMappingTest {

    private static final RecordKey ACME = RecordKey.of("crm", RecordType.CUSTOMER, "ACC-1");

    private final CustomerMapping mapping = new CustomerMapping();

    /** The group's partner is 41, countries US 233 and GB 231, Odoo's "30 Days" term 4. */
    private final KnownOdoo odoo = new KnownOdoo()
            .parent(RecordKey.of("crm", RecordType.CUSTOMER, "GRP-1"), 41)
            .holds("res.country", "code", "US", 233)
            .holds("res.country", "code", "GB", 231)
            .holds("account.payment.term", "name", "30 Days", 4);

    private static Customer acme(Integer paymentTermsDays, String billingEmail) {
        return new Customer(
                "Acme Consulting Client",
                "us",
                "US-99",
                "us",
                "USD",
                paymentTermsDays,
                billingEmail,
                new Address("1 Main St", "Springfield", "12345", null),
                null);
    }

    @Test
    void customerBecomesACompanyPartnerWithItsAddressCountryVatAndPaymentTerm() {
        Map<String, Object> values = mapping.values(acme(30, "ap@acme.example"), odoo);

        assertThat(values)
                .containsEntry("name", "Acme Consulting Client")
                .containsEntry("is_company", true)
                .containsEntry("parent_id", false)
                .containsEntry("type", "contact")
                .containsEntry("vat", "US-99")
                .containsEntry("country_id", 233L)
                .containsEntry("street", "1 Main St")
                .containsEntry("city", "Springfield")
                .containsEntry("zip", "12345")
                .containsEntry("property_payment_term_id", 4L)
                .doesNotContainKey("email");
        assertThat(mapping.fields()).containsAll(values.keySet());
        assertThat(odoo.created()).isEmpty();
    }

    @Test
    void billingEmailGoesToAnInvoiceContactUnderTheCompanyWithItsAddressCreatedWithIt() {
        List<Companion> companions = mapping.companions(ACME, acme(30, "ap@acme.example"), odoo);

        assertThat(companions).singleElement().satisfies(contact -> {
            assertThat(contact.model()).isEqualTo("res.partner");
            assertThat(contact.field().field()).isEqualTo("ref");
            assertThat(contact.reference()).isEqualTo("ll:crm:customer.billing:ACC-1");
            assertThat(contact.retired()).isFalse();
            assertThat(contact.values())
                    .containsEntry("type", "invoice")
                    .containsEntry("email", "ap@acme.example")
                    .containsEntry("is_company", false)
                    .containsEntry("active", true)
                    .containsEntry("name", "Accounts Payable")
                    .containsEntry("country_id", 233L)
                    .containsEntry("city", "Springfield");
            assertThat(contact.link()).isEqualTo(new Companion.Link("parent_id", false, "child_ids"));
        });
    }

    @Test
    void customerWithoutBillingEmailRetiresItsBillingContact() {
        List<Companion> companions = mapping.companions(ACME, acme(30, null), odoo);

        assertThat(companions).singleElement().satisfies(contact -> {
            assertThat(contact.retired()).isTrue();
            assertThat(contact.values()).isEqualTo(Map.of("active", false));
        });
    }

    @Test
    void paymentTermsOdooLacksAreCreatedAsTheWholeAmountDueAfterThatManyDays() {
        Map<String, Object> values = mapping.values(acme(60, null), odoo);

        assertThat(odoo.created()).singleElement().satisfies(term -> {
            assertThat(term).containsEntry("name", "60 Days");
            assertThat(term.get("line_ids"))
                    .isEqualTo(List.of(Command.create(Map.of(
                            "value", "percent", "value_amount", 100, "delay_type", "days_after", "nb_days", 60))));
        });
        assertThat(values).containsEntry("property_payment_term_id", 1000L);
    }

    @Test
    void configuredPaymentTermIdsComeBeforeTheLookUpAndUnsentTermsAreLeftToOdoo() {
        CustomerMapping configured = new CustomerMapping(
                new SyncProperties(
                        Map.of("customer", new FlowSettings(null, Map.of("30", 9L), null)),
                        SyncProperties.ReferenceFields.CREATE),
                DeliveryChecks.unconfigured());

        assertThat(configured.values(acme(30, null), odoo)).containsEntry("property_payment_term_id", 9L);
        assertThat(configured.values(acme(null, null), odoo)).doesNotContainKey("property_payment_term_id");
        assertThat(odoo.created()).isEmpty();
    }

    @Test
    void subsidiaryNamesItsParentsPartnerAndKeepsItsOwnAddress() {
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
                .containsEntry("type", "other")
                .containsEntry("country_id", 231L)
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
    void customerOfAnEntityTheFirmDoesNotHaveIsRefusedByPolicy() {
        EntitySettings us = EntitySettings.of("us", "USD");
        CustomerMapping firm =
                new CustomerMapping(SyncProperties.defaults(), new DeliveryChecks(Map.of("us", us), Set.of("eu")));
        Customer c = new Customer("Elsewhere GmbH", "de", null, "US", null, null, null, null, null);

        assertThatThrownBy(() -> firm.values(c, odoo))
                .isInstanceOfSatisfying(DeliveryRefusedException.class, e -> {
                    assertThat(e.category()).isEqualTo(ExceptionCategory.POLICY);
                    assertThat(e.code()).isEqualTo("UNKNOWN_ENTITY");
                })
                .hasMessageContaining("'de'");
        assertThat(firm.values(new Customer("Euro AG", "eu", null, "US", null, null, null, null, null), odoo))
                .containsEntry("name", "Euro AG");
    }

    @Test
    void hubKeyGoesInTheReferenceFieldOfThePartner() {
        assertThat(mapping.model()).isEqualTo("res.partner");
        assertThat(mapping.reference().field()).isEqualTo("ref");
    }
}
