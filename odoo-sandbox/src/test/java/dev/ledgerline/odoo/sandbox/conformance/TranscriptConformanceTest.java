package dev.ledgerline.odoo.sandbox.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.odoo.sandbox.OdooSandbox;
import dev.ledgerline.odoo.sandbox.SandboxOptions;
import dev.ledgerline.odoo.testkit.RecordedOdoo;
import dev.ledgerline.odoo.testkit.TranscriptReplayer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Replays every recorded transcript, in order on one database as recorded, against the sandbox. Created ids
 * are compared as recorded: the sandbox starts from the fresh database's records and advances its id
 * sequences as PostgreSQL does (refused INSERTs included), so it hands out the ids the real server did.
 */
class TranscriptConformanceTest {
    /**
     * Whole transcripts the sandbox does not reproduce yet, with the reason. Transcripts 01–07 must never
     * appear here: every one of their steps is held to the recording.
     */
    private static final Map<String, String> NOT_REPRODUCED = Map.of(
            "08_xmlrpc_faults",
            "XML-RPC (/xmlrpc/2) is out of the sandbox's scope: the hub speaks JSON-RPC and JSON-2 only");

    @Test
    void sandboxAnswersEveryRecordedStepOfTranscriptsOneToSevenAsOdooDid() throws Exception {
        List<TranscriptReplayer.Difference> differences = new ArrayList<>();
        List<String> replayed = new ArrayList<>();
        try (OdooSandbox odoo = OdooSandbox.start(SandboxOptions.defaults().withDatabase("ps18"))) {
            TranscriptReplayer replayer = new TranscriptReplayer(odoo.url(), odoo.database(), "admin");
            for (Path file : RecordedOdoo.transcripts()) {
                TranscriptReplayer.Outcome outcome = replayer.replayCounting(file);
                replayed.add(outcome.transcript());
                System.out.printf(
                        "[conformance] %s: %d/%d steps reproduced%n",
                        outcome.transcript(),
                        outcome.steps() - outcome.differences().size(),
                        outcome.steps());
                differences.addAll(outcome.differences());
            }
        }
        differences.forEach(d -> System.out.println("[conformance] " + d));

        assertThat(NOT_REPRODUCED.keySet()).noneMatch(name -> name.compareTo("08") < 0);
        assertThat(replayed)
                .contains("01_handshake", "02_master_data", "03_projects_timesheets")
                .contains("04_invoices_payments", "05_access_rights", "06_multi_company")
                .contains("07_sale_order_project");
        assertThat(differences)
                .filteredOn(d -> !NOT_REPRODUCED.containsKey(d.transcript()))
                .isEmpty();
        // A transcript that has become reproducible must leave the list, so that it is held to the recording.
        assertThat(NOT_REPRODUCED.keySet())
                .allMatch(name ->
                        differences.stream().anyMatch(d -> d.transcript().equals(name)));
    }
}
