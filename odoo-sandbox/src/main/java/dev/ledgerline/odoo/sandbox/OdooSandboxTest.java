package dev.ledgerline.odoo.sandbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts one sandbox per test class on a free port and injects it as an {@link OdooSandbox} parameter
 * (constructor, lifecycle or test method). It is reset to a fresh database before each test unless
 * {@link #resetEachTest()} is false, and its faults are cleared.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OdooSandboxExtension.class)
public @interface OdooSandboxTest {
    /** The Odoo major version to imitate: 17, 18 or 19. */
    int version() default 18;

    /** Whether each test starts from a fresh database. */
    boolean resetEachTest() default true;
}
