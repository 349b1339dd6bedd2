package dev.ledgerline.hub.billing;

import dev.ledgerline.core.billing.Exclusion;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.hub.ledger.DbTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The SQL of {@code billing_run} and the exclusions of a run that no proposal lists. */
@Repository
class RunRepository {

    /** What started a run. */
    enum Trigger {
        API,
        SCHEDULE
    }

    private static final String SQL_INSERT = """
            INSERT INTO billing_run (id, run_date, entity, contracts, trigger_kind, actor, started_at)
            VALUES (:id, :runDate, :entity, :contracts, :trigger, :actor, :startedAt)
            """;

    private static final String SQL_FINISH = "UPDATE billing_run SET finished_at = :at WHERE id = :id";

    private static final String SQL_SCHEDULED = """
            SELECT COUNT(*) FROM billing_run WHERE run_date = :runDate AND trigger_kind = 'SCHEDULE'
               AND finished_at IS NOT NULL
            """;

    private static final String SQL_EXCLUSION = """
            INSERT INTO billing_run_exclusion (run_id, ref, reason)
            SELECT CAST(:runId AS VARCHAR(36)), CAST(:ref AS VARCHAR(400)), CAST(:reason AS VARCHAR(64))
             WHERE NOT EXISTS (SELECT 1 FROM billing_run_exclusion WHERE run_id = :runId AND ref = :ref)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    RunRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            String id,
            LocalDate runDate,
            String entity,
            Collection<RecordKey> contracts,
            Trigger trigger,
            String actor,
            Instant startedAt) {
        String requested = contracts.isEmpty()
                ? null
                : contracts.stream().map(RecordKey::toString).collect(Collectors.joining(","));
        jdbc.update(
                SQL_INSERT,
                new MapSqlParameterSource()
                        .addValue("id", id)
                        .addValue("runDate", runDate)
                        .addValue("entity", entity)
                        .addValue("contracts", requested)
                        .addValue("trigger", trigger.name())
                        .addValue("actor", actor)
                        .addValue("startedAt", DbTime.of(startedAt)));
    }

    void finish(String id, Instant at) {
        jdbc.update(SQL_FINISH, new MapSqlParameterSource().addValue("id", id).addValue("at", DbTime.of(at)));
    }

    /** Whether the scheduled run of {@code runDate} has completed. */
    boolean scheduledRunDone(LocalDate runDate) {
        Long count = jdbc.queryForObject(SQL_SCHEDULED, new MapSqlParameterSource("runDate", runDate), Long.class);
        return count != null && count > 0;
    }

    void exclusions(String runId, List<Exclusion> excluded) {
        for (Exclusion e : excluded) {
            jdbc.update(
                    SQL_EXCLUSION,
                    new MapSqlParameterSource()
                            .addValue("runId", runId)
                            .addValue("ref", e.ref().toString())
                            .addValue("reason", e.reason()));
        }
    }
}
