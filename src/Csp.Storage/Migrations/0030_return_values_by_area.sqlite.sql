-- 0030: return_values keyed area first, (area_code, measure, period_start, period_end, breakdown), which also serves
-- everything ix_return_values_area (area_code, measure, period_start) served, so that index goes: an imported figure
-- now updates two indexes instead of three, and the returns import writes its new figures in the key's order (issue 16,
-- bench performance). SQLite cannot change a table's UNIQUE constraint, so the table is rebuilt with the same columns.
CREATE TABLE return_values_by_area (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    measure      text NOT NULL,
    area_code    text NOT NULL,
    period_start text NOT NULL,
    period_end   text NOT NULL,
    breakdown    text NOT NULL DEFAULT '',
    value        REAL NULL,
    unit         text NOT NULL,
    source       text NULL,
    note         text NULL,
    flags        integer NOT NULL DEFAULT 0,
    agency       text NULL,
    file_id      INTEGER NULL REFERENCES import_files (id),
    line         INTEGER NOT NULL,
    submitted_by text NULL,
    updated_at   text NOT NULL,
    UNIQUE (area_code, measure, period_start, period_end, breakdown)
);
INSERT INTO return_values_by_area (id, measure, area_code, period_start, period_end, breakdown, value, unit, source, note, flags, agency, file_id, line, submitted_by, updated_at)
SELECT id, measure, area_code, period_start, period_end, breakdown, value, unit, source, note, flags, agency, file_id, line, submitted_by, updated_at FROM return_values;
DROP TABLE return_values;
ALTER TABLE return_values_by_area RENAME TO return_values;
CREATE INDEX ix_return_values_file ON return_values (file_id);
