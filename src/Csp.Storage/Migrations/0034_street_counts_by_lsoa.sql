-- 0034: the street counts of a set of LSOAs (a command about one area reads its county's and comparators' LSOAs), found by
-- an index that holds all they need, LSOA first: a command started cold scanned every force's counts and probed each
-- row against the LSOA list (issue 15; the sample's Kent: 45-80 ms of SQLite's time, 27 ms with this index; the sample
-- plus every force's four months: 60-100 ms). Also serves "which LSOAs hold a count" (the area listing) from the index.
CREATE INDEX ix_street_counts_lsoa ON street_counts (lsoa_id, crime_type_id, month, records);
