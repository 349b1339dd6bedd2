package dev.ledgerline.core.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A billing run: its run date {@code D} and the instant it started (it sees what the ledger held
 * then, by receipt time), over a set of contracts.
 */
public record RunRequest(LocalDate runDate, Instant startedAt, List<ContractState> contracts) {

    public RunRequest {
        Objects.requireNonNull(runDate, "runDate");
        Objects.requireNonNull(startedAt, "startedAt");
        contracts = List.copyOf(contracts);
    }
}
