-- 0007: the web app's data protection keys (which sign its session and anti-forgery cookies) in the database, so that
-- sign-ins survive a restart on either database and every instance of the app over one database shares them.
CREATE TABLE data_protection_keys (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    friendly_name TEXT NOT NULL,                    -- the key's id, as ASP.NET Core names it
    xml           TEXT NOT NULL,                    -- the key as ASP.NET Core writes it (its secret is readable by whoever reads this table)
    created_at    TEXT NOT NULL                     -- ISO 8601 UTC
);
