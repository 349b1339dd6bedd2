package dev.ledgerline.odoo.testkit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/** The extension behind {@link RealOdoo}. */
public final class RealOdooExtension implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        RealOdooLocator.Located located = RealOdooLocator.locate();
        if (located.server() == null) {
            if (RealOdooLocator.required()) {
                throw new ExtensionConfigurationException(
                        "a real Odoo is required (CI=true or -Dledgerline.realOdoo=required) but " + located.reason());
            }
            Assumptions.abort("no real Odoo: " + located.reason());
        }
        boolean fresh = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), RealOdoo.class)
                .map(RealOdoo::freshDatabase)
                .orElse(false);
        if (fresh) {
            if (!located.server().resettable()) {
                Assumptions.abort("needs a fresh database, and a server named by ODOO_URL is never reset");
            }
            located.server().reset();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == OdooServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return RealOdooLocator.locate().server();
    }
}
