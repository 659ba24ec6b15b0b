-- 0003: dated incident records from partner systems (for near repeats, time of day, repeat victims and locations).

CREATE TABLE incidents (
    incident_id  text NOT NULL PRIMARY KEY,     -- the source system's reference
    file_id      bigint NOT NULL REFERENCES import_files (id),
    line         bigint NOT NULL,
    occurred_on  text NOT NULL,                 -- yyyy-MM-dd
    occurred_at  text NULL,                     -- HH:mm, local time, when known
    category     text NOT NULL,
    epsg         integer NOT NULL,              -- 27700 (British National Grid) or the projected CRS the file gave
    x            double precision NOT NULL,                 -- metres in that CRS (WGS84 input is converted to 27700)
    y            double precision NOT NULL,
    location     text NULL,
    victim_key   text NULL,                     -- pseudonymised by the source; personal data all the same
    location_key text NULL,
    domestic     integer NULL,                  -- 1 yes, 0 no, NULL not recorded
    hate         integer NULL,
    alcohol      integer NULL
);
CREATE INDEX ix_incidents_category_date ON incidents (category, occurred_on);
