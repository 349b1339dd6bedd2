package dev.ledgerline.odoo.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.odoo.client.Domain;
import dev.ledgerline.odoo.client.OdooClient;
import dev.ledgerline.odoo.client.Protocol;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@RealOdoo
class RealOdooServerIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void handsTheTestAServerThatAnswersAsOdoo18(OdooServer server) throws Exception {
        String body = "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":"
                + "{\"service\":\"common\",\"method\":\"version\",\"args\":[]},\"id\":1}";

        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(server.url().resolve("/jsonrpc"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).containsPattern("\"server_serie\":\\s*\"1[6-9]\\.");
    }

    @Test
    void acceptsTheGivenCredentials(OdooServer server) throws Exception {
        String body = "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{\"service\":\"common\",\"method\":"
                + "\"authenticate\",\"args\":[\"" + server.database() + "\",\"" + server.user() + "\",\""
                + server.secret() + "\",{}]},\"id\":2}";

        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(server.url().resolve("/jsonrpc"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).containsPattern("\"result\":\\s*[1-9][0-9]*");
    }

    @Test
    void handsTheTestAClientConnectedWithTheApiKey(OdooClient odoo, OdooServer server) {
        long user = odoo.model("res.users")
                .search(Domain.eq("login", server.user()))
                .getFirst();

        assertThat(odoo.toString()).contains("credential=API key").contains(server.database());
        assertThat(odoo.protocol()).isEqualTo(odoo.serverVersion().major() >= 19 ? Protocol.JSON_2 : Protocol.JSON_RPC);
        if (odoo.protocol() == Protocol.JSON_RPC) {
            assertThat(odoo.uid()).hasValue(user);
        }
    }

    @Test
    void handsTheTestAClientConnectedWithThePasswordWhenAsked(@WithPassword OdooClient odoo, OdooServer server) {
        long user = odoo.model("res.users")
                .search(Domain.eq("login", server.user()))
                .getFirst();

        assertThat(odoo.toString()).contains("credential=password");
        assertThat(odoo.protocol()).isEqualTo(Protocol.JSON_RPC);
        assertThat(odoo.uid()).hasValue(user);
    }

    @Test
    void handsTheSameClientToEveryTestOfTheClass(OdooClient first, OdooClient second) {
        assertThat(first).isSameAs(second);
    }
}
