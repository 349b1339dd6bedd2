package dev.ledgerline.hub.dispatch;

import dev.ledgerline.core.canonical.RecordType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * PostgreSQL: the candidates are locked as they are read, skipping rows another claimer holds, so two
 * instances never wait for each other and never read the same row for a claim.
 */
final class SkipLockedClaim implements ClaimStrategy {

    private static final String SQL = ClaimQuery.SQL_CANDIDATES + """
             LIMIT :limit
               FOR UPDATE OF r SKIP LOCKED
            """;

    private final NamedParameterJdbcTemplate jdbc;

    SkipLockedClaim(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ClaimedRecord> candidates(Collection<RecordType> types, int limit, Instant now) {
        return jdbc.query(SQL, ClaimQuery.params(types, limit, now), ClaimQuery::row);
    }

    @Override
    public String toString() {
        return "SkipLockedClaim";
    }
}
