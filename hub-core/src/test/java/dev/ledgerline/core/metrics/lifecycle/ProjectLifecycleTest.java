package dev.ledgerline.core.metrics.lifecycle;

import static dev.ledgerline.core.metrics.SampleFirm.d;
import static dev.ledgerline.core.metrics.SampleFirm.day;
import static dev.ledgerline.core.metrics.SampleFirm.ref;
import static dev.ledgerline.core.metrics.SampleInvoice.invoice;
import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.Project.Status;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.metrics.SampleFirm;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectLifecycleTest {

    private final SampleFirm firm = new SampleFirm().entity("us", "USD");
    private final Ref emp = firm.employee("EMP-1", "us", "consultant", "Data", "50", "40", "2025-01-01");
    private final Ref k1 = ref("crm", "K-1");
    private final Ref p1 = ref("psa", "P-1");
    private final Ref p2 = ref("psa", "P-2");

    ProjectLifecycleTest() {
        firm.add(
                "crm",
                "K-1",
                new Contract(
                        ref("crm", "C-1"),
                        "us",
                        "USD",
                        BillingModel.TIME_AND_MATERIALS,
                        terms().period("2026-01-01", "2026-02-28")
                                .rate("consultant", "100")
                                .build(),
                        List.of()),
                at("2026-01-05T09:00:00Z"));
        firm.add("psa", "P-1", project("P-1", null), at("2026-01-05T10:00:00Z"));
        firm.add("psa", "P-2", project("P-2", null), at("2026-01-05T10:00:00Z"));
        firm.add("psa", "TE-1", entry(p1, "2026-01-09", TimeEntry.Status.SUBMITTED, null), at("2026-01-10T08:00:00Z"));
        firm.add(
                "psa",
                "TE-1",
                entry(p1, "2026-01-09", TimeEntry.Status.APPROVED, "2026-01-12T07:00:00Z"),
                at("2026-01-12T08:00:00Z"));
        firm.add(
                "psa",
                "TE-2",
                entry(p2, "2026-01-19", TimeEntry.Status.APPROVED, "2026-01-20T07:00:00Z"),
                at("2026-01-20T08:00:00Z"));
        firm.invoice(
                invoice("INV-1", "2026-01-31", "0")
                        .contract(k1)
                        .project(p1)
                        .postedAt("2026-02-01T10:00:00Z")
                        .line(1, "time", "8", "100", "800.00", "TE-1")
                        .totalFromLines()
                        .build(),
                at("2026-02-01T11:00:00Z"));
        firm.add("psa", "P-1", project("P-1", Status.CLOSED), at("2026-02-15T09:00:00Z"));
    }

    /** docs/metrics.md, example LIFE-1. */
    @Test
    void life1EveryTransitionFromSoldToClosedWithItsCause() {
        var lifecycle =
                new ProjectLifecycle(firm.held(), firm.settings(), List.of(), Map.of(p1, at("2026-01-06T12:00:00Z")));

        Lifecycle p = lifecycle.of(p1);

        assertThat(p.state()).isEqualTo(Status.CLOSED);
        assertThat(p.transitions())
                .extracting(Transition::to)
                .containsExactly(
                        Status.SOLD,
                        Status.INITIATED,
                        Status.STAFFED,
                        Status.IN_DELIVERY,
                        Status.PENDING_BILLING,
                        Status.PARTIALLY_BILLED,
                        Status.CLOSED);
        assertThat(p.transitions())
                .extracting(Transition::at)
                .containsExactly(
                        at("2026-01-05T09:00:00Z"),
                        at("2026-01-06T12:00:00Z"),
                        at("2026-01-10T08:00:00Z"),
                        at("2026-01-12T08:00:00Z"),
                        at("2026-01-12T08:00:00Z"),
                        at("2026-02-01T10:00:00Z"),
                        at("2026-02-15T09:00:00Z"));
        assertThat(p.transitions().get(5).cause()).isEqualTo("invoice INV-1 posted");
        assertThat(p.transitions().get(6).cause()).isEqualTo("status closed from the project's system");
    }

    /** docs/metrics.md, example LIFE-2. */
    @Test
    void life2LaterEventsImplyEarlierStatesAndWipBlocksTheCloseAtContractEnd() {
        var lifecycle = new ProjectLifecycle(firm.held(), firm.settings(), List.of(), Map.of());

        Lifecycle p = lifecycle.of(p2);

        assertThat(p.state()).isEqualTo(Status.PENDING_BILLING);
        assertThat(p.transitions())
                .extracting(Transition::to)
                .containsExactly(
                        Status.SOLD, Status.INITIATED, Status.STAFFED, Status.IN_DELIVERY, Status.PENDING_BILLING);
        assertThat(p.transitions().get(1).cause()).isEqualTo("implied by time recorded: psa:time_entry:TE-2");
        assertThat(p.transitions().get(1).at()).isEqualTo(at("2026-01-20T08:00:00Z"));
        assertThat(p.closeBlocked()).contains("WIP left: psa:time_entry:TE-2");
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static Project project(String id, Status status) {
        return new Project(
                id,
                ref("crm", "C-1"),
                "us",
                Project.Kind.CLIENT,
                ref("crm", "K-1"),
                status,
                null,
                "Data",
                null,
                null,
                null,
                null,
                true);
    }

    private TimeEntry entry(Ref project, String date, TimeEntry.Status status, String approvedAt) {
        return new TimeEntry(
                emp,
                project,
                day(date),
                d("8"),
                null,
                null,
                status,
                null,
                approvedAt == null ? null : "m",
                approvedAt == null ? null : at(approvedAt),
                null);
    }
}
