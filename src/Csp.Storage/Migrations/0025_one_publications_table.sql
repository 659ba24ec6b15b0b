-- 0025: one table for everything the partnership publishes (issue 17, "Publishing"). 0022 kept the strategy and Strategy
-- on a Page in `publications` (with the strategy's id) and 0021 the performance report and the Case Review statistics in
-- `published_summaries` (with a subject and a period): two mechanisms for one act. From here every published item is a
-- row of one table, `publications`, with the columns of 0021: kind (strategy, strategy-on-a-page, performance,
-- case-review-statistics), subject (the strategy version's id, the area's ONS code, the financial year), period (the
-- strategy's own, e.g. 2016-19; 2025-Q2; 2024-04-01..2025-03-31), title, the frozen HTML, who published it and when, who
-- withdrew it and when. The strategy's rows move across as they were (withdrawn ones stay withdrawn), in their order;
-- then 0022's table goes and 0021's takes its name.
INSERT INTO published_summaries (kind, subject, period, title, html, published_by, published_at, withdrawn_by, withdrawn_at)
SELECT p.kind, CAST(p.strategy_id AS text), s.period, p.title, p.html, p.published_by, p.published_at, p.withdrawn_by, p.withdrawn_at
FROM publications p JOIN strategies s ON s.id = p.strategy_id
ORDER BY p.id;

DROP TABLE publications;
ALTER TABLE published_summaries RENAME TO publications;
DROP INDEX ix_published_summaries_kind;
CREATE INDEX ix_publications_kind ON publications (kind, id);
