-- 0005: the web app's accounts (agencies, users, roles), the audit log, and imports run from the browser with their reports.

-- The partnership's member agencies. kind: Council, Police, Fire, Probation, Health, CountyCouncil, VoluntarySector.
CREATE TABLE agencies (
    id   INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL
);
INSERT INTO agencies (name, kind) VALUES
    ('Community Safety Unit (council)', 'Council'),
    ('Police', 'Police'),
    ('Fire and Rescue Service', 'Fire'),
    ('Probation Service', 'Probation'),
    ('Health', 'Health'),
    ('County Council', 'CountyCouncil'),
    ('Voluntary sector', 'VoluntarySector');

CREATE TABLE users (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    user_name       TEXT NOT NULL,                  -- as typed at creation; sign-in ignores case (normalized_name)
    normalized_name TEXT NOT NULL UNIQUE,           -- upper case, invariant
    display_name    TEXT NOT NULL,
    agency_id       INTEGER NOT NULL REFERENCES agencies (id),
    password_hash   TEXT NOT NULL,                  -- ASP.NET Core Identity's PasswordHasher format (PBKDF2); never the password
    security_stamp  TEXT NOT NULL,                  -- changes with the password, roles or disabling: older sign-in cookies stop working
    failed_sign_ins INTEGER NOT NULL DEFAULT 0,     -- consecutive failures since the last success
    lockout_end     TEXT NULL,                      -- ISO 8601 UTC; sign-in is refused until then
    disabled        INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL,
    last_sign_in_at TEXT NULL
);

-- role: Administrator, Analyst, PartnerOfficer, Member (read-only member or councillor).
CREATE TABLE user_roles (
    user_id INTEGER NOT NULL REFERENCES users (id),
    role    TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- Who did what, when: sign-ins (and failures), imports, report downloads, account changes. Never updated or deleted by the app.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,                        -- ISO 8601 UTC
    user_name TEXT NULL,                            -- as given (a failed sign-in names who was tried); NULL when nobody was signed in
    action    TEXT NOT NULL,                        -- e.g. sign-in, sign-in-failed, import, report-download, user-created
    target    TEXT NULL,                            -- what it was done to: a file, a user, a report
    detail    TEXT NULL,
    address   TEXT NULL                             -- the client's IP address
);
CREATE INDEX ix_audit_log_at ON audit_log (at);

-- Imports started from the browser: the uploaded files, progress, and the report kept for later reading.
CREATE TABLE web_imports (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    kind             TEXT NOT NULL,                 -- police-uk, population, geography
    files            TEXT NOT NULL,                 -- the uploaded file names, one per line
    bytes            INTEGER NOT NULL,
    uploaded_by      TEXT NOT NULL,
    uploaded_at      TEXT NOT NULL,
    finished_at      TEXT NULL,
    status           TEXT NOT NULL,                 -- Queued, Running, Finished, Failed
    rows_read        INTEGER NOT NULL DEFAULT 0,
    rows_added       INTEGER NOT NULL DEFAULT 0,
    rows_duplicate   INTEGER NOT NULL DEFAULT 0,
    rows_quarantined INTEGER NOT NULL DEFAULT 0,
    message          TEXT NULL,
    report           TEXT NULL                      -- JSON: the file reports, as csp import --format json prints them
);
CREATE INDEX ix_web_imports_uploaded_at ON web_imports (uploaded_at);
