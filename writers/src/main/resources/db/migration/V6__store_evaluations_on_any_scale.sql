-- Pledge reports evaluate their items on many scales (stars, 5-level scores, S-D grades, marks, progress words),
-- group them on two levels or three, print figures in % or points, count items per mark and state how the overall
-- figure is computed. All of it is stored as read.
ALTER TABLE basic_policy ALTER COLUMN title DROP NOT NULL;
ALTER TABLE pledge ALTER COLUMN title DROP NOT NULL;

ALTER TABLE measure ADD COLUMN evaluation_scale TEXT;
ALTER TABLE measure ADD COLUMN evaluation_mark TEXT;
ALTER TABLE measure ADD COLUMN evaluation_level INTEGER;
ALTER TABLE measure ADD COLUMN evaluation_levels INTEGER;
ALTER TABLE measure ADD COLUMN evaluation_printed TEXT;
ALTER TABLE measure ADD CONSTRAINT measure_evaluation_level
    CHECK (evaluation_level IS NULL OR evaluation_level BETWEEN 0 AND evaluation_levels);

-- the unit of a published figure: '%' (also when null) or '点'
ALTER TABLE published_figure ADD COLUMN unit TEXT;
ALTER TABLE published_figure ALTER COLUMN value TYPE NUMERIC(12, 2);

-- how the report says its overall figure is computed: mean, sum, share-of-marks, sum-over-maximum, weighted
CREATE TABLE stated_rule (
    document_id     BIGINT PRIMARY KEY REFERENCES source_document (id) ON DELETE CASCADE,
    rule            TEXT NOT NULL
);

-- the number of items the report says got one mark, grade or word (達成 3, 順調 57 …)
CREATE TABLE mark_count (
    document_id     BIGINT NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    mark            TEXT NOT NULL,
    item_count      INTEGER NOT NULL CHECK (item_count >= 0),
    position        INTEGER NOT NULL,
    PRIMARY KEY (document_id, position)
);
