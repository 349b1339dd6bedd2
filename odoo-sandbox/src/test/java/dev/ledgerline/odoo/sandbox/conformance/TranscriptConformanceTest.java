package dev.ledgerline.odoo.sandbox.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.odoo.sandbox.OdooSandbox;
import dev.ledgerline.odoo.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Replays every recorded transcript, in order on one database as recorded, against the sandbox. */
class TranscriptConformanceTest {
    static Path transcripts() {
        String shared = System.getProperty("ledgerline.shared");
        Path root = shared != null ? Path.of(shared) : Path.of("../../shared");
        return root.resolve("odoo/transcripts");
    }

    @Test
    @Disabled("not yet green: projects, timesheets, users and sale orders still differ from the recording (run it to list the steps)")
    void sandboxAnswersEveryRecordedStepOfTranscriptsOneToSixAsOdooDid() throws Exception {
        List<TranscriptReplayer.Difference> differences = new ArrayList<>();
        try (OdooSandbox odoo = OdooSandbox.start(SandboxOptions.defaults().withDatabase("ps18"));
                Stream<Path> files = Files.list(transcripts())) {
            TranscriptReplayer replayer = new TranscriptReplayer(odoo.url(), odoo.database(), "admin");
            for (Path file : files.sorted().toList()) {
                differences.addAll(replayer.replay(file));
            }
        }
        differences.forEach(d -> System.out.println("[conformance] " + d));

        assertThat(differences)
                .filteredOn(d -> d.transcript().compareTo("07") < 0)
                .isEmpty();
    }
}
