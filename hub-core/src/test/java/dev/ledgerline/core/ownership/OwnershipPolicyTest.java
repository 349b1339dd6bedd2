package dev.ledgerline.core.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.core.validation.Problem;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OwnershipPolicyTest {

    private static final OwnershipPolicy DEFAULTS = new OwnershipPolicy(OwnershipRules.defaults());

    private static Map<String, Object> customer(String vat, String email) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", "Acme");
        data.put("entity", "us");
        data.put("vatNumber", vat);
        data.put("billingEmail", email);
        data.put("paymentTermsDays", new BigDecimal("30"));
        return data;
    }

    private static Map<String, Object> with(Map<String, Object> data, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(data);
        copy.put(field, value);
        return copy;
    }

    @Nested
    class RejectMode {

        @Test
        void psaChangingACustomersVatNumberIsRefusedWhileTheCrmsChangeGoesThrough() {
            Map<String, Object> stored = customer("DE111", "ap@acme.test");
            Map<String, Object> changed = customer("DE999", "ap@acme.test");

            OwnershipVerdict fromPsa = DEFAULTS.judge(RecordType.CUSTOMER, "psa", stored, changed);
            OwnershipVerdict fromCrm = DEFAULTS.judge(RecordType.CUSTOMER, "crm", stored, changed);

            assertThat(fromPsa).isInstanceOf(OwnershipVerdict.Rejected.class);
            assertThat(((OwnershipVerdict.Rejected) fromPsa).problems())
                    .extracting(Problem::code, Problem::field)
                    .containsExactly(tuple(ErrorCode.OWNERSHIP_VIOLATION, "data.vatNumber"));
            assertThat(fromPsa.violations())
                    .extracting(FieldViolation::owner, FieldViolation::sender)
                    .containsExactly(tuple("crm", "psa"));
            assertThat(fromCrm).isEqualTo(new OwnershipVerdict.Allowed(changed));
        }

        @Test
        void everyForeignFieldIsNamedOnce() {
            Map<String, Object> stored = customer("DE111", "ap@acme.test");
            Map<String, Object> changed = with(customer("DE999", "billing@acme.test"), "country", "DE");

            OwnershipVerdict verdict = DEFAULTS.judge(RecordType.CUSTOMER, "psa", stored, changed);

            assertThat(((OwnershipVerdict.Rejected) verdict).problems())
                    .extracting(Problem::field)
                    .containsExactly("data.vatNumber", "data.billingEmail", "data.country");
        }

        @Test
        void unchangedForeignFieldsAndTheSameNumberWrittenDifferentlyAreNoViolation() {
            Map<String, Object> stored = customer("DE111", "ap@acme.test");
            Map<String, Object> same = with(stored, "paymentTermsDays", new BigDecimal("30.00"));

            OwnershipVerdict verdict = DEFAULTS.judge(RecordType.CUSTOMER, "psa", stored, same);

            assertThat(verdict).isInstanceOf(OwnershipVerdict.Allowed.class);
        }

        @Test
        void clearingAForeignFieldIsAChange() {
            Map<String, Object> stored = customer("DE111", "ap@acme.test");
            Map<String, Object> withoutVat = new LinkedHashMap<>(stored);
            withoutVat.remove("vatNumber");

            OwnershipVerdict verdict = DEFAULTS.judge(RecordType.CUSTOMER, "psa", stored, withoutVat);

            assertThat(verdict.violations()).extracting(FieldViolation::field).containsExactly("vatNumber");
        }

        @Test
        void aChangeInsideANestedObjectIsAChangeOfItsTopLevelField() {
            Map<String, Object> stored = with(customer("DE1", null), "address", Map.of("city", "Berlin"));
            Map<String, Object> moved = with(stored, "address", Map.of("city", "Hamburg"));

            OwnershipVerdict verdict = DEFAULTS.judge(RecordType.CUSTOMER, "psa", stored, moved);

            assertThat(verdict.violations()).extracting(FieldViolation::path).containsExactly("data.address");
        }
    }

    @Nested
    class IgnoreMode {

        private final OwnershipPolicy ignoring =
                new OwnershipPolicy(OwnershipRules.defaults().withMode(OwnershipMode.IGNORE));

        @Test
        void keepsTheStoredVatNumberAndAppliesTheRestWithAWarning() {
            Map<String, Object> stored = customer("DE111", "ap@acme.test");
            Map<String, Object> changed = with(customer("DE999", "ap@acme.test"), "name", "Acme GmbH");
            OwnershipPolicy psaOwnsTheName = new OwnershipPolicy(ignoring.rules()
                    .with(RecordType.CUSTOMER, TypeOwnership.ownedBy("crm").withField("name", "psa")));

            OwnershipVerdict verdict = psaOwnsTheName.judge(RecordType.CUSTOMER, "psa", stored, changed);

            assertThat(verdict).isInstanceOf(OwnershipVerdict.Ignored.class);
            OwnershipVerdict.Ignored ignored = (OwnershipVerdict.Ignored) verdict;
            assertThat(ignored.data())
                    .containsEntry("vatNumber", "DE111")
                    .containsEntry("name", "Acme GmbH")
                    .containsEntry("billingEmail", "ap@acme.test");
            assertThat(ignored.warnings())
                    .extracting(Problem::code, Problem::field)
                    .containsExactly(tuple(ErrorCode.OWNERSHIP_VIOLATION, "data.vatNumber"));
        }

        @Test
        void aForeignFieldTheStoreDidNotHaveIsLeftOut() {
            Map<String, Object> stored = customer(null, null);
            stored.remove("vatNumber");
            Map<String, Object> changed = with(stored, "vatNumber", "DE999");

            OwnershipVerdict.Ignored verdict =
                    (OwnershipVerdict.Ignored) ignoring.judge(RecordType.CUSTOMER, "psa", stored, changed);

            assertThat(verdict.data()).doesNotContainKey("vatNumber");
        }

        @Test
        void aTypeModeOverridesTheGlobalMode() {
            OwnershipPolicy mixed = new OwnershipPolicy(OwnershipRules.defaults()
                    .with(RecordType.CUSTOMER, TypeOwnership.ownedBy("crm").withMode(OwnershipMode.IGNORE)));
            Map<String, Object> stored = customer("DE111", null);

            OwnershipVerdict customer = mixed.judge(RecordType.CUSTOMER, "psa", stored, customer("DE999", null));
            OwnershipVerdict employee = mixed.judge(
                    RecordType.EMPLOYEE,
                    "psa",
                    Map.of("name", "Ada", "entity", "us"),
                    Map.of("name", "Ada L.", "entity", "us"));

            assertThat(customer).isInstanceOf(OwnershipVerdict.Ignored.class);
            assertThat(employee).isInstanceOf(OwnershipVerdict.Rejected.class);
        }
    }

    @Nested
    class FirstVersion {

        @Test
        void aNonOwnerMayCreateAStubButNotLaterChangeAnOwnedField() {
            Map<String, Object> stub = customer("DE111", null);

            OwnershipVerdict created = DEFAULTS.judge(RecordType.CUSTOMER, "psa", null, stub);
            OwnershipVerdict changed = DEFAULTS.judge(RecordType.CUSTOMER, "psa", stub, customer("DE222", null));

            assertThat(created).isEqualTo(new OwnershipVerdict.Allowed(stub));
            assertThat(changed.violations()).extracting(FieldViolation::field).containsExactly("vatNumber");
        }

        @Test
        void aSourceSendingAnInvoiceIsAnOwnershipViolationEvenInIgnoreMode() {
            OwnershipPolicy ignoring =
                    new OwnershipPolicy(OwnershipRules.defaults().withMode(OwnershipMode.IGNORE));

            OwnershipVerdict verdict =
                    ignoring.judge(RecordType.INVOICE, "psa", null, Map.of("number", "INV/2026/0001"));

            assertThat(((OwnershipVerdict.Rejected) verdict).problems())
                    .extracting(Problem::code, Problem::field)
                    .containsExactly(tuple(ErrorCode.OWNERSHIP_VIOLATION, "type"));
        }

        @Test
        void aValueForAnOdooOwnedFieldIsRefusedEvenOnCreate() {
            OwnershipPolicy taxFromOdoo = new OwnershipPolicy(OwnershipRules.defaults()
                    .with(RecordType.CONTRACT, TypeOwnership.ownedBy("crm").withField("taxCode", "odoo")));
            Map<String, Object> contract = Map.of("customer", "C-1", "taxCode", "VAT19");

            OwnershipVerdict fromCrm = taxFromOdoo.judge(RecordType.CONTRACT, "crm", null, contract);
            OwnershipVerdict fromSourceNamedOdoo = taxFromOdoo.judge(RecordType.CONTRACT, "odoo", null, contract);

            assertThat(fromCrm.violations()).extracting(FieldViolation::path).containsExactly("data.taxCode");
            assertThat(fromSourceNamedOdoo.violations()).hasSize(1);
        }
    }

    @Nested
    class Configuration {

        @Test
        void aFieldOwnedByABillingPortalIsChangedByThePortalAndNotByTheCrm() {
            OwnershipPolicy portal = new OwnershipPolicy(OwnershipRules.defaults()
                    .with(RecordType.CUSTOMER, TypeOwnership.ownedBy("crm").withField("billingEmail", "portal")));
            Map<String, Object> stored = customer("DE111", "ap@acme.test");
            Map<String, Object> newEmail = customer("DE111", "billing@acme.test");

            OwnershipVerdict fromPortal = portal.judge(RecordType.CUSTOMER, "portal", stored, newEmail);
            OwnershipVerdict fromCrm = portal.judge(RecordType.CUSTOMER, "crm", stored, newEmail);
            OwnershipVerdict vatFromPortal =
                    portal.judge(RecordType.CUSTOMER, "portal", stored, customer("DE999", "ap@acme.test"));

            assertThat(fromPortal).isInstanceOf(OwnershipVerdict.Allowed.class);
            assertThat(fromCrm.violations())
                    .extracting(FieldViolation::field, FieldViolation::owner)
                    .containsExactly(tuple("billingEmail", "portal"));
            assertThat(vatFromPortal.violations())
                    .extracting(FieldViolation::field)
                    .containsExactly("vatNumber");
        }

        @Test
        void configuredFieldNamesMatchWhateverTheirCase() {
            TypeOwnership fromEnvironment = TypeOwnership.ownedBy("crm").withField("billingemail", "portal");

            assertThat(fromEnvironment.ownerOf("billingEmail")).isEqualTo("portal");
            assertThat(fromEnvironment.ownerOf("vatNumber")).isEqualTo("crm");
        }

        @Test
        void defaultsFollowTheArchitecture() {
            OwnershipRules rules = OwnershipRules.defaults();

            assertThat(List.of(
                            rules.ownerOf(RecordType.CUSTOMER, "vatNumber"),
                            rules.ownerOf(RecordType.CONTRACT, "rateCard"),
                            rules.ownerOf(RecordType.PROJECT, "manager"),
                            rules.ownerOf(RecordType.TIME_ENTRY, "hours"),
                            rules.ownerOf(RecordType.EMPLOYEE, "standardHourlyCost"),
                            rules.ownerOf(RecordType.LEAVE, "hours"),
                            rules.ownerOf(RecordType.INVOICE, "amountTotal"),
                            rules.ownerOf(RecordType.EXPENSE, "amount")))
                    .containsExactly("crm", "crm", "psa", "psa", "hr", "hr", "odoo", "sender");
            assertThat(rules.mode()).isEqualTo(OwnershipMode.REJECT);
        }

        @Test
        void aSenderOwnedTypeAcceptsEveryChangeAndNeedsNoStoredVersion() {
            Map<String, Object> stored = Map.of("amount", new BigDecimal("10.00"));
            Map<String, Object> changed = Map.of("amount", new BigDecimal("12.00"));

            OwnershipVerdict verdict = DEFAULTS.judge(RecordType.EXPENSE, "expenses", stored, changed);

            assertThat(verdict).isInstanceOf(OwnershipVerdict.Allowed.class);
            assertThat(DEFAULTS.constrains(RecordType.EXPENSE, "expenses")).isFalse();
            assertThat(DEFAULTS.constrains(RecordType.CUSTOMER, "crm")).isFalse();
            assertThat(DEFAULTS.constrains(RecordType.CUSTOMER, "psa")).isTrue();
            assertThat(DEFAULTS.constrains(RecordType.INVOICE, "odoo")).isTrue();
        }

        @Test
        void anOwnerThatIsNoSystemIdIsRefusedWhenBuilt() {
            assertThatThrownBy(() -> TypeOwnership.ownedBy("crm").withField("vatNumber", "not a source"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("owner of vatNumber");
            assertThatThrownBy(() -> TypeOwnership.ownedBy("crm").withField("address.city", "portal"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("top-level");
        }

        @Test
        void theDescriptionNamesEveryTypeWithItsEffectiveMode() {
            OwnershipRules rules = OwnershipRules.defaults()
                    .with(
                            RecordType.CUSTOMER,
                            TypeOwnership.ownedBy("salesforce").withMode(OwnershipMode.IGNORE));

            Map<String, Object> description = rules.describe();

            assertThat(description).containsEntry("mode", "reject");
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> types = (Map<String, Map<String, Object>>) description.get("types");
            assertThat(types).hasSize(RecordType.values().length);
            assertThat(types.get("customer"))
                    .containsEntry("owner", "salesforce")
                    .containsEntry("mode", "ignore");
            assertThat(types.get("project")).containsEntry("mode", "reject");
        }
    }
}
