-- Report facts: typed rows kept from the ledger's current records (hub.projection), over which the
-- report queries only add up (hub.reporting). Every derived column comes from the hub-core rules
-- (classification, rate precedence, employee history, capacity, cost); none is computed in SQL.
-- References are written as the API shows them (source:externalId); calendar keys as 2026-01,
-- 2026-W05, 2026-Q1. Same file for H2 and PostgreSQL.

-- One row per time entry the ledger holds (live, current version), classifiable or not, so that a
-- change to its project, task, contract or employee finds it again.
CREATE TABLE fact_time_entry (
    record_id                   UUID                     NOT NULL PRIMARY KEY,
    source                      VARCHAR(64)              NOT NULL,
    external_id                 VARCHAR(255)             NOT NULL,
    version                     BIGINT                   NOT NULL,
    employee                    VARCHAR(400)             NOT NULL,
    project                     VARCHAR(400)             NOT NULL,
    task                        VARCHAR(400),
    -- engagement attributes: the project's customer, contract and practice; the contract's entity
    -- (the project's without one, the employee's without a project); the entry's role override,
    -- else the employee's role on the date
    customer                    VARCHAR(400),
    contract                    VARCHAR(400),
    entity                      VARCHAR(64),
    entity_currency             VARCHAR(3),
    practice                    VARCHAR(255),
    role                        VARCHAR(255),
    -- people attributes: the employee version valid on the date (utilization)
    employee_entity             VARCHAR(64),
    employee_practice           VARCHAR(255),
    employee_role               VARCHAR(255),
    entry_date                  DATE                     NOT NULL,
    entry_day                   INTEGER                  NOT NULL,
    month_key                       VARCHAR(7)               NOT NULL,
    week_key                        VARCHAR(8)               NOT NULL,
    quarter_key                     VARCHAR(7)               NOT NULL,
    status                      VARCHAR(16)              NOT NULL,
    project_kind                VARCHAR(16),
    billing_model               VARCHAR(32),
    not_to_exceed               DECIMAL(20, 2),
    -- BILLABLE, NO_RATE or a reason (REJECTED, NOT_APPROVED, PROJECT_NOT_BILLABLE, PROJECT_CLOSED,
    -- OUTSIDE_CONTRACT_PERIOD); null when the ledger lacks the project, contract or employee
    classification              VARCHAR(32),
    -- the same entry classified as if it were approved now: how unapproved time is valued
    classification_if_approved  VARCHAR(32),
    recorded_hours              DECIMAL(20, 8)           NOT NULL,
    billable_hours              DECIMAL(20, 8),
    contract_value              DECIMAL(20, 2),
    contract_currency           VARCHAR(3),
    standard_value              DECIMAL(20, 2),
    standard_currency           VARCHAR(3),
    -- provisional labour: whether the entry carries cost at all (an employee version and an entity),
    -- and hours × standard hourly cost in the entity's currency, unrounded (the cost cell is rounded
    -- once per employee, project and month, in the report); null without a standard cost
    labour                      BOOLEAN                  NOT NULL,
    labour_currency             VARCHAR(3),
    labour_cost_exact           DECIMAL(38, 16),
    approved_at                 TIMESTAMP WITH TIME ZONE,
    received_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    -- a rule that could not be applied (MISSING_EXCHANGE_RATE, UNKNOWN_ENTITY); the row's values are then null
    problem                     VARCHAR(64)
);
CREATE INDEX ix_fact_time_entry_date ON fact_time_entry (entry_date);
CREATE INDEX ix_fact_time_entry_project ON fact_time_entry (project);
CREATE INDEX ix_fact_time_entry_task ON fact_time_entry (task);
CREATE INDEX ix_fact_time_entry_contract ON fact_time_entry (contract);
CREATE INDEX ix_fact_time_entry_employee ON fact_time_entry (employee, entry_date);

-- Every leave record the ledger holds: what capacity days are recomputed from when it changes.
CREATE TABLE fact_leave (
    record_id   UUID           NOT NULL PRIMARY KEY,
    employee    VARCHAR(400)   NOT NULL,
    leave_date  DATE           NOT NULL,
    hours       DECIMAL(20, 8) NOT NULL,
    status      VARCHAR(16)    NOT NULL
);
CREATE INDEX ix_fact_leave_employee ON fact_leave (employee, leave_date);

-- An employee's working days inside the capacity horizon (ledgerline.reporting.capacity-from …
-- capacity-until) with the attributes of the version valid on the day.
CREATE TABLE fact_capacity_day (
    employee        VARCHAR(400)   NOT NULL,
    work_date       DATE           NOT NULL,
    entity          VARCHAR(64),
    practice        VARCHAR(255),
    role            VARCHAR(255),
    month_key           VARCHAR(7)     NOT NULL,
    week_key            VARCHAR(8)     NOT NULL,
    quarter_key         VARCHAR(7)     NOT NULL,
    working_hours   DECIMAL(20, 8) NOT NULL,
    leave_hours     DECIMAL(20, 8) NOT NULL,
    capacity_hours  DECIMAL(20, 8) NOT NULL,
    CONSTRAINT pk_fact_capacity_day PRIMARY KEY (employee, work_date)
);
CREATE INDEX ix_fact_capacity_day_date ON fact_capacity_day (work_date);

-- Expenses and vendor bills as cost: counts = approved (or reimbursed) with an entity to report in;
-- amount converted into the entity's currency at its date and rounded, as the cost rules say.
CREATE TABLE fact_direct_cost (
    record_id        UUID           NOT NULL PRIMARY KEY,
    kind             VARCHAR(16)    NOT NULL,
    project          VARCHAR(400)   NOT NULL,
    employee         VARCHAR(400),
    customer         VARCHAR(400),
    contract         VARCHAR(400),
    entity           VARCHAR(64),
    practice         VARCHAR(255),
    cost_date        DATE           NOT NULL,
    month_key            VARCHAR(7)     NOT NULL,
    week_key             VARCHAR(8)     NOT NULL,
    quarter_key          VARCHAR(7)     NOT NULL,
    counts           BOOLEAN        NOT NULL,
    amount           DECIMAL(24, 8) NOT NULL,
    currency         VARCHAR(3)     NOT NULL,
    entity_amount    DECIMAL(20, 2),
    entity_currency  VARCHAR(3),
    problem          VARCHAR(64)
);
CREATE INDEX ix_fact_direct_cost_date ON fact_direct_cost (cost_date);
CREATE INDEX ix_fact_direct_cost_project ON fact_direct_cost (project);
CREATE INDEX ix_fact_direct_cost_employee ON fact_direct_cost (employee);
CREATE INDEX ix_fact_direct_cost_contract ON fact_direct_cost (contract);

-- What the facts were derived with (the firm configuration's fingerprint, the capacity horizon):
-- a difference at startup rebuilds them.
CREATE TABLE projection_state (
    name        VARCHAR(64)              NOT NULL PRIMARY KEY,
    state_value VARCHAR(4000)            NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Fact derivations take this row's lock until their transaction commits, one at a time, so a batch
-- always derives with the records and facts every earlier batch committed (a project changed by one
-- batch while another adds entries to it cannot leave those entries derived with the old project).
INSERT INTO projection_state (name, state_value, updated_at) VALUES ('derivation', 'lock', CURRENT_TIMESTAMP);
