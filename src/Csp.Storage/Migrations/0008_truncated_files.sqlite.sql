-- 0008: a file whose data breaks off (a cut-off download or compressed stream) is recorded as truncated. It is rejected
-- whole unless the user asked to keep the rows read (csp import ... --keep-partial): then kept_partial = 1, and every
-- force-month, population year and incident it holds is reported as incomplete (status, assessment).
ALTER TABLE import_files ADD COLUMN truncated INTEGER NOT NULL DEFAULT 0;     -- 1 = the data broke off before its end
ALTER TABLE import_files ADD COLUMN kept_partial INTEGER NOT NULL DEFAULT 0;  -- 1 = kept although truncated (--keep-partial)
