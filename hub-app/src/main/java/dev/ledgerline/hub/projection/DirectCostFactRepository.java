package dev.ledgerline.hub.projection;

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

/** The SQL of {@code fact_direct_cost}. */
@Repository
class DirectCostFactRepository {

    private static final String SQL_DELETE = """
            DELETE FROM fact_direct_cost WHERE record_id IN (:ids)
            """;

    private static final String SQL_INSERT = """
            INSERT INTO fact_direct_cost (record_id, kind, project, employee, customer, contract, entity, practice,
                cost_date, month_key, week_key, quarter_key, counts, amount, currency, entity_amount, entity_currency,
                problem)
            VALUES (:recordId, :kind, :project, :employee, :customer, :contract, :entity, :practice,
                :date, :month, :week, :quarter, :counts, :amount, :currency, :entityAmount, :entityCurrency,
                :problem)
            """;

    private static final String SQL_IDS_BY_PROJECT = """
            SELECT record_id FROM fact_direct_cost WHERE project IN (:refs)
            """;

    private static final String SQL_IDS_BY_CONTRACT = """
            SELECT record_id FROM fact_direct_cost WHERE contract IN (:refs)
            """;

    private static final String SQL_IDS_BY_EMPLOYEE = """
            SELECT record_id FROM fact_direct_cost WHERE employee IN (:refs)
            """;

    private static final String SQL_IDS_OF_ENTITY_SINCE = """
            SELECT record_id FROM fact_direct_cost
             WHERE (entity = :entity OR problem IS NOT NULL) AND cost_date >= :since
            """;

    private final NamedParameterJdbcTemplate jdbc;

    DirectCostFactRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void replace(Collection<UUID> derived, List<DirectCostFact> facts) {
        for (List<UUID> chunk : Chunks.of(List.copyOf(derived))) {
            jdbc.update(SQL_DELETE, new MapSqlParameterSource("ids", chunk));
        }
        if (!facts.isEmpty()) {
            jdbc.batchUpdate(
                    SQL_INSERT,
                    facts.stream().map(DirectCostFactRepository::params).toArray(SqlParameterSource[]::new));
        }
    }

    Set<UUID> idsByProject(Collection<String> refs) {
        return ids(SQL_IDS_BY_PROJECT, refs);
    }

    Set<UUID> idsByContract(Collection<String> refs) {
        return ids(SQL_IDS_BY_CONTRACT, refs);
    }

    Set<UUID> idsByEmployee(Collection<String> refs) {
        return ids(SQL_IDS_BY_EMPLOYEE, refs);
    }

    List<UUID> idsOfEntitySince(String entity, LocalDate since) {
        return jdbc.query(
                SQL_IDS_OF_ENTITY_SINCE,
                new MapSqlParameterSource().addValue("entity", entity).addValue("since", since),
                (rs, n) -> rs.getObject("record_id", UUID.class));
    }

    void deleteAll() {
        jdbc.getJdbcTemplate().update("DELETE FROM fact_direct_cost");
    }

    private Set<UUID> ids(String sql, Collection<String> refs) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (List<String> chunk : Chunks.of(List.copyOf(refs))) {
            ids.addAll(jdbc.query(
                    sql, new MapSqlParameterSource("refs", chunk), (rs, n) -> rs.getObject("record_id", UUID.class)));
        }
        return ids;
    }

    private static MapSqlParameterSource params(DirectCostFact f) {
        return new MapSqlParameterSource()
                .addValue("recordId", f.recordId())
                .addValue("kind", f.kind())
                .addValue("project", f.project())
                .addValue("employee", f.employee())
                .addValue("customer", f.customer())
                .addValue("contract", f.contract())
                .addValue("entity", f.entity())
                .addValue("practice", f.practice())
                .addValue("date", f.date())
                .addValue("month", Calendar.month(f.date()))
                .addValue("week", Calendar.week(f.date()))
                .addValue("quarter", Calendar.quarter(f.date()))
                .addValue("counts", f.counts())
                .addValue("amount", f.amount())
                .addValue("currency", f.currency())
                .addValue("entityAmount", f.entityAmount())
                .addValue("entityCurrency", f.entityCurrency())
                .addValue("problem", f.problem());
    }
}
