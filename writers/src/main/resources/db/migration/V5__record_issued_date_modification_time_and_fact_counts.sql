-- Which of two versions of a document is current is decided by the document's own date: the issued date its
-- text states, else its file's modification time. A superseded version is kept with its facts; fact_counts
-- (e.g. "star ratings=33;measures=50") lets a later version be checked for facts it lost.
ALTER TABLE source_document ADD COLUMN issued_on DATE;
ALTER TABLE source_document ADD COLUMN modified_at TIMESTAMPTZ;
ALTER TABLE source_document ADD COLUMN fact_counts TEXT NOT NULL DEFAULT '';

-- The run that recorded a finding: a version finding can land on a document an earlier run ingested.
ALTER TABLE document_finding ADD COLUMN job_execution_id BIGINT;
CREATE INDEX document_finding_job_execution ON document_finding (job_execution_id);
