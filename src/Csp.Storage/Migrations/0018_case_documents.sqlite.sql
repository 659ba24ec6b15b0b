-- 0018: documents uploaded to an ASB case (issue 19): the file itself in the database (a BLOB), so that one backup
-- holds the case whole and the case's access rules and audit govern it as they do the rest. kind is what the content
-- was found to be by sniffing its bytes (PDF, DOCX, XLSX, PNG, JPEG, TXT), never the name or the browser's word;
-- content_type follows from it. sha256 (lower-case hex) lets a reader check a copy against the one held. When the case
-- is anonymised (retention, or the erasure of a person on it) the content, its hash and the file name are removed and
-- removed_on set; kind, size and dates stay. A pair of scripts only because the blob type is spelt differently.
CREATE TABLE case_documents (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id      INTEGER NOT NULL REFERENCES asb_cases (id),
    file_name    text NOT NULL,
    kind         text NOT NULL,
    content_type text NOT NULL,
    size_bytes   INTEGER NOT NULL,
    sha256       text NULL,
    content      BLOB NULL,
    uploaded_by  text NOT NULL,
    uploaded_at  text NOT NULL,
    removed_on   text NULL
);
CREATE INDEX ix_case_documents_case ON case_documents (case_id, uploaded_at);
