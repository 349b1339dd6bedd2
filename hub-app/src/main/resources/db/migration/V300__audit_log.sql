-- The audit log: append-only and hash-chained. Each entry's hash is the SHA-256 of the previous
-- entry's hash and its own canonical content (seq, time, actor, action, subject, details), so a row
-- changed, removed or inserted afterwards breaks the chain at that point. Same file for H2 and
-- PostgreSQL. The application only ever inserts entries; an installation may grant its database
-- user nothing but INSERT and SELECT on audit_entry.

CREATE TABLE audit_entry (
    seq          BIGINT                   NOT NULL PRIMARY KEY,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(128)             NOT NULL,
    action       VARCHAR(64)              NOT NULL,
    subject      VARCHAR(400),
    details      VARCHAR(100000)          NOT NULL,
    prev_hash    VARCHAR(64)              NOT NULL,
    entry_hash   VARCHAR(64)              NOT NULL
);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, seq);
CREATE INDEX ix_audit_entry_time ON audit_entry (recorded_at, seq);

-- the end of the chain: one row, locked by every append so that entries of concurrent
-- transactions form one chain in commit order
CREATE TABLE audit_chain_head (
    id         INTEGER      NOT NULL PRIMARY KEY,
    last_seq   BIGINT       NOT NULL,
    last_hash  VARCHAR(64)  NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
