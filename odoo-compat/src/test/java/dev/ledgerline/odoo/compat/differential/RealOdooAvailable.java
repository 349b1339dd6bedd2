package dev.ledgerline.odoo.compat.differential;

import dev.ledgerline.odoo.testkit.RealOdooLocator;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips a jqwik container with one line when there is no real Odoo that can be reset (what {@code
 * RealOdoo(freshDatabase = true)} does for JUnit tests); where a real Odoo is required, runs it so that it
 * fails with the reason.
 */
public final class RealOdooAvailable implements SkipExecutionHook {

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        RealOdooLocator.Located located = RealOdooLocator.locate();
        if (located.server() == null) {
            return RealOdooLocator.required()
                    ? SkipResult.doNotSkip()
                    : SkipResult.skip("no real Odoo: " + located.reason());
        }
        if (!located.server().resettable()) {
            return SkipResult.skip("needs a fresh database, and a server named by ODOO_URL is never reset");
        }
        return SkipResult.doNotSkip();
    }
}
