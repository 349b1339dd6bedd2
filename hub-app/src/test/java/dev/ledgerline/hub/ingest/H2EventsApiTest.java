package dev.ledgerline.hub.ingest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class H2EventsApiTest extends EventsApiContract {

    @Override
    String database() {
        return "H2 (file)";
    }
}
