-- 0021: two more things the partnership publishes (issue 17, "Publishing"), and appeals against a Case Review's outcome
-- (issue 19, "Outcomes, recommendations to agencies, appeals").
--
-- published_summaries: the quarterly performance report for an area and quarter, and the ASB Case Review statistics for a
-- financial year, each as an administrator or analyst published it, frozen as the HTML the public page serves (a later
-- return, correction or case never reaches the public until someone publishes again). One current row per kind: publishing
-- again withdraws the one before; a withdrawal keeps the row (who and when). Its own table rather than a column added
-- to publications (0022), whose rows are a strategy's and carry its id: this script then stands alone whatever order a
-- database meets the two in.
CREATE TABLE published_summaries (
    id            {id},
    kind          text NOT NULL,                    -- performance, case-review-statistics
    subject       text NOT NULL,                    -- the area's ONS code (performance) or the financial year (2025 = 2025/26)
    period        text NOT NULL,                    -- 2025-Q2, or 2025-04-01..2026-03-31
    title         text NOT NULL,
    html          text NOT NULL,
    published_by  text NOT NULL,
    published_at  text NOT NULL,
    withdrawn_by  text NULL,
    withdrawn_at  text NULL
);
CREATE INDEX ix_published_summaries_kind ON published_summaries (kind, id);

-- The applicant's request for a review of how the Case Review was decided (the "appeal" or escalation the partnership's
-- procedure offers): when it was received, its grounds, and, once decided, the decision, when and by whom. An appeal not
-- yet decided keeps the Case Review in progress (erasure is refused meanwhile).
CREATE TABLE case_review_appeals (
    id            {id},
    review_id     {bigint} NOT NULL REFERENCES case_reviews (id),
    received_on   text NOT NULL,
    grounds       text NOT NULL,
    decision      text NULL,                        -- Upheld, Partly upheld, Not upheld
    reasons       text NULL,
    decided_on    text NULL,
    decided_by    text NULL,                        -- who decided it (a name and role, as the procedure names them)
    recorded_by   text NOT NULL,
    recorded_at   text NOT NULL
);
CREATE INDEX ix_case_review_appeals_review ON case_review_appeals (review_id);
