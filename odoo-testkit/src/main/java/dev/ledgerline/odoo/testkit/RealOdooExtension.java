package dev.ledgerline.odoo.testkit;

import dev.ledgerline.odoo.client.OdooClient;
import dev.ledgerline.odoo.testkit.OdooServer.Credential;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link RealOdoo}: finds the server, resets it for a class that asks for a fresh
 * database, and resolves {@link OdooServer} and {@link OdooClient} parameters. A client is made once per
 * test class and credential, and closed after the class.
 */
public final class RealOdooExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(RealOdooExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        OdooServer server = server();
        boolean fresh = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), RealOdoo.class)
                .map(RealOdoo::freshDatabase)
                .orElse(false);
        if (fresh) {
            if (!server.resettable()) {
                Assumptions.abort("needs a fresh database, and a server named by ODOO_URL is never reset");
            }
            server.reset();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == OdooServer.class || type == OdooClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        OdooServer server = server();
        if (parameterContext.getParameter().getType() == OdooServer.class) {
            return server;
        }
        Credential credential =
                parameterContext.isAnnotated(WithPassword.class) ? Credential.PASSWORD : Credential.API_KEY;
        if (!server.has(credential)) {
            Assumptions.abort("the real Odoo was given no " + credential.label() + " (" + server + ")");
        }
        return classContext(extensionContext)
                .getStore(NAMESPACE)
                .computeIfAbsent(
                        "client-" + credential, key -> new ClassClient(server.connect(credential)), ClassClient.class)
                .client();
    }

    /** The server, or the test aborted (or failed where a real Odoo is required) with the reason. */
    private static OdooServer server() {
        RealOdooLocator.Located located = RealOdooLocator.locate();
        if (located.server() == null) {
            if (RealOdooLocator.required()) {
                throw new ExtensionConfigurationException(
                        "a real Odoo is required (CI=true or -Dledgerline.realOdoo=required) but " + located.reason());
            }
            Assumptions.abort("no real Odoo: " + located.reason());
        }
        return located.server();
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    /** Closes the class's client when JUnit discards the class's store. */
    private record ClassClient(OdooClient client) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
        }
    }
}
