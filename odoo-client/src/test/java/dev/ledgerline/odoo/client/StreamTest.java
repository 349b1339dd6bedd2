package dev.ledgerline.odoo.client;

import static dev.ledgerline.odoo.client.StubOdoo.rpcResult;
import static dev.ledgerline.odoo.client.StubOdoo.version;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.odoo.client.internal.OdooJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@link OdooModel#stream} pages by id through any number of records, even while they change. */
class StreamTest {

    /** A table of partners that answers keyset-paged search_read like Odoo. */
    private static final class Partners implements StubOdoo.Responder {
        final ConcurrentSkipListMap<Long, String> rows = new ConcurrentSkipListMap<>();
        final List<JsonNode> domains = new ArrayList<>();
        final AtomicInteger pages = new AtomicInteger();
        IntConsumer afterPage = page -> {};

        Partners(int count) {
            for (long id = 1; id <= count; id++) {
                rows.put(id, "Partner " + id);
            }
        }

        @Override
        public StubOdoo.Answer answer(StubOdoo.Request request) {
            switch (request.rpcCall()) {
                case "common.version" -> {
                    return rpcResult(request, version(18));
                }
                case "common.authenticate" -> {
                    return rpcResult(request, OdooJson.NODES.numberNode(2));
                }
                case "object.execute_kw:res.partner.search_read" -> {
                    JsonNode domain = request.rpcArgs().get(0);
                    JsonNode kwargs = request.rpcKwargs();
                    synchronized (domains) {
                        domains.add(domain);
                    }
                    JsonNode last = domain.get(domain.size() - 1);
                    assertThat(last.get(0).asString()).isEqualTo("id");
                    assertThat(last.get(1).asString()).isEqualTo(">");
                    assertThat(kwargs.path("order").asString()).isEqualTo("id asc");
                    int limit = kwargs.path("limit").asInt();
                    ArrayNode result = OdooJson.NODES.arrayNode();
                    rows.tailMap(last.get(2).asLong(), false).entrySet().stream()
                            .limit(limit)
                            .forEach(row -> {
                                ObjectNode record = result.addObject();
                                record.put("id", row.getKey());
                                record.put("name", row.getValue());
                            });
                    StubOdoo.Answer answer = rpcResult(request, result);
                    afterPage.accept(pages.incrementAndGet());
                    return answer;
                }
                default -> throw new AssertionError("unexpected " + request.rpcCall());
            }
        }
    }

    private static OdooClient client(StubOdoo stub) {
        return OdooClient.builder()
                .url(stub.url())
                .database("firm")
                .login("integration")
                .password("s3cret-pass")
                .build();
    }

    @Test
    void streamsThousandsOfRecordsInIdOrderOnePagePerRequest() {
        Partners partners = new Partners(2_503);

        try (StubOdoo stub = StubOdoo.start(partners);
                OdooClient client = client(stub)) {
            List<Long> ids = client.model("res.partner").stream(Domain.eq("active", true), List.of("name"), 500)
                    .map(OdooRecord::id)
                    .toList();

            assertThat(ids).hasSize(2_503).isSorted().doesNotHaveDuplicates();
            assertThat(partners.pages.get()).isEqualTo(6);
            assertThat(partners.domains.getFirst())
                    .isEqualTo(StubOdoo.json("[[\"active\", \"=\", true], [\"id\", \">\", 0]]"));
            assertThat(partners.domains.get(1))
                    .isEqualTo(StubOdoo.json("[[\"active\", \"=\", true], [\"id\", \">\", 500]]"));
        }
    }

    @Test
    void anExactMultipleOfThePageSizeEndsWithOneEmptyPage() {
        Partners partners = new Partners(1_000);

        try (StubOdoo stub = StubOdoo.start(partners);
                OdooClient client = client(stub)) {
            long count = client.model("res.partner").stream(Domain.all(), List.of("name"), 250)
                    .count();

            assertThat(count).isEqualTo(1_000);
            assertThat(partners.pages.get()).isEqualTo(5);
        }
    }

    @Test
    void recordsDeletedOrCreatedWhileStreamingNeverMakeItSkipOrRepeat() {
        Partners partners = new Partners(2_000);
        partners.afterPage = page -> {
            if (page == 2) {
                // records already read disappear (offset paging would now skip 100 unread ones),
                // unread ones disappear, and new ones arrive at the end
                for (long id = 1; id <= 100; id++) {
                    partners.rows.remove(id);
                }
                partners.rows.remove(1_500L);
                for (long id = 5_001; id <= 5_010; id++) {
                    partners.rows.put(id, "New " + id);
                }
            }
        };

        try (StubOdoo stub = StubOdoo.start(partners);
                OdooClient client = client(stub)) {
            List<Long> ids = client.model("res.partner").stream(Domain.all(), List.of("name"), 400)
                    .map(OdooRecord::id)
                    .toList();

            assertThat(ids).isSorted().doesNotHaveDuplicates().hasSize(2_000 - 1 + 10);
            assertThat(ids).contains(1L, 100L, 801L, 2_000L, 5_010L).doesNotContain(1_500L);
        }
    }

    @Test
    void theStreamIsLazy() {
        Partners partners = new Partners(5_000);

        try (StubOdoo stub = StubOdoo.start(partners);
                OdooClient client = client(stub)) {
            List<OdooRecord> first = client.model("res.partner").stream(Domain.all(), List.of("name"), 100)
                    .limit(30)
                    .toList();

            assertThat(first).hasSize(30);
            assertThat(first.getLast().string("name")).hasValue("Partner 30");
            assertThat(partners.pages.get()).isEqualTo(1);
        }
    }
}
