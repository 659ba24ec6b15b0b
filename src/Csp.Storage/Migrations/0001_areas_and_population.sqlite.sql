-- 0001: the ONS area hierarchy, LSOA lookups by vintage, population estimates, and the import registry.

CREATE TABLE areas (
    code        TEXT NOT NULL PRIMARY KEY,      -- ONS GSS code, e.g. E07000109
    name        TEXT NOT NULL,
    level       TEXT NOT NULL,                  -- Country, ForceArea, CommunitySafetyPartnership, District, Ward, Lsoa
    parent_code TEXT NULL                       -- containing area by the newest lookup loaded
);
CREATE INDEX ix_areas_name ON areas (name COLLATE NOCASE);
CREATE INDEX ix_areas_parent ON areas (parent_code);

-- Which ward and district an LSOA lies in, per vintage of LSOA boundaries (2011 or 2021).
CREATE TABLE lsoa_memberships (
    lsoa_code     TEXT NOT NULL,
    vintage       INTEGER NOT NULL,
    ward_code     TEXT NOT NULL,
    district_code TEXT NOT NULL,
    PRIMARY KEY (lsoa_code, vintage)
);
CREATE INDEX ix_lsoa_memberships_district ON lsoa_memberships (district_code);

-- Residents, all persons. age_band: 'all', '0'..'89', '90+'.
CREATE TABLE population_estimates (
    area_code TEXT NOT NULL,
    year      INTEGER NOT NULL,
    source    TEXT NOT NULL,
    age_band  TEXT NOT NULL,
    persons   INTEGER NOT NULL,
    file_id   INTEGER NULL,
    PRIMARY KEY (area_code, year, source, age_band)
);

-- Every file ever imported, with what happened to it. sha256 is of the decompressed content.
CREATE TABLE import_files (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    kind                  TEXT NOT NULL,        -- police-uk, population, geography
    name                  TEXT NOT NULL,
    sha256                TEXT NOT NULL,
    imported_at           TEXT NOT NULL,        -- ISO 8601 UTC
    outcome               TEXT NOT NULL,        -- Added, Replaced, Unchanged, Rejected
    rows_read             INTEGER NOT NULL,
    rows_added            INTEGER NOT NULL,
    rows_quarantined      INTEGER NOT NULL,
    rows_replaced         INTEGER NOT NULL,
    rows_without_location INTEGER NOT NULL,
    units                 TEXT NOT NULL,        -- what the file holds, e.g. 'Kent Police 2025-01'
    message               TEXT NULL
);
CREATE INDEX ix_import_files_hash ON import_files (kind, sha256);

-- Rows that could not be loaded, kept whole with the reason, so nothing is lost.
CREATE TABLE quarantined_rows (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    file_id INTEGER NOT NULL REFERENCES import_files (id),
    line    INTEGER NOT NULL,                   -- 0 = the file as a whole
    field   TEXT NULL,
    reason  TEXT NOT NULL,
    raw     TEXT NULL
);
CREATE INDEX ix_quarantined_rows_file ON quarantined_rows (file_id);
