-- The read side of the ledger (hub.canonical): for every accepted version, the records it refers to
-- (a project's customer and contract, the project, task and employee of a time entry, the contract
-- of a milestone acceptance…), so that "everything a contract's billing needs" is found through
-- indexes instead of reading every payload. Written by ingest in the batch's transaction; versions
-- stored before this table existed are linked by V401. Same file for H2 and PostgreSQL.

CREATE TABLE canonical_link (
    record_id  UUID          NOT NULL,
    version    BIGINT        NOT NULL,
    link_key   VARCHAR(400)  NOT NULL,
    CONSTRAINT pk_canonical_link PRIMARY KEY (record_id, version, link_key),
    CONSTRAINT fk_canonical_link_version
        FOREIGN KEY (record_id, version) REFERENCES ledger_record_version (record_id, version)
);
-- records that ever referred to a key (a contract's projects, a project's work)
CREATE INDEX ix_canonical_link_key ON canonical_link (link_key, record_id);

-- every record of a type (contracts for a scheduled run, employees for reports)
CREATE INDEX ix_ledger_record_type ON ledger_record (record_type, source, external_id);
