package dev.ledgerline.hub.sync;

/** The Odoo version differences a mapping needs, answered for its target (the client's {@code OdooDialect}). */
public interface TargetDialect {

    /** Odoo 18's answers. */
    TargetDialect ODOO_18 = of(18);

    /** The answers of a stock Odoo of this major version. */
    static TargetDialect of(int major) {
        return new TargetDialect() {
            @Override
            public int majorVersion() {
                return major;
            }

            @Override
            public String projectAnalyticAccountField() {
                return major >= 18 ? "account_id" : "analytic_account_id";
            }
        };
    }

    /** The major version of the target's Odoo (17, 18, 19…). */
    int majorVersion();

    /** The many2one of {@code project.project} to its analytic account: {@code account_id} from 18, {@code analytic_account_id} before. */
    String projectAnalyticAccountField();
}
