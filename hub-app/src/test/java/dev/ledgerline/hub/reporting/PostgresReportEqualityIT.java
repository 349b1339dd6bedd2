package dev.ledgerline.hub.reporting;

import dev.ledgerline.hub.testing.PostgresExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@ExtendWith(PostgresExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PostgresReportEqualityIT extends ReportEqualityContract {

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
}
