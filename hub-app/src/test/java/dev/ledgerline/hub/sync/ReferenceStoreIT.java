package dev.ledgerline.hub.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.odoo.Target;
import dev.ledgerline.hub.odoo.TargetProperties;
import dev.ledgerline.hub.odoo.TargetProperties.TargetDefaults;
import dev.ledgerline.hub.odoo.TargetProperties.TargetSettings;
import dev.ledgerline.hub.odoo.Targets;
import dev.ledgerline.hub.testing.Envelopes;
import dev.ledgerline.hub.testing.SandboxTarget;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** References kept as external ids, against the sandbox (which keeps an external id after an unlink). */
class ReferenceStoreIT {

    private static final SandboxTarget ODOO = SandboxTarget.shared();

    private final Targets targets = new Targets(
            new TargetProperties(
                    Map.of(
                            "default",
                            new TargetSettings(
                                    ODOO.url(),
                                    ODOO.database(),
                                    ODOO.user(),
                                    ODOO.apiKey(),
                                    null,
                                    1L,
                                    List.of(),
                                    null,
                                    null,
                                    null,
                                    null)),
                    new TargetDefaults(1000, 4, Duration.ofSeconds(60), 50, 4, 4, Duration.ofSeconds(30), 1)),
            Clock.systemUTC());

    private final Target target = targets.forEntity(null).orElseThrow();

    @AfterEach
    void close() {
        targets.close();
    }

    @Test
    void anExternalIdThatOutlivedItsRecordDoesNotHideTheRecordCreatedAfterIt() {
        String reference = "ll:psa:time_entry:" + Envelopes.unique("REF");
        ReferenceStore store = new ReferenceStore.AsExternalId();
        long removed = ODOO.create("res.partner", Map.of("name", "First " + reference));
        store.created(target, "res.partner", Map.of(removed, reference));
        target.call(() -> {
            target.model("res.partner").unlink(List.of(removed));
            return null;
        });
        long current = ODOO.create("res.partner", Map.of("name", "Second " + reference));
        store.created(target, "res.partner", Map.of(current, reference));

        ReferenceStore.Found found = store.find(target, "res.partner", List.of(reference), List.of(), Set.of("name"));

        assertThat(removed).as("the older, removed record has the lower id").isLessThan(current);
        assertThat(found.of(null, reference))
                .hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(current));
    }
}
