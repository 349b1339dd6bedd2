package dev.ledgerline.hub.ownership;

import dev.ledgerline.core.ownership.OwnershipPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link OwnershipPolicy} of the hub, from {@code ledgerline.ownership.*}. */
@Configuration
class OwnershipConfiguration {

    @Bean
    OwnershipPolicy ownershipPolicy(OwnershipProperties properties) {
        return new OwnershipPolicy(properties.rules());
    }
}
