package dev.ledgerline.odoo.compat.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DivergencePatternTest {

    @Test
    void theAcceptedListIsReadFromTheSandboxesDivergencesFile() {
        List<DivergencePattern> accepted = AcceptedDivergences.read().all();

        assertThat(accepted).isNotEmpty();
        assertThat(accepted)
                .anyMatch(
                        a -> a.covers(
                                "final.timesheets",
                                "result[0].project_id[1] = \"Internal\" from the sandbox, \"Internal - My Company\" from Odoo"));
        assertThat(accepted)
                .noneMatch(a -> a.covers("invoice.read", "result[0].amount_total = 1 from the sandbox, 2 from Odoo"));
    }

    @Test
    void onlyRowsOfTheAcceptedSectionCount() {
        List<DivergencePattern> accepted = AcceptedDivergences.parse(List.of(
                        "## Chosen divergences",
                        "| `^partner\\.read$` | `name` | not accepted: another section |",
                        "## Accepted by the differential test",
                        "| operation kinds | difference | reason |",
                        "|---|---|---|",
                        "| `^final\\.timesheets$` | `Internal` | the internal project |"))
                .all();

        assertThat(accepted)
                .singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo("the internal project"));
    }

    @Test
    void oneCentCoversOnlyACentInTheNamedFields() {
        DivergencePattern cent = DivergencePattern.oneCent("^invoice\\.read$", "amount_tax|amount_total", "rounding");

        assertThat(cent.covers("invoice.read", "result[0].amount_tax = 582.49 from the sandbox, 582.5 from Odoo"))
                .isTrue();
        assertThat(cent.covers("invoice.read", "result[0].amount_tax = 582.48 from the sandbox, 582.5 from Odoo"))
                .isFalse();
        assertThat(cent.covers("invoice.read", "result[0].amount_untaxed = 1.01 from the sandbox, 1.02 from Odoo"))
                .isFalse();
        assertThat(cent.covers("refund.read", "result[0].amount_tax = 582.49 from the sandbox, 582.5 from Odoo"))
                .isFalse();
    }
}
