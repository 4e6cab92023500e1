-- The governance-review warehouse. Every fact row names the source document it came from; deleting a
-- document's facts (when a new version replaces it) cascades from the hierarchy's top rows.

CREATE TABLE municipality (
    code        CHAR(6) PRIMARY KEY,
    name        TEXT NOT NULL
);

-- Fiscal years (年度): April 1 to March 31, with the era label documents print.
CREATE TABLE fiscal_year (
    year        INTEGER PRIMARY KEY,
    starts_on   DATE NOT NULL,
    ends_on     DATE NOT NULL,
    label       TEXT NOT NULL
);

CREATE TABLE source_document (
    id                  BIGSERIAL PRIMARY KEY,
    kind                TEXT NOT NULL,
    path                TEXT NOT NULL,
    sha256              CHAR(64) NOT NULL,
    municipality_code   CHAR(6) NOT NULL REFERENCES municipality (code),
    fiscal_year         INTEGER NOT NULL REFERENCES fiscal_year (year),
    scope               TEXT NOT NULL DEFAULT '',
    origin              TEXT NOT NULL,
    job_execution_id    BIGINT,
    ingested_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    superseded_by       BIGINT REFERENCES source_document (id),
    superseded_at       TIMESTAMPTZ
);

-- One current version per kind, municipality, fiscal year and scope (a rating sheet's scope is its department).
CREATE UNIQUE INDEX source_document_current_version
    ON source_document (kind, municipality_code, fiscal_year, scope) WHERE superseded_at IS NULL;
CREATE INDEX source_document_sha256 ON source_document (sha256);

CREATE TABLE document_finding (
    id              BIGSERIAL PRIMARY KEY,
    document_id     BIGINT NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    severity        TEXT NOT NULL,
    location        TEXT NOT NULL,
    message         TEXT NOT NULL,
    value           TEXT
);
CREATE INDEX document_finding_document ON document_finding (document_id);

CREATE TABLE basic_policy (
    id              BIGSERIAL PRIMARY KEY,
    document_id     BIGINT NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    code            TEXT NOT NULL,
    title           TEXT NOT NULL,
    position        INTEGER NOT NULL,
    UNIQUE (document_id, code)
);

CREATE TABLE pledge (
    id              BIGSERIAL PRIMARY KEY,
    document_id     BIGINT NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    basic_policy_id BIGINT NOT NULL REFERENCES basic_policy (id) ON DELETE CASCADE,
    code            TEXT NOT NULL,
    title           TEXT NOT NULL,
    position        INTEGER NOT NULL,
    UNIQUE (document_id, code)
);

CREATE TABLE measure (
    id              BIGSERIAL PRIMARY KEY,
    document_id     BIGINT NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    pledge_id       BIGINT NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,
    code            TEXT NOT NULL,
    title           TEXT NOT NULL,
    star_rating     INTEGER CHECK (star_rating BETWEEN 0 AND 10),
    position        INTEGER NOT NULL,
    UNIQUE (document_id, code)
);

CREATE TABLE department (
    id                  BIGSERIAL PRIMARY KEY,
    municipality_code   CHAR(6) NOT NULL REFERENCES municipality (code),
    name                TEXT NOT NULL,
    UNIQUE (municipality_code, name)
);

CREATE TABLE measure_department (
    measure_id      BIGINT NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    department_id   BIGINT NOT NULL REFERENCES department (id),
    position        INTEGER NOT NULL,
    PRIMARY KEY (measure_id, department_id)
);

CREATE TABLE activity (
    id              BIGSERIAL PRIMARY KEY,
    document_id     BIGINT NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    measure_id      BIGINT NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    code            TEXT NOT NULL,
    text            TEXT NOT NULL,
    position        INTEGER NOT NULL,
    UNIQUE (document_id, code)
);

-- Figures as the municipality printed them: level is pledge, basic-policy or overall.
CREATE TABLE published_figure (
    id              BIGSERIAL PRIMARY KEY,
    document_id     BIGINT NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    level           TEXT NOT NULL,
    code            TEXT NOT NULL,
    value           NUMERIC(7, 2) NOT NULL,
    UNIQUE (document_id, level, code)
);

-- A department's rating of an activity, from its rating sheet. policy_code is the measure's code.
CREATE TABLE rating (
    id              BIGSERIAL PRIMARY KEY,
    document_id     BIGINT NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    policy_code     TEXT NOT NULL,
    activity        TEXT NOT NULL,
    department      TEXT NOT NULL,
    rating          INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 10),
    comment         TEXT NOT NULL DEFAULT '',
    location        TEXT NOT NULL
);
CREATE INDEX rating_document ON rating (document_id);

CREATE TABLE rollup_result (
    municipality_code   CHAR(6) NOT NULL REFERENCES municipality (code),
    fiscal_year         INTEGER NOT NULL REFERENCES fiscal_year (year),
    level               TEXT NOT NULL,
    code                TEXT NOT NULL,
    name                TEXT NOT NULL,
    position            INTEGER NOT NULL,
    computed            NUMERIC(9, 4),
    exact               BOOLEAN NOT NULL,
    lower_bound         NUMERIC(9, 4),
    upper_bound         NUMERIC(9, 4),
    published           NUMERIC(9, 4),
    value               NUMERIC(9, 4),
    status              TEXT NOT NULL,
    note                TEXT,
    rule_name           TEXT NOT NULL,
    job_execution_id    BIGINT,
    computed_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (municipality_code, fiscal_year, level, code)
);

CREATE TABLE quarantine (
    id                  BIGSERIAL PRIMARY KEY,
    path                TEXT NOT NULL,
    sha256              CHAR(64) NOT NULL,
    reason              TEXT NOT NULL,
    job_execution_id    BIGINT,
    quarantined_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (path, sha256)
);

CREATE TABLE review_pack (
    municipality_code   CHAR(6) NOT NULL REFERENCES municipality (code),
    fiscal_year         INTEGER NOT NULL,
    format              TEXT NOT NULL,
    path                TEXT NOT NULL,
    sha256              CHAR(64) NOT NULL,
    job_execution_id    BIGINT,
    written_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (municipality_code, fiscal_year, format)
);
