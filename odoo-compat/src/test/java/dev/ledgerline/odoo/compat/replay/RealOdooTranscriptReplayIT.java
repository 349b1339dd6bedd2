package dev.ledgerline.odoo.compat.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.odoo.testkit.OdooServer;
import dev.ledgerline.odoo.testkit.RealOdoo;
import dev.ledgerline.odoo.testkit.RecordedOdoo;
import dev.ledgerline.odoo.testkit.TranscriptReplayer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The replay the sandbox is held to, run against a real Odoo: on a fresh database, every JSON-RPC
 * transcript (01–07) must replay without a difference, ids included. Then the replayer must notice a
 * recording that does not match what the server says, so that its silence means something.
 */
@RealOdoo(freshDatabase = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealOdooTranscriptReplayIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    @Order(1)
    void freshRealDatabaseAnswersEveryRecordedJsonRpcStepAsRecorded(OdooServer server) throws Exception {
        TranscriptReplayer replayer =
                new TranscriptReplayer(server.url().toString(), server.database(), server.password());
        List<TranscriptReplayer.Difference> differences = new ArrayList<>();
        List<String> replayed = new ArrayList<>();
        int steps = 0;

        for (Path file : RecordedOdoo.transcripts()) {
            if (file.getFileName().toString().compareTo("08") >= 0) {
                continue; // 08 is XML-RPC, which the replayer does not speak
            }
            TranscriptReplayer.Outcome outcome = replayer.replayCounting(file);
            System.out.printf(
                    "[replay real] %s: %d/%d steps as recorded%n",
                    outcome.transcript(),
                    outcome.steps() - outcome.differences().size(),
                    outcome.steps());
            replayed.add(outcome.transcript());
            steps += outcome.steps();
            differences.addAll(outcome.differences());
        }

        differences.forEach(d -> System.out.println("[replay real] " + d));
        assertThat(replayed)
                .containsExactly(
                        "01_handshake",
                        "02_master_data",
                        "03_projects_timesheets",
                        "04_invoices_payments",
                        "05_access_rights",
                        "06_multi_company",
                        "07_sale_order_project");
        assertThat(steps).isEqualTo(87);
        assertThat(differences).isEmpty();
    }

    @Test
    @Order(2)
    void replayerReportsEveryStepWhoseRecordingTheServerContradicts(OdooServer server, @TempDir Path dir)
            throws Exception {
        ObjectNode handshake = (ObjectNode)
                JSON.readTree(RecordedOdoo.transcript("01_handshake").toFile());
        ArrayNode recorded = (ArrayNode) handshake.get("steps");
        ArrayNode steps = JSON.createArrayNode();
        // stateless steps only, and no failed login: five of them lock the address out for a minute
        steps.add(tampered(recorded.get(0), "/response/result", "server_serie", "17.0"));
        steps.add(recorded.get(1));
        steps.add(tampered(recorded.get(4), "/response/error/data", "name", "odoo.exceptions.UserError"));
        steps.add(tampered(recorded.get(8), "/http", "status", 200));
        handshake.set("steps", steps);
        Path file = dir.resolve("01_handshake_tampered.json");
        Files.writeString(file, JSON.writeValueAsString(handshake));
        TranscriptReplayer replayer =
                new TranscriptReplayer(server.url().toString(), server.database(), server.password());

        List<TranscriptReplayer.Difference> differences = replayer.replay(file);

        assertThat(differences)
                .extracting(TranscriptReplayer.Difference::step, TranscriptReplayer.Difference::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, "result.server_serie = \"18.0\" instead of \"17.0\""),
                        org.assertj.core.groups.Tuple.tuple(
                                2,
                                "error \"odoo.exceptions.AccessDenied\" (Access Denied) instead of \"odoo.exceptions.UserError\""),
                        org.assertj.core.groups.Tuple.tuple(3, "HTTP 400 instead of 200"));
    }

    private static ObjectNode tampered(tools.jackson.databind.JsonNode step, String at, String key, Object value) {
        ObjectNode copy = (ObjectNode) step.deepCopy();
        ObjectNode target = (ObjectNode) copy.at(at);
        if (value instanceof Integer number) {
            target.put(key, number);
        } else {
            target.put(key, (String) value);
        }
        return copy;
    }
}
