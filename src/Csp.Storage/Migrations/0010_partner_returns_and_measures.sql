-- 0010: partner data and performance (issue 16). The partnership's measures with their targets (copied from
-- data/config/measures.csv whenever returns are imported or the performance table is read, so the database says what each
-- figure was judged against), its comparator groups, and every figure partners return: one row per measure, area, period
-- and breakdown. A later return for the same measure, area, period and breakdown replaces the row in place (the import
-- says what it replaced). Days are yyyy-MM-dd text, both ends of a period included; times ISO 8601 UTC text.

CREATE TABLE measures (
    id           {id},
    name         text NOT NULL UNIQUE,              -- as returns name it: Youth justice first-time entrants
    definition   text NOT NULL,
    source       text NOT NULL,                     -- police.uk, return or incidents
    source_key   text NOT NULL,                     -- the crime type, the return's measure name, the incident category
    unit         text NOT NULL,                     -- count, percentage, rate per 1,000, currency
    polarity     text NOT NULL,                     -- lower, higher, monitor
    target       text NULL,                         -- as the partnership writes it: reduce by 5%, maintain, 120
    baseline     {real} NULL,                       -- a fixed baseline; NULL = the same period a year earlier
    tolerance    {real} NULL,                       -- the amber band; NULL = the RAG rule's default
    age_band     text NULL,                         -- the residents a rate is per (10-17); NULL = all ages
    owner        text NOT NULL,                     -- the agency that owns the figure, as the measures file names it
    agency_id    {bigint} NULL REFERENCES agencies (id), -- whose partner officers return it in the web app
    priority     text NOT NULL,                     -- the strategic priority it serves
    updated_at   text NOT NULL
);

-- A target for one area that differs from the measure's own (seed 001: reduce in Dartford, maintain in Gravesham).
CREATE TABLE measure_area_targets (
    measure_id {bigint} NOT NULL REFERENCES measures (id),
    area       text NOT NULL,                       -- ONS code or name, as the measures file gives it
    target     text NOT NULL,
    PRIMARY KEY (measure_id, area)
);

-- A comparator group (the Home Office Most Similar Group family, entered as data): the area and its members in order.
CREATE TABLE comparator_groups (
    group_name  text NOT NULL,
    area_code   text NOT NULL,
    member_code text NOT NULL,
    position    integer NOT NULL,                   -- the order the file lists the members in (the area first)
    PRIMARY KEY (group_name, area_code, member_code)
);

-- A figure a partner returned. value NULL = not available ("u/a"), never zero. flags: 1 = a total that disagrees with its
-- parts (kept as returned). Either file_id (a file import) or submitted_by (the web form) says where it came from.
CREATE TABLE return_values (
    id           {id},
    measure      text NOT NULL,                     -- the measure's name (measures.name)
    area_code    text NOT NULL,
    period_start text NOT NULL,
    period_end   text NOT NULL,
    breakdown    text NOT NULL DEFAULT '',          -- canonical key=value pairs (age=10-17;sex=Female); '' = the headline
    value        {real} NULL,
    unit         text NOT NULL,
    source       text NULL,
    note         text NULL,
    flags        integer NOT NULL DEFAULT 0,
    agency       text NULL,                         -- the agency that returned it
    file_id      {bigint} NULL REFERENCES import_files (id),
    line         {bigint} NOT NULL,                 -- line (CSV) or row (XLSX) of the file; 0 for the web form
    submitted_by text NULL,                         -- user name, for a figure entered in the web app
    updated_at   text NOT NULL,
    UNIQUE (measure, area_code, period_start, period_end, breakdown)
);
CREATE INDEX ix_return_values_area ON return_values (area_code, measure, period_start);
CREATE INDEX ix_return_values_file ON return_values (file_id);
