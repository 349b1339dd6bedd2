-- Operations: the time each record's current version was accepted, and corrected payloads waiting for
-- a second operator. Same file for H2 and PostgreSQL.

-- when the current version was accepted: where its delivery latency starts and how old the backlog is
ALTER TABLE ledger_record ADD COLUMN accepted_at TIMESTAMP WITH TIME ZONE;
UPDATE ledger_record r
   SET accepted_at = (SELECT v.received_at FROM ledger_record_version v
                       WHERE v.record_id = r.id AND v.version = r.version)
 WHERE r.version IS NOT NULL;
-- the backlog gauges: records per state, the oldest of them
CREATE INDEX ix_ledger_record_state_accepted ON ledger_record (state, accepted_at);

-- an operator's corrected payload: applied at once, or (four eyes) waiting for another operator
CREATE TABLE payload_correction (
    id            UUID                     NOT NULL PRIMARY KEY,
    record_id     UUID                     NOT NULL,
    base_version  BIGINT                   NOT NULL,
    version       BIGINT                   NOT NULL,
    envelope      VARCHAR(1000000)         NOT NULL,
    reason        VARCHAR(1000)            NOT NULL,
    proposed_by   VARCHAR(128)             NOT NULL,
    proposed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    status        VARCHAR(16)              NOT NULL,
    decided_by    VARCHAR(128),
    decided_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_payload_correction_record FOREIGN KEY (record_id) REFERENCES ledger_record (id)
);
CREATE INDEX ix_payload_correction_record ON payload_correction (record_id, status);
