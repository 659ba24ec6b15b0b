-- 0024: the history of an action plan row's edits in the web app (issue 17: "import from a spreadsheet ... and edit in the
-- web app"; "every change audited, history kept"). An administrator or analyst changes a row's action, coordinating
-- delivery groups, priorities, owner agency, lead, dates, status or RAG, or adds a row under a theme; each field changed is
-- one row here with its value before and after (the quarterly updates stay in action_plan_updates). A row added in the web
-- app has one row with field 'added' (after: its ref). Values are as the row page prints them (groups and priorities
-- separated by '; ', dates yyyy-MM-dd); never deleted.
CREATE TABLE action_plan_changes (
    id         {id},
    item_id    {bigint} NOT NULL REFERENCES action_plan_items (id),
    field      text NOT NULL,                       -- added, ref, action, groups, priorities, owner, lead, start, due, status, rag
    before     text NULL,
    after      text NULL,
    by_user    text NOT NULL,
    at         text NOT NULL
);
CREATE INDEX ix_action_plan_changes_item ON action_plan_changes (item_id, id);
