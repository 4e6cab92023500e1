-- Action plans, ward/bureau policies and council inspection reports. As in V2, every row names its source
-- document, and the rows below a document's top rows go with them (ON DELETE CASCADE).

CREATE TABLE action_plan (
    document_id     BIGINT PRIMARY KEY REFERENCES source_document (id) ON DELETE CASCADE,
    title           TEXT NOT NULL,
    period_start    INTEGER,
    period_end      INTEGER
);

CREATE TABLE ward_plan (
    id              BIGSERIAL PRIMARY KEY,
    document_id     BIGINT NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    ward_code       CHAR(6) NOT NULL REFERENCES municipality (code),
    position        INTEGER NOT NULL
);

CREATE TABLE ward_goal (
    id              BIGSERIAL PRIMARY KEY,
    document_id     BIGINT NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    ward_plan_id    BIGINT NOT NULL REFERENCES ward_plan (id) ON DELETE CASCADE,
    number          TEXT NOT NULL,
    title           TEXT NOT NULL,
    description     TEXT NOT NULL,
    position        INTEGER NOT NULL
);

CREATE TABLE ward_project (
    id                  BIGSERIAL PRIMARY KEY,
    document_id         BIGINT NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    ward_goal_id        BIGINT NOT NULL REFERENCES ward_goal (id) ON DELETE CASCADE,
    name                TEXT NOT NULL,
    description         TEXT NOT NULL,
    funding_markers     TEXT[] NOT NULL,
    funding_programmes  TEXT[] NOT NULL,
    position            INTEGER NOT NULL
);

CREATE TABLE policy_direction (
    id              BIGSERIAL PRIMARY KEY,
    document_id     BIGINT NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    number          TEXT NOT NULL,
    title           TEXT NOT NULL,
    position        INTEGER NOT NULL
);

CREATE TABLE initiative (
    id                  BIGSERIAL PRIMARY KEY,
    document_id         BIGINT NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    policy_direction_id BIGINT NOT NULL REFERENCES policy_direction (id) ON DELETE CASCADE,
    code                TEXT NOT NULL,
    title               TEXT NOT NULL,
    description         TEXT NOT NULL,
    departments         TEXT[] NOT NULL,
    position            INTEGER NOT NULL
);

-- A KPI: value kinds are NUMBER (value and unit), MILESTONE (word) or ABSENT; raw keeps the printed text.
CREATE TABLE indicator (
    id              BIGSERIAL PRIMARY KEY,
    document_id     BIGINT NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    initiative_id   BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    baseline_year   INTEGER,
    baseline_kind   TEXT,
    baseline_value  NUMERIC,
    baseline_unit   TEXT,
    baseline_word   TEXT,
    baseline_raw    TEXT,
    target_year     INTEGER,
    target_kind     TEXT,
    target_value    NUMERIC,
    target_unit     TEXT,
    target_word     TEXT,
    target_raw      TEXT,
    position        INTEGER NOT NULL
);

CREATE TABLE policy_statement (
    document_id     BIGINT PRIMARY KEY REFERENCES source_document (id) ON DELETE CASCADE,
    title           TEXT NOT NULL,
    mission         TEXT NOT NULL
);

CREATE TABLE policy_issue (
    id              BIGSERIAL PRIMARY KEY,
    document_id     BIGINT NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    issue_id        TEXT NOT NULL,
    domain          TEXT NOT NULL,
    number          INTEGER NOT NULL,
    title           TEXT NOT NULL,
    content         TEXT NOT NULL,
    background      TEXT NOT NULL,
    actions         TEXT[] NOT NULL,
    position        INTEGER NOT NULL
);

CREATE TABLE statistic (
    id              BIGSERIAL PRIMARY KEY,
    document_id     BIGINT NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    issue_id        TEXT,
    indicator       TEXT NOT NULL,
    period          TEXT NOT NULL,
    fiscal_year     INTEGER,
    value_kind      TEXT NOT NULL,
    value           NUMERIC,
    unit            TEXT,
    word            TEXT,
    raw             TEXT,
    position        INTEGER NOT NULL
);

CREATE TABLE inspection_report (
    document_id     BIGINT PRIMARY KEY REFERENCES source_document (id) ON DELETE CASCADE,
    submitted_on    DATE,
    faction         TEXT,
    representative  TEXT,
    expense_number  TEXT,
    members         TEXT[] NOT NULL
);

CREATE TABLE inspection_visit (
    id                  BIGSERIAL PRIMARY KEY,
    document_id         BIGINT NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    sequence            INTEGER NOT NULL,
    report_number       TEXT,
    visit_date          DATE,
    start_time          TIME,
    end_time            TIME,
    destination_code    CHAR(6) REFERENCES municipality (code),
    destination_name    TEXT,
    population          BIGINT,
    households          BIGINT,
    area_km2            NUMERIC,
    stated_as_of        DATE,
    topic               TEXT,
    purpose             TEXT,
    home_situation      TEXT,
    reporters           TEXT[] NOT NULL,
    participants        TEXT[] NOT NULL
);
CREATE INDEX inspection_visit_destination ON inspection_visit (destination_code);

CREATE TABLE visit_question (
    id              BIGSERIAL PRIMARY KEY,
    document_id     BIGINT NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    visit_id        BIGINT NOT NULL REFERENCES inspection_visit (id) ON DELETE CASCADE,
    question        TEXT NOT NULL,
    answer          TEXT,
    position        INTEGER NOT NULL
);

CREATE TABLE visit_opinion (
    id              BIGSERIAL PRIMARY KEY,
    document_id     BIGINT NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    visit_id        BIGINT NOT NULL REFERENCES inspection_visit (id) ON DELETE CASCADE,
    member          TEXT NOT NULL,
    opinion         TEXT NOT NULL,
    position        INTEGER NOT NULL
);

-- The latest actual of an indicator, as a department's rating sheet reports it.
CREATE TABLE indicator_actual (
    id              BIGSERIAL PRIMARY KEY,
    document_id     BIGINT NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    initiative_code TEXT NOT NULL,
    indicator       TEXT NOT NULL,
    year            INTEGER,
    value_kind      TEXT NOT NULL,
    value           NUMERIC,
    unit            TEXT,
    word            TEXT,
    raw             TEXT,
    location        TEXT NOT NULL
);
