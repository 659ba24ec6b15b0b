-- 0006: nothing changes in SQLite. Its street_records table is clustered on (force_id, month, line) (WITHOUT ROWID), and
-- rebuilding it on (file_id, line) as PostgreSQL's key now is (see the PostgreSQL script) was measured to gain nothing:
-- SQLite's import spends its time elsewhere. Both keys name the same rows.
SELECT 1;
