package dev.ledgerline.odoo.sandbox.expense;

import dev.ledgerline.odoo.sandbox.access.Groups;
import dev.ledgerline.odoo.sandbox.orm.Orm;

/** Employees' expenses and expense reports. */
public final class ExpenseBehaviours {
    private ExpenseBehaviours() {}

    public static void register(Orm orm, Groups groups) {
        orm.register(new ExpenseBehaviour());
        orm.register(new ExpenseSheetBehaviour(new ExpenseApprovers(groups)));
    }
}
