package dev.ledgerline.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecordLinksTest {

    private final TimeEntry entry = new TimeEntry(
            new Ref("hr", "E-1"),
            new Ref("psa", "P-1"),
            LocalDate.of(2026, 3, 2),
            BigDecimal.ONE,
            new Ref("psa", "T-1"),
            null,
            null,
            null,
            null,
            null,
            null);

    @Test
    void timeEntryWaitsForProjectThenTaskThenEmployee() {
        assertThat(RecordLinks.parents(entry))
                .containsExactly(
                        new ParentLink("data.project", RecordKey.of("psa", RecordType.PROJECT, "P-1")),
                        new ParentLink("data.task", RecordKey.of("psa", RecordType.TASK, "T-1")),
                        new ParentLink("data.employee", RecordKey.of("hr", RecordType.EMPLOYEE, "E-1")));
    }

    @Test
    void timeEntryIsOrderedWithItsProject() {
        RecordKey key = RecordKey.of("psa", RecordType.TIME_ENTRY, "TE-1");

        assertThat(RecordLinks.aggregate(key, entry)).isEqualTo(RecordKey.of("psa", RecordType.PROJECT, "P-1"));
    }

    @Test
    void internalProjectWaitsOnlyForItsCustomer() {
        Project internal = new Project(
                "Bench",
                new Ref("crm", "C-1"),
                "us",
                Project.Kind.INTERNAL,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false);

        assertThat(RecordLinks.parents(internal))
                .containsExactly(new ParentLink("data.customer", RecordKey.of("crm", RecordType.CUSTOMER, "C-1")));
        assertThat(RecordLinks.canBeParent(RecordType.TIME_ENTRY)).isFalse();
        assertThat(RecordLinks.canBeParent(RecordType.PROJECT)).isTrue();
    }
}
