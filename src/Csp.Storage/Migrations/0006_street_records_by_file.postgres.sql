-- 0006: street records keyed by the file and line they came from.
-- A force-month is always held from one file (a later release replaces it whole), so (file_id, line) names the same rows
-- as (force_id, month, line). It grows at its end as files arrive, where a bulk load extends the index cheaply, whereas
-- (force_id, month, line) put each new month of a force in the middle of the index.
ALTER TABLE street_records DROP CONSTRAINT street_records_pkey;
ALTER TABLE street_records ADD PRIMARY KEY (file_id, line);
