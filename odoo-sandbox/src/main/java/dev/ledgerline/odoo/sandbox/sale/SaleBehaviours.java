package dev.ledgerline.odoo.sandbox.sale;

import dev.ledgerline.odoo.sandbox.orm.Orm;

/** Sales orders: numbering, lines priced from products, confirmation creating service projects. */
public final class SaleBehaviours {
    private SaleBehaviours() {}

    public static void register(Orm orm) {
        orm.register(new SaleOrderBehaviour());
        orm.register(new SaleOrderLineBehaviour());
    }
}
