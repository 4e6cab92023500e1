-- What each job instance has done in a step, by item key (a source file's stored path, a review subject), not by
-- position: a restart reads the items not done, whatever was added, removed or changed in between. A row is
-- written as LISTED when the step first lists the item, and updated to its outcome in the transaction that writes
-- the item (NEW, REPLACED, UNCHANGED, DUPLICATE, QUARANTINED, REMOVED, DONE). Ingest rows keep the document they
-- stored or, for the same bytes under a second name, the document they duplicate.
CREATE TABLE processed_item (
    job_instance_id     BIGINT NOT NULL,
    step_name           TEXT NOT NULL,
    item_key            TEXT NOT NULL,
    checksum            TEXT NOT NULL DEFAULT '',
    outcome             TEXT NOT NULL,
    document_id         BIGINT REFERENCES source_document (id) ON DELETE SET NULL,
    duplicate_of        BIGINT REFERENCES source_document (id) ON DELETE SET NULL,
    job_execution_id    BIGINT,
    recorded_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (job_instance_id, step_name, item_key)
);
CREATE INDEX processed_item_duplicate_of ON processed_item (duplicate_of) WHERE duplicate_of IS NOT NULL;
