package dev.ledgerline.core.metrics;

import static dev.ledgerline.core.metrics.SampleFirm.LATER;
import static dev.ledgerline.core.metrics.SampleFirm.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.ContractTerms;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.VendorBill;
import dev.ledgerline.core.cost.CostCalculator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportCurrencyTest {

    private final SampleFirm firm = new SampleFirm().entity("us", "USD").entity("eu", "EUR");
    private final ReportQuery march = ReportQuery.of(day("2026-03-01"), day("2026-03-31"), LATER);

    ReportCurrencyTest() {
        Ref kus = firm.contract("K-US", "us", "USD", BillingModel.TIME_AND_MATERIALS, ContractTerms.NONE);
        Ref keu = firm.contract("K-EU", "eu", "EUR", BillingModel.TIME_AND_MATERIALS, ContractTerms.NONE);
        firm.vendorBill(
                "VB-US",
                firm.clientProject("P-US", "C-1", kus, "us", "Data"),
                "2026-03-10",
                "100.00",
                "USD",
                VendorBill.Status.APPROVED);
        firm.vendorBill(
                "VB-EU",
                firm.clientProject("P-EU", "C-2", keu, "eu", "Data"),
                "2026-03-10",
                "100.00",
                "EUR",
                VendorBill.Status.APPROVED);
        firm.settings(firm.settings()
                .withGroup(new FirmSettings.GroupCurrency(
                        "USD", new SampleRates("USD").rate("EUR", "2026-03-01", "0.80"))));
    }

    @Test
    void amountsOfEntitiesInDifferentCurrenciesAreNeverAddedInOneRow() {
        var cost = new CostCalculator(firm.held(), firm.settings());

        assertThatThrownBy(() -> cost.report(march))
                .isInstanceOf(MixedCurrenciesException.class)
                .hasMessageContaining("[EUR, USD]");
    }

    @Test
    void groupedByEntityEachRowKeepsItsOwnCurrency() {
        var report =
                new CostCalculator(firm.held(), firm.settings()).report(march.withGroupBy(List.of(Dimension.ENTITY)));

        assertThat(report.row("eu").orElseThrow().currency()).isEqualTo("EUR");
        assertThat(report.row("us").orElseThrow().currency()).isEqualTo("USD");
        assertThat(report.currency()).isNull();
    }

    @Test
    void inTheGroupCurrencyEveryAmountIsConvertedWithTheGroupCompanyRates() {
        var total = new CostCalculator(firm.held(), firm.settings())
                .report(march.withGroupCurrency())
                .total();

        assertThat(total.currency()).isEqualTo("USD");
        assertThat(total.value()).isEqualByComparingTo("225.00");
    }
}
