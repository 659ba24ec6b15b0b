-- 0019: the meetings of the partnership's groups (issue 17): the date and group, who was present and who sent apologies
-- (people in roles by agency: a name, a role and a work contact, nothing more), the numbered agenda items with the paper
-- each took (a report the product made, kept as the address that makes it again), the decisions (text, who proposed it,
-- the outcome) and the actions arising (owner, due, status, updated later). The Management Group's decision on priorities
-- (0015) is now recorded against the meeting that took it: the decisions already held are linked to a meeting of their
-- group on their date, made here when none is held. Dates are yyyy-MM-dd text, times ISO 8601 UTC text, as everywhere else.

CREATE TABLE meetings (
    id           {id},
    group_id     {bigint} NOT NULL REFERENCES partnership_groups (id),
    held_on      text NOT NULL,
    title        text NULL,
    location     text NULL,
    source       text NULL,                          -- where a bundled meeting comes from (the sample's demonstration meetings); null when recorded in the app
    recorded_by  text NOT NULL,
    recorded_at  text NOT NULL,
    UNIQUE (group_id, held_on)                       -- one meeting of a group a day: a decision names its meeting by group and date
);

CREATE TABLE meeting_attendees (
    id          {id},
    meeting_id  {bigint} NOT NULL REFERENCES meetings (id),
    position    integer NOT NULL,
    name        text NOT NULL,
    role        text NULL,                           -- "Chair", "Community Safety Manager"
    agency      text NULL,
    contact     text NULL,                           -- a work e-mail address or telephone number, never a personal one
    attendance  text NOT NULL                        -- Present, Apologies, InAttendance
);
CREATE INDEX ix_meeting_attendees_meeting ON meeting_attendees (meeting_id, position);

CREATE TABLE meeting_items (
    id           {id},
    meeting_id   {bigint} NOT NULL REFERENCES meetings (id),
    number       integer NOT NULL,                   -- the item's number in the minutes (1, 2, ...)
    title        text NOT NULL,
    notes        text NULL,                          -- what the minutes record of the discussion
    paper_title  text NULL,
    paper_link   text NULL,                          -- the product's own address of the report taken as the paper ("/reports/assessment?area=...&format=pdf")
    UNIQUE (meeting_id, number)
);

CREATE TABLE meeting_decisions (
    id           {id},
    meeting_id   {bigint} NOT NULL REFERENCES meetings (id),
    item_number  integer NULL,
    text         text NOT NULL,
    proposed_by  text NULL,
    outcome      text NOT NULL                       -- Agreed, NotAgreed, Deferred, Noted
);
CREATE INDEX ix_meeting_decisions_meeting ON meeting_decisions (meeting_id, id);

CREATE TABLE meeting_actions (
    id           {id},
    meeting_id   {bigint} NOT NULL REFERENCES meetings (id),
    number       integer NOT NULL,                   -- A1, A2, ... within the meeting
    item_number  integer NULL,
    action       text NOT NULL,
    owner        text NOT NULL,
    due_on       text NULL,
    status       text NOT NULL,                      -- NotStarted, InProgress, Completed, Discontinued (outstanding: the first two)
    note         text NULL,                          -- the latest word on it
    updated_at   text NOT NULL,
    updated_by   text NOT NULL,
    UNIQUE (meeting_id, number)
);
CREATE INDEX ix_meeting_actions_status ON meeting_actions (status, meeting_id);

ALTER TABLE priority_decisions ADD COLUMN meeting_id {bigint} NULL REFERENCES meetings (id);

-- The decisions recorded before meetings were kept: a meeting of their group (by name) on their date.
INSERT INTO meetings (group_id, held_on, title, source, recorded_by, recorded_at)
SELECT g.id, d.meeting_on, NULL, 'made from a decision on priorities recorded before meetings were kept', MIN(d.recorded_by), MIN(d.recorded_at)
FROM priority_decisions d JOIN partnership_groups g ON g.name = d.group_name
GROUP BY g.id, d.meeting_on;

UPDATE priority_decisions SET meeting_id = (
    SELECT m.id FROM meetings m JOIN partnership_groups g ON g.id = m.group_id
    WHERE g.name = priority_decisions.group_name AND m.held_on = priority_decisions.meeting_on);
