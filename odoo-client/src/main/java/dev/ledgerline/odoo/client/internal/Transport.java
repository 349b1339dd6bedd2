package dev.ledgerline.odoo.client.internal;

import dev.ledgerline.odoo.client.Protocol;
import tools.jackson.databind.JsonNode;

/** Sends model calls over one protocol. Implementations are thread-safe. */
public sealed interface Transport permits JsonRpcTransport, Json2Transport {

    /**
     * Sends the call and returns Odoo's result.
     *
     * @param call the call
     * @return the result as JSON; {@code null} JSON when the method returned nothing
     * @throws dev.ledgerline.odoo.client.OdooException on any failure
     */
    JsonNode call(ModelCall call);

    /**
     * The protocol spoken.
     *
     * @return {@link Protocol#JSON_RPC} or {@link Protocol#JSON_2}
     */
    Protocol protocol();
}
