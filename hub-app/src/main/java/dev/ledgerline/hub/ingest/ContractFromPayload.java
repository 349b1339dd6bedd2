package dev.ledgerline.hub.ingest;

import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.validation.CanonicalReader;
import dev.ledgerline.core.validation.Reading;
import java.math.BigInteger;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads a stored contract payload back into a {@link Contract}, to check what it says. */
final class ContractFromPayload {

    private static final CanonicalReader READER = new CanonicalReader();

    private ContractFromPayload() {}

    static Optional<Contract> read(RecordKey key, Map<String, Object> data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("source", key.source());
        envelope.put("type", key.type().wireName());
        envelope.put("externalId", key.externalId());
        envelope.put("version", BigInteger.ZERO);
        envelope.put("occurredAt", Instant.EPOCH.toString());
        envelope.put("data", data);
        return READER.read(envelope, Instant.EPOCH) instanceof Reading.Valid v
                        && v.record().data() instanceof Contract c
                ? Optional.of(c)
                : Optional.empty();
    }
}
