package dev.ledgerline.hub.security;

import dev.ledgerline.hub.ledger.DbTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored tokens (as hashes) and the sources their scopes name. */
@Repository
class ApiTokenRepository {

    private static final String SQL_FIND_VALID = """
            SELECT name, scopes
              FROM api_token
             WHERE token_hash = :hash AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > :now)
            """;

    private static final String SQL_UPDATE = """
            UPDATE api_token SET token_hash = :hash, scopes = :scopes, expires_at = :expiresAt, revoked_at = NULL
             WHERE name = :name
            """;

    private static final String SQL_INSERT = """
            INSERT INTO api_token (name, token_hash, scopes, created_at, expires_at)
            VALUES (:name, :hash, :scopes, :now, :expiresAt)
            """;

    private static final String SQL_SOURCE_EXISTS = """
            SELECT COUNT(*) FROM source_system WHERE id = :id
            """;

    private static final String SQL_INSERT_SOURCE = """
            INSERT INTO source_system (id, name, created_at) VALUES (:id, :id, :now)
            """;

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ApiPrincipal> findValid(String hash, Instant now) {
        return jdbc.sql(SQL_FIND_VALID)
                .param("hash", hash)
                .param("now", DbTime.of(now))
                .query((rs, n) -> new ApiPrincipal(
                        rs.getString("name"),
                        new HashSet<>(Arrays.asList(rs.getString("scopes").split(" ")))))
                .optional();
    }

    /** Stores a configured token under its name, replacing what an earlier start stored. */
    void put(String name, String hash, List<String> scopes, Instant expiresAt, Instant now) {
        int updated = jdbc.sql(SQL_UPDATE)
                .param("name", name)
                .param("hash", hash)
                .param("scopes", String.join(" ", scopes))
                .param("expiresAt", DbTime.of(expiresAt))
                .update();
        if (updated == 0) {
            jdbc.sql(SQL_INSERT)
                    .param("name", name)
                    .param("hash", hash)
                    .param("scopes", String.join(" ", scopes))
                    .param("now", DbTime.of(now))
                    .param("expiresAt", DbTime.of(expiresAt))
                    .update();
        }
    }

    void registerSource(String id, Instant now) {
        if (jdbc.sql(SQL_SOURCE_EXISTS).param("id", id).query(Long.class).single() == 0) {
            jdbc.sql(SQL_INSERT_SOURCE)
                    .param("id", id)
                    .param("now", DbTime.of(now))
                    .update();
        }
    }
}
