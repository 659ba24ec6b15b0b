-- 0003: dated incident records from partner systems (for near repeats, time of day, repeat victims and locations).

CREATE TABLE incidents (
    incident_id  TEXT NOT NULL PRIMARY KEY,     -- the source system's reference
    file_id      INTEGER NOT NULL REFERENCES import_files (id),
    line         INTEGER NOT NULL,
    occurred_on  TEXT NOT NULL,                 -- yyyy-MM-dd
    occurred_at  TEXT NULL,                     -- HH:mm, local time, when known
    category     TEXT NOT NULL,
    epsg         INTEGER NOT NULL,              -- 27700 (British National Grid) or the projected CRS the file gave
    x            REAL NOT NULL,                 -- metres in that CRS (WGS84 input is converted to 27700)
    y            REAL NOT NULL,
    location     TEXT NULL,
    victim_key   TEXT NULL,                     -- pseudonymised by the source; personal data all the same
    location_key TEXT NULL,
    domestic     INTEGER NULL,                  -- 1 yes, 0 no, NULL not recorded
    hate         INTEGER NULL,
    alcohol      INTEGER NULL
);
CREATE INDEX ix_incidents_category_date ON incidents (category, occurred_on);
