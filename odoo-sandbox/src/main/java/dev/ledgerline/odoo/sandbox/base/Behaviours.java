package dev.ledgerline.odoo.sandbox.base;

import dev.ledgerline.odoo.sandbox.account.AccountBehaviours;
import dev.ledgerline.odoo.sandbox.expense.ExpenseBehaviours;
import dev.ledgerline.odoo.sandbox.hr.HrBehaviours;
import dev.ledgerline.odoo.sandbox.orm.Orm;
import dev.ledgerline.odoo.sandbox.project.ProjectBehaviours;
import dev.ledgerline.odoo.sandbox.sale.SaleBehaviours;
import dev.ledgerline.odoo.sandbox.server.Backend;

/** Registers every model's business behaviour with the ORM. */
public final class Behaviours {
    private Behaviours() {}

    public static void register(Orm orm, Backend backend) {
        orm.register(new PartnerBehaviour());
        orm.register(new ParentStoreBehaviour("hr.department", "master_department_id"));
        orm.register(new ParentStoreBehaviour("account.analytic.plan", "root_id"));
        orm.register(new CompanyBehaviour(backend.access().groups()));
        orm.register(new UserBehaviour(backend));
        orm.register(new ModelDataBehaviour());
        orm.register(new CurrencyBehaviour());
        orm.register(new CurrencyRateBehaviour());
        orm.register(new ProductBehaviour());
        orm.register(new ProductTemplateBehaviour());
        orm.register(new SimpleDisplayNames.UomDisplay());
        orm.register(new SimpleDisplayNames.RepartitionDisplay());
        AccountBehaviours.register(orm);
        ProjectBehaviours.register(orm);
        HrBehaviours.register(orm);
        SaleBehaviours.register(orm);
        ExpenseBehaviours.register(orm, backend.access().groups());
    }
}
