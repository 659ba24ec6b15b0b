-- 0015: the partnership at work (issue 17). Its structure (groups, their kind, the group each reports to, chair, how
-- often it meets, member agencies; the users who sit on each group), the Community Safety Strategy in versions (one a
-- year, each refresh kept) with its themes' sections, the action plan of each version (rows by ref, the coordinating
-- delivery groups of each, status and RAG) with every quarterly update kept, and the Management Group's decisions on the
-- assessment's recommended priorities. Dates are yyyy-MM-dd text, times ISO 8601 UTC text, as everywhere else.

CREATE TABLE partnership_groups (
    id          {id},
    name        text NOT NULL UNIQUE,
    kind        text NOT NULL,                      -- MainGroup, ManagementGroup, SupportGroup, CommunitySafetyUnit, SubGroup, Forum, Board, ScrutinyCommittee
    parent_id   {bigint} NULL REFERENCES partnership_groups (id),
    aliases     text NULL,                          -- other names the action plan uses, separated by ';' ("DAAG")
    chair       text NULL,                          -- a role, never a private person's details
    meets       text NULL,                          -- "quarterly", "at least twice a year"
    agencies    text NULL,                          -- member agencies, separated by ';'
    source      text NULL,                          -- where the record was transcribed from
    updated_at  text NOT NULL
);

-- The users who sit on a group: a partner officer sees and updates the action plan rows of their groups only.
CREATE TABLE group_members (
    group_id   {bigint} NOT NULL REFERENCES partnership_groups (id),
    user_name  text NOT NULL,
    role       text NOT NULL,                       -- Chair, Member
    added_on   text NOT NULL,
    added_by   text NULL,
    PRIMARY KEY (group_id, user_name)
);
CREATE INDEX ix_group_members_user ON group_members (user_name);

-- A version of the strategy: the refresh year tells versions of one strategy (title and period) apart.
CREATE TABLE strategies (
    id            {id},
    title         text NOT NULL,
    period        text NOT NULL,                    -- "2016-19"
    refresh       integer NOT NULL,                 -- the year of this version
    source        text NULL,
    content_hash  text NOT NULL,                    -- SHA-256 of the files it was imported from: the same files again change nothing
    imported_at   text NOT NULL,
    imported_by   text NULL,
    UNIQUE (title, period, refresh)
);

-- The strategy's text, one row per paragraph or list item, as the strategy file gives it (theme 0: the strategy's own rows).
CREATE TABLE strategy_sections (
    strategy_id {bigint} NOT NULL REFERENCES strategies (id),
    theme       integer NOT NULL,
    section     text NOT NULL,                      -- title, period, refresh, priority, cross-cutting; why, fact, do, outcome, measure, group
    position    integer NOT NULL,
    text        text NOT NULL,
    source      text NULL,
    PRIMARY KEY (strategy_id, theme, section, position)
);

CREATE TABLE action_plan_items (
    id             {id},
    strategy_id    {bigint} NOT NULL REFERENCES strategies (id),
    ref            text NOT NULL,                   -- "1.10" as printed
    theme_number   integer NOT NULL,
    action_number  integer NOT NULL,
    theme          text NOT NULL,
    action         text NOT NULL,
    priorities     text NOT NULL,                   -- Strategic Assessment priorities, separated by ';'
    owner_agency   text NULL,
    lead           text NULL,
    start_on       text NULL,
    due_on         text NULL,                       -- the last day (included)
    status         text NOT NULL,                   -- NotStarted, InProgress, Completed, Discontinued
    rag            text NOT NULL,                   -- NotRated, Green, Amber, Red
    source         text NULL,
    updated_at     text NOT NULL,
    updated_by     text NULL,
    UNIQUE (strategy_id, ref)
);
CREATE INDEX ix_action_plan_items_order ON action_plan_items (strategy_id, theme_number, action_number);

-- The coordinating delivery groups of a row (one or more).
CREATE TABLE action_plan_groups (
    item_id  {bigint} NOT NULL REFERENCES action_plan_items (id),
    group_id {bigint} NOT NULL REFERENCES partnership_groups (id),
    PRIMARY KEY (item_id, group_id)
);
CREATE INDEX ix_action_plan_groups_group ON action_plan_groups (group_id, item_id);

-- Every quarterly update is kept: the row's history.
CREATE TABLE action_plan_updates (
    id        {id},
    item_id   {bigint} NOT NULL REFERENCES action_plan_items (id),
    quarter   text NOT NULL,                        -- yyyy-Qn
    note      text NOT NULL,
    status    text NOT NULL,
    rag       text NOT NULL,
    by_user   text NOT NULL,
    at        text NOT NULL
);
CREATE INDEX ix_action_plan_updates_item ON action_plan_updates (item_id, id);

CREATE TABLE priority_decisions (
    id            {id},
    area_code     text NOT NULL,
    area_name     text NOT NULL,
    period        text NOT NULL,                    -- the assessment's months, "2025-01..2025-09"
    period_label  text NOT NULL,
    group_name    text NOT NULL,                    -- the group that decided (the Management Group)
    meeting_on    text NOT NULL,
    reasons       text NOT NULL,
    recorded_by   text NOT NULL,
    recorded_at   text NOT NULL,
    endorsed_on   text NULL                         -- the CSP's endorsement
);
CREATE INDEX ix_priority_decisions_area ON priority_decisions (area_code, period, id);

CREATE TABLE priority_decision_items (
    decision_id {bigint} NOT NULL REFERENCES priority_decisions (id),
    position    integer NOT NULL,
    name        text NOT NULL,
    outcome     text NOT NULL,                      -- Accepted, NotTaken, Added
    rank        integer NULL,                       -- the scoring's rank, when it scored the priority
    score       {real} NULL,
    recommended {bool} NOT NULL,
    PRIMARY KEY (decision_id, position)
);
