package dev.ledgerline.core.rates;

import static dev.ledgerline.core.testdata.Dates.at;
import static dev.ledgerline.core.testdata.Dates.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.Employee;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.testdata.Firm;
import dev.ledgerline.core.testdata.Versions;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmployeeHistoryTest {

    static final Ref E1 = new Ref("hr", "E1");

    @Test
    void versionWithoutValidFromIsValidFromTheDateItOccurredInTheEntityZone() {
        RecordVersion<Employee> v1 = Versions.held("hr", "E1", 1, at("2025-05-01T10:00:00Z"), Firm.employee("junior"));
        RecordVersion<Employee> v2 = Versions.held("hr", "E1", 2, at("2026-01-31T23:30:00Z"), Firm.employee("senior"));

        EmployeeHistory inUtc = EmployeeHistory.of(E1, List.of(v1, v2), ZoneId.of("UTC"));
        EmployeeHistory inSydney = EmployeeHistory.of(E1, List.of(v1, v2), ZoneId.of("Australia/Sydney"));

        assertThat(inUtc.roleOn(d("2026-01-31"))).contains("senior");
        assertThat(inSydney.roleOn(d("2026-01-31"))).contains("junior");
        assertThat(inSydney.roleOn(d("2026-02-01"))).contains("senior");
    }

    @Test
    void laterLedgerVersionWithTheSameValidFromCorrectsTheEarlierOne() {
        RecordVersion<Employee> wrong =
                Versions.held("hr", "E1", 1, at("2025-05-01T10:00:00Z"), Firm.employee("junior", "2025-05-01"));
        RecordVersion<Employee> fixed =
                Versions.held("hr", "E1", 2, at("2025-05-02T10:00:00Z"), Firm.employee("senior", "2025-05-01"));

        EmployeeHistory history = EmployeeHistory.of(E1, List.of(fixed, wrong), ZoneId.of("UTC"));

        assertThat(history.versions()).hasSize(1);
        assertThat(history.roleOn(d("2025-06-01"))).contains("senior");
    }

    @Test
    void blankRoleIsNoRole() {
        EmployeeHistory history = EmployeeHistory.single(E1, Firm.employee(" "));

        assertThat(history.roleOn(d("2026-01-01"))).isEmpty();
    }

    @Test
    void emptyHistoryKnowsNothing() {
        assertThat(new EmployeeHistory(E1, List.of()).on(d("2026-01-01"))).isEmpty();
    }
}
