package dev.ledgerline.hub;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The hub's entry point; {@code --demo} starts it on the embedded H2 database under {@code ./data/}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LedgerlineApplication {

    public static void main(String[] args) {
        SpringApplication.run(LedgerlineApplication.class, args);
    }

    /** The one clock of the hub; tests replace it to move time instead of sleeping. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
