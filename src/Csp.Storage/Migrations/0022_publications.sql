-- 0022: what the partnership has published (issue 17: "a public page, published with an analyst's explicit action").
-- The strategy and Strategy on a Page as they stood when an administrator or analyst published them, frozen as the
-- HTML the public page serves, so that a later draft, refresh or decision never reaches the public until someone
-- publishes again. A withdrawal keeps the row (who and when) and the public page then shows nothing.
CREATE TABLE publications (
    id            {id},
    kind          text NOT NULL,                    -- strategy, strategy-on-a-page
    strategy_id   {bigint} NOT NULL REFERENCES strategies (id),
    title         text NOT NULL,
    html          text NOT NULL,
    published_by  text NOT NULL,
    published_at  text NOT NULL,
    withdrawn_by  text NULL,
    withdrawn_at  text NULL
);
CREATE INDEX ix_publications_kind ON publications (kind, id);
