package dev.ledgerline.hub.dispatch;

import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.hub.ledger.DbTime;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Databases without {@code SKIP LOCKED} (H2): candidates are read without locks and each is taken by
 * an update conditional on its state and lock version, so a row two claimers read is taken by one.
 * Claim transactions first take the one-row {@code dispatch_claim_lock}, so a claim reads the
 * committed outcome of the claim before it and per-aggregate order holds across claimers too.
 */
final class ConditionalUpdateClaim implements ClaimStrategy {

    private static final String SQL_LOCK = """
            UPDATE dispatch_claim_lock SET claimed_at = :now WHERE id = 1
            """;

    private static final String SQL = ClaimQuery.SQL_CANDIDATES + """
             FETCH FIRST :limit ROWS ONLY
            """;

    private final NamedParameterJdbcTemplate jdbc;

    ConditionalUpdateClaim(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ClaimedRecord> candidates(Collection<RecordType> types, int limit, Instant now) {
        jdbc.update(SQL_LOCK, new MapSqlParameterSource("now", DbTime.of(now)));
        return jdbc.query(SQL, ClaimQuery.params(types, limit, now), ClaimQuery::row);
    }

    @Override
    public String toString() {
        return "ConditionalUpdateClaim";
    }
}
