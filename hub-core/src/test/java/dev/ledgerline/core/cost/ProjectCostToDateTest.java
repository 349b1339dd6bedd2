package dev.ledgerline.core.cost;

import static dev.ledgerline.core.metrics.SampleFirm.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.ContractTerms;
import dev.ledgerline.core.canonical.Expense;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.VendorBill;
import dev.ledgerline.core.metrics.Basis;
import dev.ledgerline.core.metrics.SampleFirm;
import org.junit.jupiter.api.Test;

class ProjectCostToDateTest {

    private final SampleFirm firm = new SampleFirm().entity("us", "USD");
    private final Ref contract = firm.contract("K-FF", "us", "USD", BillingModel.FIXED_FEE, ContractTerms.NONE);
    private final Ref project = firm.clientProject("P-FF", "C-1", contract, "us", "Data");

    ProjectCostToDateTest() {
        Ref emp = firm.employee("EMP-1", "us", "consultant", "Data", "50", "40", "2025-01-01");
        Ref internal = firm.internalProject("P-INT", "us", "Data");
        firm.entry("TE-1", emp, project, "2026-01-10", "4");
        firm.entry("TE-2", emp, project, "2026-01-31", "2");
        firm.entry("TE-3", emp, project, "2026-02-01", "3");
        firm.entry("TE-4", emp, internal, "2026-01-12", "10");
        firm.expense("EX-1", emp, project, "2026-01-20", "100.00", "USD", Expense.Status.APPROVED);
        firm.vendorBill("VB-1", project, "2026-02-02", "300.00", "USD", VendorBill.Status.APPROVED);
        firm.payroll("PR-1", emp, "2026-01-01", "2026-01-31", "4000.00", "USD");
    }

    /** docs/metrics.md, example COST-4, provisional basis. */
    @Test
    void cost4ProvisionalCostToDateIsStandardLabourPlusExpensesAndBillsUpToTheDate() {
        var costToDate = new ProjectCostToDate(firm.held(), firm.settings(), Basis.PROVISIONAL);

        assertThat(costToDate.ofProject(project, day("2026-01-31"))).isEqualByComparingTo("400.00");
        assertThat(costToDate.ofProject(project, day("2026-02-28"))).isEqualByComparingTo("850.00");
        assertThat(costToDate.ofContract(contract, day("2026-02-28"))).isEqualByComparingTo("850.00");
        assertThat(costToDate.breakdown(project, day("2026-02-28")).hours()).isEqualByComparingTo("9");
    }

    /** docs/metrics.md, example COST-4, final basis. */
    @Test
    void cost4FinalCostToDateAllocatesPayrollAndSplitsItAtTheDate() {
        var costToDate = new ProjectCostToDate(firm.held(), firm.settings(), Basis.FINAL);

        assertThat(costToDate.ofProject(project, day("2026-01-15"))).isEqualByComparingTo("552.99");
        assertThat(costToDate.ofProject(project, day("2026-01-31"))).isEqualByComparingTo("1600.00");
        assertThat(costToDate.ofProject(project, day("2026-02-28"))).isEqualByComparingTo("2050.00");
    }
}
