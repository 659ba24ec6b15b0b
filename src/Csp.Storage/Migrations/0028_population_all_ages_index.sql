-- 0028: the all-ages estimates, which every assessment reads (a few thousand of the hundreds of thousands of rows by
-- single year of age), found by an index that holds all they need: a command started cold read the whole table to find
-- them (issue 15). Partial: only the all-ages rows are in it, so imports by age add nothing to it.
CREATE INDEX ix_population_estimates_all_ages ON population_estimates (area_code, year, source, persons) WHERE age_band = 'all';
