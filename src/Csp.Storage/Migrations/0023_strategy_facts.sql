-- 0023: the facts of a strategy's priorities linked to the Strategic Assessment (issue 17: "The facts are pulled from the
-- assessment's findings, still linked to their numbers, so a refresh updates them and shows what changed"). A fact is held
-- as a reference (area, category, measure, months), never as text: the strategy renders the figure the data gives now.
-- A new version of the strategy (an annual refresh) carries the version before's facts on, their months moved by the
-- years between the refreshes; carried_from names the fact it came from.
CREATE TABLE strategy_facts (
    id            {id},
    strategy_id   {bigint} NOT NULL REFERENCES strategies (id),
    theme         integer NOT NULL,
    area_code     text NOT NULL,
    category      text NOT NULL,                    -- a police.uk crime type or a group of the scheme ("Total crime")
    measure       text NOT NULL,                    -- Count, Change, Rate, Rank
    period        text NOT NULL,                    -- "2025-01..2025-09", both ends included
    baseline      text NOT NULL,
    carried_from  {bigint} NULL REFERENCES strategy_facts (id),
    added_by      text NOT NULL,
    added_at      text NOT NULL
);
CREATE INDEX ix_strategy_facts_strategy ON strategy_facts (strategy_id, theme, id);
