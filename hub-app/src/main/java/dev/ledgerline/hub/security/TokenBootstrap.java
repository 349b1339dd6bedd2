package dev.ledgerline.hub.security;

import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores the configured tokens as hashes and registers the sources their scopes name. */
@Component
class TokenBootstrap implements ApplicationRunner {

    private final SecurityProperties properties;
    private final ApiTokenRepository tokens;
    private final Clock clock;

    TokenBootstrap(SecurityProperties properties, ApiTokenRepository tokens, Clock clock) {
        this.properties = properties;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (SecurityProperties.BootstrapToken t : properties.tokens()) {
            tokens.put(t.name(), TokenFormat.hash(t.token()), t.scopes(), t.expiresAt(), clock.instant());
            t.scopes().stream()
                    .filter(s -> s.startsWith(Scopes.INGEST_PREFIX))
                    .forEach(s -> tokens.registerSource(s.substring(Scopes.INGEST_PREFIX.length()), clock.instant()));
        }
    }
}
