package dev.ledgerline.hub.projection;

import dev.ledgerline.hub.ledger.DbTime;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/** The SQL of {@code fact_time_entry}. */
@Repository
class TimeEntryFactRepository {

    private static final String SQL_DELETE = """
            DELETE FROM fact_time_entry WHERE record_id IN (:ids)
            """;

    private static final String SQL_INSERT = """
            INSERT INTO fact_time_entry (record_id, source, external_id, version, employee, project, task, customer,
                contract, entity, entity_currency, practice, role, employee_entity, employee_practice, employee_role,
                entry_date, entry_day, month_key, week_key, quarter_key, status, project_kind, billing_model,
                not_to_exceed, classification, classification_if_approved, recorded_hours, billable_hours,
                contract_value, contract_currency, standard_value, standard_currency, labour, labour_currency,
                labour_cost_exact, approved_at, received_at, problem)
            VALUES (:recordId, :source, :externalId, :version, :employee, :project, :task, :customer,
                :contract, :entity, :entityCurrency, :practice, :role, :employeeEntity, :employeePractice, :employeeRole,
                :date, :day, :month, :week, :quarter, :status, :projectKind, :billingModel,
                :notToExceed, :classification, :classificationIfApproved, :recordedHours, :billableHours,
                :contractValue, :contractCurrency, :standardValue, :standardCurrency, :labour, :labourCurrency,
                :labourCostExact, :approvedAt, :receivedAt, :problem)
            """;

    /** Entries whose facts depend on a record a column names; the column comes from the code, never a caller. */
    private static final String SQL_IDS_BY = """
            SELECT record_id FROM fact_time_entry WHERE %s IN (:refs)
            """;

    private static final String SQL_IDS_OF_ENTITY_SINCE = """
            SELECT record_id FROM fact_time_entry
             WHERE (entity = :entity OR problem IS NOT NULL) AND entry_date >= :since
            """;

    private static final String SQL_DELETE_ALL = "DELETE FROM fact_time_entry";

    private final NamedParameterJdbcTemplate jdbc;

    TimeEntryFactRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the facts of {@code derived} records: {@code facts} are the live ones among them. */
    void replace(Collection<UUID> derived, List<TimeEntryFact> facts) {
        for (List<UUID> chunk : Chunks.of(List.copyOf(derived))) {
            jdbc.update(SQL_DELETE, new MapSqlParameterSource("ids", chunk));
        }
        if (!facts.isEmpty()) {
            jdbc.batchUpdate(
                    SQL_INSERT,
                    facts.stream().map(TimeEntryFactRepository::params).toArray(SqlParameterSource[]::new));
        }
    }

    /** The entries whose project, task, contract or employee is one of {@code refs}. */
    Set<UUID> idsReferencing(Reference column, Collection<String> refs) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (List<String> chunk : Chunks.of(List.copyOf(refs))) {
            ids.addAll(jdbc.query(
                    SQL_IDS_BY.formatted(column.column),
                    new MapSqlParameterSource("refs", chunk),
                    (rs, n) -> rs.getObject("record_id", UUID.class)));
        }
        return ids;
    }

    /** Entries of an entity (and any with a problem) dated on or after {@code since}: what new exchange rates change. */
    List<UUID> idsOfEntitySince(String entity, LocalDate since) {
        return jdbc.query(
                SQL_IDS_OF_ENTITY_SINCE,
                new MapSqlParameterSource().addValue("entity", entity).addValue("since", since),
                (rs, n) -> rs.getObject("record_id", UUID.class));
    }

    void deleteAll() {
        jdbc.getJdbcTemplate().update(SQL_DELETE_ALL);
    }

    /** The columns a change of another record is looked up by. */
    enum Reference {
        PROJECT("project"),
        TASK("task"),
        CONTRACT("contract"),
        EMPLOYEE("employee");

        private final String column;

        Reference(String column) {
            this.column = column;
        }
    }

    private static MapSqlParameterSource params(TimeEntryFact f) {
        return new MapSqlParameterSource()
                .addValue("recordId", f.recordId())
                .addValue("source", f.source())
                .addValue("externalId", f.externalId())
                .addValue("version", f.version())
                .addValue("employee", f.employee())
                .addValue("project", f.project())
                .addValue("task", f.task())
                .addValue("customer", f.customer())
                .addValue("contract", f.contract())
                .addValue("entity", f.entity())
                .addValue("entityCurrency", f.entityCurrency())
                .addValue("practice", f.practice())
                .addValue("role", f.role())
                .addValue("employeeEntity", f.employeeEntity())
                .addValue("employeePractice", f.employeePractice())
                .addValue("employeeRole", f.employeeRole())
                .addValue("date", f.date())
                .addValue("day", Math.toIntExact(f.date().toEpochDay()))
                .addValue("month", Calendar.month(f.date()))
                .addValue("week", Calendar.week(f.date()))
                .addValue("quarter", Calendar.quarter(f.date()))
                .addValue("status", f.status())
                .addValue("projectKind", f.projectKind())
                .addValue("billingModel", f.billingModel())
                .addValue("notToExceed", f.notToExceed())
                .addValue("classification", f.classification())
                .addValue("classificationIfApproved", f.classificationIfApproved())
                .addValue("recordedHours", f.recordedHours())
                .addValue("billableHours", f.billableHours())
                .addValue("contractValue", f.contractValue())
                .addValue("contractCurrency", f.contractCurrency())
                .addValue("standardValue", f.standardValue())
                .addValue("standardCurrency", f.standardCurrency())
                .addValue("labour", f.labour())
                .addValue("labourCurrency", f.labourCurrency())
                .addValue("labourCostExact", Exact.forColumn(f.labourCostExact()))
                .addValue("approvedAt", DbTime.of(f.approvedAt()))
                .addValue("receivedAt", DbTime.of(f.receivedAt()))
                .addValue("problem", f.problem());
    }

    /** For tests and the rebuild's progress: how many facts there are. */
    long count() {
        Long n = jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM fact_time_entry", Long.class);
        return n == null ? 0 : n;
    }
}
