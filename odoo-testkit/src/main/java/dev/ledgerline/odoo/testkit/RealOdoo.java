package dev.ledgerline.odoo.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a real Odoo server, handed to its methods and lifecycle methods as an
 * {@link OdooServer} parameter (URL, database, login, password and API key) or as a connected {@code
 * OdooClient} parameter: logged in with the API key, or with the password when the parameter is
 * annotated {@link WithPassword}. The client is one per class and credential, closed after the class.
 *
 * <p>The server is, in order: the one named by the environment ({@code ODOO_URL}, {@code ODOO_DB},
 * {@code ODOO_USER} and {@code ODOO_API_KEY} or {@code ODOO_PASSWORD}); else a local Odoo 18 that
 * {@code ../shared/odoo/run-odoo} starts once per test JVM on free ports, with its home under the
 * build's {@code target/}; else none, and the tests are skipped with one line saying why — unless
 * {@code CI=true} or {@code -Dledgerline.realOdoo=required}, where a missing server fails them.
 *
 * <p>Tagged {@code real-odoo}: {@code ./mvnw verify -Dgroups=real-odoo} runs only these tests,
 * {@code -Pfast} everything else.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("real-odoo")
@ExtendWith(RealOdooExtension.class)
public @interface RealOdoo {

    /**
     * Whether the class gets a fresh database (a reset from the template) before its first test. Only
     * a local server can be reset; against a server named by the environment the class is skipped.
     */
    boolean freshDatabase() default false;
}
