-- 0013: located street records counted by force, month, LSOA and crime type, kept by the police.uk import in the same
-- transaction as the rows (a force-month's counts are replaced with its rows), so that the assessment reads these
-- counts (tens of thousands of cells for a force) instead of grouping every row (hundreds of thousands) on each start.
-- Rows without an LSOA are in no area and not counted here, as the assessment's GROUP BY left them out.
CREATE TABLE street_counts (
    force_id      INTEGER NOT NULL,
    month         INTEGER NOT NULL,   -- yyyymm
    lsoa_id       INTEGER NOT NULL,
    crime_type_id INTEGER NOT NULL,
    records       INTEGER NOT NULL,   -- street records of this force, month, LSOA and crime type (never 0: no row then)
    PRIMARY KEY (force_id, month, lsoa_id, crime_type_id)
) WITHOUT ROWID;

-- The counts of the data already held.
INSERT INTO street_counts (force_id, month, lsoa_id, crime_type_id, records)
SELECT force_id, month, lsoa_id, crime_type_id, count(*) FROM street_records WHERE lsoa_id IS NOT NULL
GROUP BY force_id, month, lsoa_id, crime_type_id;
