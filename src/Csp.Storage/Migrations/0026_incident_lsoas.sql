-- 0026: the LSOA each incident is placed in (issue 16), so that what is counted for a district reads only that district's
-- incidents by SQL instead of reading every incident and placing each by nearest centroid on every run. Incidents carry
-- coordinates only: the LSOA is the one whose population-weighted centroid is nearest (within 5 km), as the briefing and
-- the maps place them (Csp.Core.Geography.NearestCentroid). NULL = not placed yet; '' = placed in none (no centroid
-- within 5 km). The incident import places what it loads, in its transaction; importing centroids clears every placement
-- and places again. Rows held before this migration are placed on first use (the nearest centroid is no SQL an index
-- can answer): the first csp performance after the upgrade does it once (Csp.Storage.Loaders.IncidentPlacement).
ALTER TABLE incidents ADD COLUMN lsoa_code text NULL;
CREATE INDEX ix_incidents_lsoa_date ON incidents (lsoa_code, occurred_on);
