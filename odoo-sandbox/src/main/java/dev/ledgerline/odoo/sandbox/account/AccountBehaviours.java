package dev.ledgerline.odoo.sandbox.account;

import dev.ledgerline.odoo.sandbox.orm.Orm;

/** The accounting models: accounts, journal entries and items, payments and the payment wizard. */
public final class AccountBehaviours {
    private AccountBehaviours() {}

    public static void register(Orm orm) {
        orm.register(new AccountBehaviour());
        orm.register(new MoveBehaviour());
        orm.register(new MoveLineBehaviour());
        orm.register(new PaymentRegister());
        orm.register(new MoveReversal());
        orm.register(new PaymentBehaviour());
        orm.register(new AnalyticAccountBehaviour());
        orm.register(new TaxBehaviour());
    }
}
