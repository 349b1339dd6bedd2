package dev.ledgerline.hub.dispatch;

import static dev.ledgerline.hub.testing.Customers.customer;
import static dev.ledgerline.hub.testing.Customers.subsidiary;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.testing.Customers;
import dev.ledgerline.hub.testing.OdooTarget.Fault;
import dev.ledgerline.hub.testing.PostgresExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The delivery path on PostgreSQL ({@code SkipLockedClaim}), with a lost answer and a parent in the same run. */
@ExtendWith(PostgresExtension.class)
class PostgresDeliveryIT extends DeliveryScenario {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> PostgresExtension.server().createDatabase());
        registry.add(
                "spring.datasource.username", () -> PostgresExtension.server().user());
        registry.add("spring.datasource.password", () -> "");
        registry.add(
                "spring.datasource.hikari.connection-init-sql",
                () -> "SET TIME ZONE '" + PostgresExtension.sessionTimeZone() + "'");
    }

    @Test
    void customersAndSubsidiariesAreDeliveredOnceEachThroughALostAnswer() {
        String prefix = prefix("PG");
        String group = prefix + "-G";
        odoo.faults().inject(Fault.RESET_AFTER_COMMIT, "res.partner", "create", 1);

        post(List.of(subsidiary(prefix + "-S", 1, "Subsidiary", group)));
        post(Customers.many(prefix + "-N", 1_000));
        post(List.of(customer(group, 1, "Group")));

        awaitDelivered(prefix, 1_002, Duration.ofSeconds(60));
        assertThat(partners(prefix)).isEqualTo(1_002);
        assertThat(partner(prefix + "-S").get("parent_id"))
                .isEqualTo(List.of(partner(group).get("id"), "Group"));
        assertThat(sql.sql("SELECT COUNT(*) FROM binding b JOIN ledger_record r ON r.id = b.record_id"
                                + " WHERE r.external_id LIKE :p")
                        .param("p", prefix + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1_002);
    }
}
