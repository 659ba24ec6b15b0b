-- 0002: data.police.uk street-level crime and ASB rows, with their repeated strings in small vocabularies.

CREATE TABLE police_forces      (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);   -- 'Kent Police'
CREATE TABLE crime_types        (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);   -- police.uk names verbatim
CREATE TABLE outcome_categories (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE street_locations   (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);   -- 'On or near Cobbs Hill'
-- The LSOA as the row names it (code and name), whether or not the geography lookups know it.
CREATE TABLE police_lsoas       (id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, UNIQUE (code, name));

-- The unit of idempotency: one force's month. Importing it again replaces it whole.
CREATE TABLE force_months (
    force_id INTEGER NOT NULL REFERENCES police_forces (id),
    month    INTEGER NOT NULL,                  -- yyyymm, e.g. 202501
    file_id  INTEGER NOT NULL REFERENCES import_files (id),
    rows     INTEGER NOT NULL,
    PRIMARY KEY (force_id, month)
);

-- One row per line of a police.uk file. Rows are identified by force, month and line, never by content:
-- identical ASB rows are distinct incidents.
CREATE TABLE street_records (
    force_id        INTEGER NOT NULL,
    month           INTEGER NOT NULL,           -- yyyymm
    line            INTEGER NOT NULL,           -- physical line in the source file
    file_id         INTEGER NOT NULL,
    crime_id        TEXT NULL,                  -- empty for ASB
    falls_within_id INTEGER NOT NULL,
    longitude       REAL NULL,                  -- WGS84 snap point; NULL = no location
    latitude        REAL NULL,
    location_id     INTEGER NULL,
    lsoa_id         INTEGER NULL,
    crime_type_id   INTEGER NOT NULL,
    outcome_id      INTEGER NULL,
    context         TEXT NULL,
    PRIMARY KEY (force_id, month, line)
) WITHOUT ROWID;
