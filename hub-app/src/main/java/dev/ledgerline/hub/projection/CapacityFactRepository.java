package dev.ledgerline.hub.projection;

import dev.ledgerline.core.canonical.Leave;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/** The SQL of {@code fact_capacity_day} and of {@code fact_leave}, the leave it is computed from. */
@Repository
class CapacityFactRepository {

    private static final String SQL_DELETE_EMPLOYEE_DAYS = """
            DELETE FROM fact_capacity_day WHERE employee = :employee
            """;

    private static final String SQL_DELETE_DAY = """
            DELETE FROM fact_capacity_day WHERE employee = :employee AND work_date = :date
            """;

    private static final String SQL_INSERT_DAY = """
            INSERT INTO fact_capacity_day (employee, work_date, entity, practice, role, month_key, week_key,
                quarter_key, working_hours, leave_hours, capacity_hours)
            VALUES (:employee, :date, :entity, :practice, :role, :month, :week, :quarter, :working, :leave, :capacity)
            """;

    private static final String SQL_LEAVE_OF = """
            SELECT record_id, employee, leave_date FROM fact_leave WHERE record_id IN (:ids)
            """;

    private static final String SQL_DELETE_LEAVE = """
            DELETE FROM fact_leave WHERE record_id IN (:ids)
            """;

    private static final String SQL_INSERT_LEAVE = """
            INSERT INTO fact_leave (record_id, employee, leave_date, hours, status)
            VALUES (:recordId, :employee, :date, :hours, :status)
            """;

    private static final String SQL_LEAVE_IDS_OF_EMPLOYEE = """
            SELECT record_id FROM fact_leave WHERE employee = :employee
            """;

    private final NamedParameterJdbcTemplate jdbc;

    CapacityFactRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An employee and a day whose capacity is to be recomputed. */
    record EmployeeDay(String employee, LocalDate date) {}

    /** The employee and date each of the leave records {@code ids} had when last kept. */
    List<EmployeeDay> keptLeaveDays(Collection<UUID> ids) {
        List<EmployeeDay> days = new ArrayList<>();
        for (List<UUID> chunk : Chunks.of(List.copyOf(ids))) {
            jdbc.query(SQL_LEAVE_OF, new MapSqlParameterSource("ids", chunk), rs -> {
                days.add(new EmployeeDay(rs.getString("employee"), rs.getObject("leave_date", LocalDate.class)));
            });
        }
        return days;
    }

    /** Replaces the kept leave records {@code derived} with the live ones among them. */
    void replaceLeave(Collection<UUID> derived, Map<UUID, Leave> live) {
        for (List<UUID> chunk : Chunks.of(List.copyOf(derived))) {
            jdbc.update(SQL_DELETE_LEAVE, new MapSqlParameterSource("ids", chunk));
        }
        if (!live.isEmpty()) {
            jdbc.batchUpdate(
                    SQL_INSERT_LEAVE,
                    live.entrySet().stream()
                            .map(e -> new MapSqlParameterSource()
                                    .addValue("recordId", e.getKey())
                                    .addValue(
                                            "employee", e.getValue().employee().toString())
                                    .addValue("date", e.getValue().date())
                                    .addValue("hours", e.getValue().hours())
                                    .addValue("status", e.getValue().status().name()))
                            .toArray(SqlParameterSource[]::new));
        }
    }

    /** The leave records kept for an employee. */
    List<UUID> leaveIdsOf(String employee) {
        return jdbc.query(
                SQL_LEAVE_IDS_OF_EMPLOYEE,
                new MapSqlParameterSource("employee", employee),
                (rs, n) -> rs.getObject("record_id", UUID.class));
    }

    /** Replaces every capacity day of an employee. */
    void replaceEmployee(String employee, List<CapacityDay> days) {
        jdbc.update(SQL_DELETE_EMPLOYEE_DAYS, new MapSqlParameterSource("employee", employee));
        insert(days);
    }

    /** Replaces the capacity of single days; {@code days} are those among them that are working days. */
    void replaceDays(Collection<EmployeeDay> derived, List<CapacityDay> days) {
        if (!derived.isEmpty()) {
            jdbc.batchUpdate(
                    SQL_DELETE_DAY,
                    derived.stream()
                            .map(d -> new MapSqlParameterSource()
                                    .addValue("employee", d.employee())
                                    .addValue("date", d.date()))
                            .toArray(SqlParameterSource[]::new));
        }
        insert(days);
    }

    void deleteAll() {
        jdbc.getJdbcTemplate().update("DELETE FROM fact_capacity_day");
        jdbc.getJdbcTemplate().update("DELETE FROM fact_leave");
    }

    private void insert(List<CapacityDay> days) {
        if (days.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                SQL_INSERT_DAY,
                days.stream()
                        .map(d -> new MapSqlParameterSource()
                                .addValue("employee", d.employee())
                                .addValue("date", d.date())
                                .addValue("entity", d.entity())
                                .addValue("practice", d.practice())
                                .addValue("role", d.role())
                                .addValue("month", Calendar.month(d.date()))
                                .addValue("week", Calendar.week(d.date()))
                                .addValue("quarter", Calendar.quarter(d.date()))
                                .addValue("working", d.workingHours())
                                .addValue("leave", d.leaveHours())
                                .addValue("capacity", d.capacityHours()))
                        .toArray(SqlParameterSource[]::new));
    }
}
