-- 0004: what maps are drawn from. LSOA population-weighted centroids (British National Grid metres), from which
-- approximate LSOA and ward shapes are grown, and published boundaries (districts) as rings of WGS84 points.

CREATE TABLE area_centroids (
    area_code TEXT NOT NULL PRIMARY KEY,   -- an LSOA (2021) code
    easting   REAL NOT NULL,               -- metres, British National Grid (EPSG:27700)
    northing  REAL NOT NULL
);

CREATE TABLE area_boundaries (
    area_code TEXT NOT NULL PRIMARY KEY,   -- e.g. E07000109
    name      TEXT NOT NULL,
    rings     TEXT NOT NULL                -- JSON [[[lon, lat], ...], ...]: closed rings, even-odd (a ring inside another is a hole)
);
