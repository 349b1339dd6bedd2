-- The dispatcher's claim. Same file for H2 and PostgreSQL.

-- due work in claim order: lane, then age (ids are time-ordered)
CREATE INDEX ix_ledger_record_claim ON ledger_record (state, priority, id);
-- the aggregate check: active siblings of an aggregate
CREATE INDEX ix_ledger_record_aggregate_state ON ledger_record (aggregate_key, state);

-- one row; claim transactions of ConditionalUpdateClaim (databases without SKIP LOCKED) take its lock
-- so that each claim reads the committed outcome of the one before
CREATE TABLE dispatch_claim_lock (
    id          INTEGER                  NOT NULL PRIMARY KEY,
    claimed_at  TIMESTAMP WITH TIME ZONE
);
INSERT INTO dispatch_claim_lock (id, claimed_at) VALUES (1, NULL);
