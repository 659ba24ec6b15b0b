-- Retention of ASB case data (issue 19): a closed case is anonymised once the partnership's retention period has passed
-- since it closed (its counts, dates, type, outcome, ward and LSOA stay for the published statistics), and a person once
-- no case that still keeps their record is left. The day it was done is kept, so the job is idempotent and auditable.
ALTER TABLE asb_cases ADD COLUMN anonymised_on text NULL;
ALTER TABLE people ADD COLUMN anonymised_on text NULL;
