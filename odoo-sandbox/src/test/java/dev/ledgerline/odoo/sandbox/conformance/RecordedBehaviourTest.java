package dev.ledgerline.odoo.sandbox.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.odoo.sandbox.OdooSandbox;
import dev.ledgerline.odoo.sandbox.SandboxOptions;
import dev.ledgerline.odoo.testkit.TranscriptReplayer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays the business flows recorded from a real Odoo 18 by {@code tools/record-behaviour.py} (each on a fresh
 * database) against a fresh sandbox whose clock starts at the recording's time: every answer, ids and the dates
 * Odoo derives from today included, as the real server gave it.
 */
class RecordedBehaviourTest {
    static Stream<Path> recorded() throws IOException, URISyntaxException {
        URL folder = RecordedBehaviourTest.class.getResource("/dev/ledgerline/odoo/sandbox/recorded");
        assertThat(folder).as("recorded flows on the test classpath").isNotNull();
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recorded")
    void sandboxAnswersTheRecordedFlowAsOdooDid(Path flow) throws Exception {
        Instant recordedAt = Instant.parse(JsonMapper.builder()
                .build()
                .readTree(flow.toFile())
                .get("recorded_at")
                .asString());
        Clock then = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), recordedAt));
        try (OdooSandbox odoo = OdooSandbox.start(SandboxOptions.defaults().withClock(then))) {
            TranscriptReplayer.Outcome outcome =
                    new TranscriptReplayer(odoo.url(), odoo.database(), "admin").replayCounting(flow);
            System.out.printf(
                    "[recorded] %s: %d/%d steps reproduced%n",
                    outcome.transcript(),
                    outcome.steps() - outcome.differences().size(),
                    outcome.steps());
            assertThat(outcome.steps()).isPositive();
            assertThat(outcome.differences()).isEmpty();
        }
    }
}
