package dev.ledgerline.odoo.client;

import static dev.ledgerline.odoo.client.StubOdoo.rpcResult;
import static dev.ledgerline.odoo.client.StubOdoo.version;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.odoo.client.internal.OdooJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;

/** One client serves many threads: one handshake, bounded requests in flight, every answer to its caller. */
class ConcurrencyTest {

    @Test
    void manyThreadsShareOneClientWithinTheConcurrencyBound() throws Exception {
        StubOdoo.Responder odoo = request -> switch (request.rpcCall()) {
            case "common.version" -> {
                Thread.sleep(100);
                yield rpcResult(request, version(18));
            }
            case "common.authenticate" -> rpcResult(request, OdooJson.NODES.numberNode(2));
            case "object.execute_kw:res.partner.search" -> {
                Thread.sleep(50);
                // answers the id the domain asked for, so each caller can check it got its own answer
                long wanted = request.rpcArgs().get(0).get(0).get(2).asLong();
                ArrayNode ids = OdooJson.NODES.arrayNode().add(wanted);
                yield rpcResult(request, ids);
            }
            default -> throw new AssertionError(request.rpcCall());
        };

        try (StubOdoo stub = StubOdoo.start(odoo);
                OdooClient client = OdooClient.builder()
                        .url(stub.url())
                        .database("firm")
                        .login("integration")
                        .password("s3cret-pass")
                        .maxConcurrentRequests(3)
                        .build();
                ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<List<Long>>> answers = new ArrayList<>();
            for (long id = 1; id <= 24; id++) {
                long wanted = id;
                answers.add(threads.submit(() -> client.model("res.partner").search(Domain.eq("id", wanted))));
            }

            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get()).containsExactly(i + 1L);
            }
            assertThat(stub.maxInFlight()).isBetween(2, 3);
            assertThat(stub.requests())
                    .filteredOn(request -> request.rpcCall().equals("common.version"))
                    .hasSize(1);
            assertThat(stub.requests())
                    .filteredOn(request -> request.rpcCall().equals("common.authenticate"))
                    .hasSize(1);
        }
    }
}
