-- Billing runs and invoice proposals (hub.billing). A proposal's id is the one the billing engine
-- derives from its content (group, run date, kind, invoice date), so running a contract again for
-- the same run date finds the same rows. Money is stored as computed (cents); quantities, prices and
-- rates keep every digit the engine produced. Same file for H2 and PostgreSQL.

CREATE TABLE billing_run (
    id            VARCHAR(36)              NOT NULL PRIMARY KEY,
    run_date      DATE                     NOT NULL,
    entity        VARCHAR(64),
    contracts     VARCHAR(100000),
    trigger_kind  VARCHAR(16)              NOT NULL,
    actor         VARCHAR(128)             NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_billing_run_date ON billing_run (run_date, trigger_kind);

CREATE TABLE billing_proposal (
    id                    VARCHAR(64)              NOT NULL PRIMARY KEY,
    run_id                VARCHAR(36)              NOT NULL,
    run_date              DATE                     NOT NULL,
    contract_key          VARCHAR(400),
    customer_ref          VARCHAR(400)             NOT NULL,
    entity                VARCHAR(64)              NOT NULL,
    currency              VARCHAR(3)               NOT NULL,
    kind                  VARCHAR(16)              NOT NULL,
    status                VARCHAR(16)              NOT NULL,
    invoice_date          DATE                     NOT NULL,
    project_ref           VARCHAR(400),
    untaxed_amount        DECIMAL(19, 2)           NOT NULL,
    estimated_tax         DECIMAL(19, 2),
    total                 DECIMAL(19, 2),
    content_hash          VARCHAR(64)              NOT NULL,
    ledger_as_of          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by            VARCHAR(128),
    decided_at            TIMESTAMP WITH TIME ZONE,
    decision_reason       VARCHAR(2000),
    odoo_move_id          BIGINT,
    odoo_name             VARCHAR(128),
    odoo_state            VARCHAR(32),
    odoo_payment_state    VARCHAR(32),
    odoo_amount_residual  DECIMAL(19, 2),
    lock_version          BIGINT                   DEFAULT 0 NOT NULL,
    CONSTRAINT fk_billing_proposal_run FOREIGN KEY (run_id) REFERENCES billing_run (id)
);
-- the finance queue and delivery's work list
CREATE INDEX ix_billing_proposal_status ON billing_proposal (status, run_date);

-- the contracts a proposal bills (several on a customer-grouped invoice)
CREATE TABLE billing_proposal_contract (
    proposal_id   VARCHAR(64)   NOT NULL,
    contract_key  VARCHAR(400)  NOT NULL,
    CONSTRAINT pk_billing_proposal_contract PRIMARY KEY (proposal_id, contract_key),
    CONSTRAINT fk_billing_proposal_contract FOREIGN KEY (proposal_id) REFERENCES billing_proposal (id)
);
CREATE INDEX ix_billing_proposal_contract_key ON billing_proposal_contract (contract_key, proposal_id);

CREATE TABLE billing_line (
    proposal_id          VARCHAR(64)     NOT NULL,
    line_id              VARCHAR(64)     NOT NULL,
    seq                  INTEGER         NOT NULL,
    contract_ref         VARCHAR(400)    NOT NULL,
    kind                 VARCHAR(24)     NOT NULL,
    description          VARCHAR(4000),
    quantity             DECIMAL(40, 20) NOT NULL,
    unit_price           DECIMAL(40, 20) NOT NULL,
    amount               DECIMAL(19, 2)  NOT NULL,
    tax_code             VARCHAR(64),
    tax_id               BIGINT,
    tax_rate             DECIMAL(40, 20),
    estimated_tax        DECIMAL(19, 2),
    refers_to            VARCHAR(64),
    refers_to_proposal   VARCHAR(64),
    project_ref          VARCHAR(400),
    item                 VARCHAR(128),
    reason               VARCHAR(2000),
    rounding_difference  DECIMAL(19, 2),
    CONSTRAINT pk_billing_line PRIMARY KEY (proposal_id, line_id),
    CONSTRAINT fk_billing_line_proposal FOREIGN KEY (proposal_id) REFERENCES billing_proposal (id)
);

-- the records behind each line, with the version billed and their share of the line
CREATE TABLE billing_line_source (
    proposal_id     VARCHAR(64)     NOT NULL,
    line_id         VARCHAR(64)     NOT NULL,
    seq             INTEGER         NOT NULL,
    ref             VARCHAR(400)    NOT NULL,
    version         BIGINT          NOT NULL,
    recorded_hours  DECIMAL(40, 20),
    billable_hours  DECIMAL(40, 20),
    amount          DECIMAL(19, 2)  NOT NULL,
    CONSTRAINT pk_billing_line_source PRIMARY KEY (proposal_id, line_id, seq),
    CONSTRAINT fk_billing_line_source_line FOREIGN KEY (proposal_id, line_id) REFERENCES billing_line (proposal_id, line_id)
);
-- "is this record on a proposal" (WIP in billing, corrections)
CREATE INDEX ix_billing_line_source_ref ON billing_line_source (ref, proposal_id);

-- records a proposal lists as left out, with their reason
CREATE TABLE billing_exclusion (
    proposal_id  VARCHAR(64)   NOT NULL,
    seq          INTEGER       NOT NULL,
    ref          VARCHAR(400)  NOT NULL,
    reason       VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_billing_exclusion PRIMARY KEY (proposal_id, seq),
    CONSTRAINT fk_billing_exclusion_proposal FOREIGN KEY (proposal_id) REFERENCES billing_proposal (id)
);

-- records a run left out that no proposal lists (a contract with nothing to bill yet)
CREATE TABLE billing_run_exclusion (
    run_id   VARCHAR(36)   NOT NULL,
    ref      VARCHAR(400)  NOT NULL,
    reason   VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_billing_run_exclusion PRIMARY KEY (run_id, ref),
    CONSTRAINT fk_billing_run_exclusion_run FOREIGN KEY (run_id) REFERENCES billing_run (id)
);

-- what keeps something from being billed (NO_RATE, NO_TAX_MAPPING…), per contract and run date;
-- replaced each time the contract is computed again for that date
CREATE TABLE billing_problem (
    id            BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    contract_key  VARCHAR(400)             NOT NULL,
    run_date      DATE                     NOT NULL,
    run_id        VARCHAR(36)              NOT NULL,
    proposal_id   VARCHAR(64),
    code          VARCHAR(32)              NOT NULL,
    ref           VARCHAR(400),
    message       VARCHAR(4000)            NOT NULL,
    raised_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_billing_problem_contract ON billing_problem (contract_key, run_date);
CREATE INDEX ix_billing_problem_code ON billing_problem (code, run_date);

-- finance's write-downs and write-ups at approval
CREATE TABLE billing_adjustment (
    id                  BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    proposal_id         VARCHAR(64)              NOT NULL,
    line_id             VARCHAR(64)              NOT NULL,
    adjustment_line_id  VARCHAR(64)              NOT NULL,
    amount              DECIMAL(19, 2)           NOT NULL,
    percent             DECIMAL(40, 20),
    reason              VARCHAR(2000)            NOT NULL,
    actor               VARCHAR(128)             NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_billing_adjustment_proposal FOREIGN KEY (proposal_id) REFERENCES billing_proposal (id)
);
CREATE INDEX ix_billing_adjustment_proposal ON billing_adjustment (proposal_id, id);

-- append-only: every status a proposal took, who set it, when and why
CREATE TABLE billing_status_history (
    id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    proposal_id  VARCHAR(64)              NOT NULL,
    from_status  VARCHAR(16),
    to_status    VARCHAR(16)              NOT NULL,
    actor        VARCHAR(128)             NOT NULL,
    reason       VARCHAR(2000),
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_billing_status_history FOREIGN KEY (proposal_id) REFERENCES billing_proposal (id)
);
CREATE INDEX ix_billing_status_history_proposal ON billing_status_history (proposal_id, id);

-- one row per contract, locked by runs and decisions on its proposals so they never interleave
CREATE TABLE billing_lock (
    contract_key  VARCHAR(400)  NOT NULL PRIMARY KEY
);
