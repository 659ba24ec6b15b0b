-- 0012: the public consultation (issue 18). A survey's definition (the JSON it was imported from, the source of truth
-- for its questions, with the questions listed for SQL readers), the responses (from the public form or imported from
-- another tool's export, each keyed for idempotency), their answers one per answer slot, the export files imported with
-- the rows they quarantined, the analyst's free-text themes and reassignments, and which survey issue speaks for which
-- candidate priority (community concern). Dates are yyyy-MM-dd text; times ISO 8601 UTC text, as everywhere else.
--
-- Postcodes are personal data: they are never in survey_answers (which every table and export is built from) but in
-- survey_postcodes, for operational use only, each with the day it is deleted (the survey's retention period after it
-- was received). No output reads that table.

CREATE TABLE surveys (
    id                      {id},
    survey_key              text NOT NULL UNIQUE,     -- the definition's id, e.g. dg-csp-2013
    title                   text NOT NULL,
    area_code               text NULL,                -- the area the survey is of (a CSP or district): its concern feeds that area's priorities
    opens_on                text NOT NULL,            -- inclusive
    closes_on               text NOT NULL,            -- inclusive
    definition              text NOT NULL,            -- the definition JSON as imported
    definition_sha256       text NOT NULL,
    concern_question        text NULL,                -- the question whose tables give community concern
    postcode_retention_days integer NOT NULL DEFAULT 365,
    demo                    {bool} NOT NULL DEFAULT {false},  -- the bundled sample (reconstructed responses, not real)
    created_at              text NOT NULL,
    created_by              text NULL
);

CREATE TABLE survey_questions (
    survey_id    {bigint} NOT NULL REFERENCES surveys (id),
    position     integer NOT NULL,
    question_key text NOT NULL,
    kind         text NOT NULL,                       -- PriorityGrid, ProblemScale, SingleChoice, ...
    text         text NOT NULL,
    required     {bool} NOT NULL,
    PRIMARY KEY (survey_id, position)
);

CREATE TABLE survey_import_files (
    id               {id},
    survey_id        {bigint} NOT NULL REFERENCES surveys (id),
    name             text NOT NULL,
    sha256           text NOT NULL,
    imported_at      text NOT NULL,
    rows_read        integer NOT NULL,
    rows_added       integer NOT NULL,
    rows_duplicate   integer NOT NULL,
    rows_quarantined integer NOT NULL,
    UNIQUE (survey_id, sha256)
);

-- A row of an export that could not be read (bad answer, wrong number of fields): kept with its line, column and text.
CREATE TABLE survey_quarantined_rows (
    id       {id},
    file_id  {bigint} NOT NULL REFERENCES survey_import_files (id),
    line     integer NOT NULL,
    field    text NULL,
    reason   text NOT NULL,
    raw      text NULL
);
CREATE INDEX ix_survey_quarantined_rows_file ON survey_quarantined_rows (file_id);

CREATE TABLE survey_responses (
    id             {id},
    survey_id      {bigint} NOT NULL REFERENCES surveys (id),
    response_key   text NOT NULL,                     -- the form's submission id, the tool's response id, or sha256:... of the row
    source         text NOT NULL,                     -- form, import
    import_file_id {bigint} NULL REFERENCES survey_import_files (id),
    received_at    text NOT NULL,
    UNIQUE (survey_id, response_key)
);

-- part: the grid item, the rank ('1', '2') or 'other' (the "other, please say" text); '' for a question with one answer.
CREATE TABLE survey_answers (
    response_id  {bigint} NOT NULL REFERENCES survey_responses (id),
    question_key text NOT NULL,
    part         text NOT NULL DEFAULT '',
    value        text NOT NULL,
    PRIMARY KEY (response_id, question_key, part)
);

CREATE TABLE survey_postcodes (
    response_id  {bigint} NOT NULL PRIMARY KEY REFERENCES survey_responses (id),
    postcode     text NOT NULL,
    delete_after text NOT NULL                        -- yyyy-MM-dd: deleted on the first purge after this day
);
CREATE INDEX ix_survey_postcodes_delete_after ON survey_postcodes (delete_after);

-- The analyst's themes for a free-text question, in order (the first wins a tie); keywords separated by ';'.
CREATE TABLE survey_themes (
    survey_id    {bigint} NOT NULL REFERENCES surveys (id),
    question_key text NOT NULL,
    position     integer NOT NULL,
    theme        text NOT NULL,
    keywords     text NOT NULL,
    PRIMARY KEY (survey_id, question_key, position)
);

-- A comment the analyst put in other themes than the keywords did (themes separated by ';'; empty: in none).
CREATE TABLE survey_theme_assignments (
    survey_id    {bigint} NOT NULL REFERENCES surveys (id),
    question_key text NOT NULL,
    response_key text NOT NULL,
    themes       text NOT NULL,
    assigned_by  text NULL,
    assigned_at  text NOT NULL,
    PRIMARY KEY (survey_id, question_key, response_key)
);

-- Which survey issue (a grid item or an option of the concern question) speaks for which candidate priority.
CREATE TABLE survey_concern_mappings (
    survey_id {bigint} NOT NULL REFERENCES surveys (id),
    position  integer NOT NULL,
    issue     text NOT NULL,
    category  text NOT NULL,
    PRIMARY KEY (survey_id, position)
);
