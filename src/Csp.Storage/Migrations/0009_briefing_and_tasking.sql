-- 0009: the daily briefing and tasking. Briefings held (when, which window, by whom), tasks raised at them or at a
-- Tasking and Coordination Group meeting (what, where, who raised it and who owns it, due, status, outcome) with every
-- change kept, and referrals to other services with their response.

-- A briefing held: the window it covered, so that the next one can start where it ended ("since the last briefing").
CREATE TABLE briefings (
    id          {id},
    area_code   text NOT NULL,                      -- the district, CSP or ward briefed on
    since       text NOT NULL,                      -- yyyy-MM-ddTHH:mm, UK local time, included
    until       text NOT NULL,                      -- yyyy-MM-ddTHH:mm, UK local time, excluded
    held_at     text NOT NULL,                      -- ISO 8601 UTC
    held_by     text NOT NULL,                      -- user name
    incidents   integer NOT NULL,                   -- incidents the briefing showed
    notes       text NULL
);
CREATE INDEX ix_briefings_area_until ON briefings (area_code, until);

-- Whoever raises an issue keeps ownership of it: raised_by and raised_by_agency never change; the task may be given to
-- an officer (owner_officer) or to another agency (owner_agency), and only the raiser's agency (or an analyst) closes it.
CREATE TABLE taskings (
    id                {id},
    reference         text NOT NULL UNIQUE,         -- T-yyyy-nnnn, as the meeting refers to it
    what              text NOT NULL,
    where_text        text NULL,                    -- a place in words or a location key
    area_code         text NULL,                    -- the ward or district it is for (ward member briefings count them)
    raised_by         text NOT NULL,                -- user name
    raised_by_agency  text NOT NULL,
    owner_agency      text NOT NULL,
    owner_officer     text NULL,
    raised_on         text NOT NULL,                -- yyyy-MM-dd
    due_on            text NOT NULL,                -- yyyy-MM-dd, the last day (included): overdue from the next
    status            text NOT NULL,                -- Open, InProgress, Completed, Closed
    outcome           text NULL,
    related_incidents text NULL,                    -- incident ids, comma-separated
    case_reference    text NULL,
    briefing_id       {bigint} NULL REFERENCES briefings (id),
    updated_at        text NOT NULL                 -- ISO 8601 UTC
);
CREATE INDEX ix_taskings_status_due ON taskings (status, due_on);
CREATE INDEX ix_taskings_owner_agency ON taskings (owner_agency);

-- Every change to a task, in order: raised, assigned, updated, referred, response, closed. Never updated or deleted.
CREATE TABLE tasking_history (
    id          {id},
    tasking_id  {bigint} NOT NULL REFERENCES taskings (id),
    at          text NOT NULL,                      -- ISO 8601 UTC
    user_name   text NOT NULL,
    change      text NOT NULL,                      -- raised, assigned, updated, referred, response, completed, closed
    detail      text NULL
);
CREATE INDEX ix_tasking_history_tasking ON tasking_history (tasking_id, id);

-- Referrals to other services (mental health, housing, Trading Standards, victim support); the service's agency sees the task.
CREATE TABLE referrals (
    id            {id},
    tasking_id    {bigint} NOT NULL REFERENCES taskings (id),
    service       text NOT NULL,
    made_on       text NOT NULL,                    -- yyyy-MM-dd
    made_by       text NOT NULL,
    response      text NULL,
    responded_on  text NULL                         -- yyyy-MM-dd; NULL while awaited
);
CREATE INDEX ix_referrals_tasking ON referrals (tasking_id);
