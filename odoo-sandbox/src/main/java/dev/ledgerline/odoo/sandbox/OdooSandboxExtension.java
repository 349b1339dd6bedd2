package dev.ledgerline.odoo.sandbox;

import dev.ledgerline.odoo.sandbox.model.OdooVersion;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/** The JUnit 5 extension behind {@link OdooSandboxTest}. */
public final class OdooSandboxExtension implements ParameterResolver, BeforeEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(OdooSandboxExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == OdooSandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return sandbox(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        OdooSandbox sandbox = sandbox(context);
        if (settings(context).resetEachTest()) {
            sandbox.reset();
            sandbox.faults().clear();
        }
    }

    private static OdooSandbox sandbox(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        return classContext
                .getStore(NAMESPACE)
                .computeIfAbsent(
                        "sandbox",
                        key -> new Resource(OdooSandbox.start(SandboxOptions.defaults()
                                .withVersion(OdooVersion.of(settings(context).version())))),
                        Resource.class)
                .sandbox();
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    private static OdooSandboxTest settings(ExtensionContext context) {
        return context.getTestClass()
                .flatMap(type -> AnnotationSupport.findAnnotation(type, OdooSandboxTest.class))
                .orElseGet(() -> Defaults.class.getAnnotation(OdooSandboxTest.class));
    }

    @OdooSandboxTest
    private static final class Defaults {}

    /** Closes the sandbox when JUnit discards the class's store. */
    private record Resource(OdooSandbox sandbox) implements AutoCloseable {
        @Override
        public void close() {
            sandbox.close();
        }
    }
}
