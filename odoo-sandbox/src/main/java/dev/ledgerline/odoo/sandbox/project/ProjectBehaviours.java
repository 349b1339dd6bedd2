package dev.ledgerline.odoo.sandbox.project;

import dev.ledgerline.odoo.sandbox.orm.Orm;

/** Projects, tasks, milestones and timesheets. */
public final class ProjectBehaviours {
    private ProjectBehaviours() {}

    public static void register(Orm orm) {
        orm.register(new ProjectBehaviour());
        orm.register(new MilestoneBehaviour());
        orm.register(new TaskBehaviour());
        orm.register(new TimesheetBehaviour());
    }
}
