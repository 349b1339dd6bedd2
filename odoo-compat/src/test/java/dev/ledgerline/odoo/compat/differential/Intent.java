package dev.ledgerline.odoo.compat.differential;

/**
 * One generated step of the workload: a few calls, the way the hub makes them, applied to both servers.
 * Its numbers pick among the records made so far, so that the same list means the same calls on both
 * sides.
 */
sealed interface Intent
        permits MasterDataIntents.NewCustomers,
                MasterDataIntents.FindPartners,
                MasterDataIntents.EditPartner,
                MasterDataIntents.NewEmployees,
                MasterDataIntents.ChangeCost,
                MasterDataIntents.NewTax,
                MasterDataIntents.NewRate,
                MasterDataIntents.ReadBack,
                ProjectIntents.NewProject,
                ProjectIntents.NewTask,
                ProjectIntents.LogTime,
                ProjectIntents.TimesheetReport,
                InvoiceIntents.NewInvoice,
                InvoiceIntents.PostInvoice,
                InvoiceIntents.Pay,
                InvoiceIntents.Reverse,
                Mistake {

    void apply(Workload workload);
}
