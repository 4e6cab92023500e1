-- Plans in other layouts state indicators for a whole direction (基本目標の数値目標), year-by-year targets before
-- the final one, and how many indicators of the last plan reached each achievement band. All of it is stored.
ALTER TABLE indicator ALTER COLUMN initiative_id DROP NOT NULL;
ALTER TABLE indicator ADD COLUMN policy_direction_id BIGINT REFERENCES policy_direction (id) ON DELETE CASCADE;
ALTER TABLE indicator ADD CONSTRAINT indicator_has_an_owner
    CHECK (initiative_id IS NOT NULL OR policy_direction_id IS NOT NULL);

CREATE TABLE interim_target (
    id              BIGSERIAL PRIMARY KEY,
    document_id     BIGINT NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    initiative_id   BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    indicator       TEXT NOT NULL,
    year            INTEGER NOT NULL,
    kind            TEXT,
    value           NUMERIC,
    unit            TEXT,
    word            TEXT,
    raw             TEXT,
    position        INTEGER NOT NULL
);

CREATE TABLE achievement_count (
    document_id     BIGINT NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    band            TEXT NOT NULL,
    indicator_count INTEGER NOT NULL CHECK (indicator_count >= 0),
    position        INTEGER NOT NULL,
    PRIMARY KEY (document_id, position)
);
