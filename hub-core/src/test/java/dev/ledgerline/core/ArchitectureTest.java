package dev.ledgerline.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The domain stays pure Java: what the business rules may and may not depend on. */
class ArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.ledgerline.core");
    }

    @Test
    void domainDependsOnlyOnTheJdkAndItself() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.ledgerline.core..")
                .because("billing and metric rules must run the same in the hub, in tests and in benchmarks,"
                        + " without a framework, a database or Odoo")
                .check(core);
    }

    @Test
    void domainUsesNoDatabaseNetworkOrDesktopApisOfTheJdk() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "java.net.http..", "java.awt..", "javax.swing..")
                .check(core);
    }

    @Test
    void moneyIsNeverADouble() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.ledgerline.core.billing..", "dev.ledgerline.core.recognition..")
                .should()
                .callMethod(Double.class, "valueOf", double.class)
                .orShould()
                .callMethod(java.math.BigDecimal.class, "valueOf", double.class)
                .orShould()
                .callMethod(java.math.BigDecimal.class, "doubleValue")
                .check(core);
    }
}
