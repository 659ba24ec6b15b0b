-- 0033: every incident held from before 0026 placed in its LSOA by the migrator, not by the first read that needed it
-- (csp performance and the briefing used to place what they found unplaced, so a read wrote). The nearest centroid is no
-- SQL: this script changes nothing itself, and SchemaMigrator runs IncidentPlacement.Place in its transaction (CodeSteps).
-- A database that holds no centroid yet keeps its incidents unplaced (NULL) until centroids are imported, which places
-- every incident again; from then on the incident and centroid imports place in their own transactions.
SELECT 1;
