package dev.ledgerline.hub.sync.validation;

import dev.ledgerline.hub.firm.FirmConfiguration;
import dev.ledgerline.hub.odoo.TargetProperties;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The checks before delivery, built from the firm's entities and the targets' routing. */
@Configuration(proxyBeanMethods = false)
public class DeliveryValidation {

    @Bean
    DeliveryChecks deliveryChecks(FirmConfiguration firm, TargetProperties targets) {
        Set<String> routed = new LinkedHashSet<>();
        targets.targets().forEach((name, settings) -> {
            if (settings != null && settings.url() != null && !settings.url().isBlank()) {
                routed.addAll(settings.entities());
            }
        });
        return new DeliveryChecks(firm.entitiesById(), routed);
    }
}
