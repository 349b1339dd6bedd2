package dev.ledgerline.hub.security;

import java.time.Instant;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tokens configured as properties, for tests, demos and the first start of an installation: each is
 * hashed at startup and stored like any other token; the raw value is never logged.
 *
 * @param tokens the bootstrap tokens
 */
@ConfigurationProperties("ledgerline.security")
public record SecurityProperties(List<BootstrapToken> tokens) {

    public SecurityProperties {
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
        for (BootstrapToken t : tokens) {
            if (t.name() == null || t.name().isBlank()) {
                throw new IllegalArgumentException("ledgerline.security.tokens[].name is required");
            }
            if (t.token() == null || !TokenFormat.isWellFormed(t.token())) {
                throw new IllegalArgumentException("ledgerline.security.tokens[] named " + t.name()
                        + ": token must have the form llk_<random>_<checksum>");
            }
            Scopes.requireValid(t.scopes(), "ledgerline.security.tokens[] named " + t.name());
        }
    }

    /**
     * One configured token.
     *
     * @param name a name for people and the audit trail
     * @param token the raw token, {@code llk_<random>_<checksum>}
     * @param scopes {@code ingest:<source>}, {@code read}, {@code ops}, {@code finance}, {@code admin}
     * @param expiresAt when the token stops working; never when unset
     */
    public record BootstrapToken(String name, String token, List<String> scopes, Instant expiresAt) {

        public BootstrapToken {
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
        }

        @Override
        public String toString() {
            return "BootstrapToken[name=" + name + ", token=****, scopes=" + scopes + ", expiresAt=" + expiresAt + "]";
        }
    }
}
