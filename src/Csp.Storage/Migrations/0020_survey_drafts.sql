-- 0020: surveys built in the web app's survey builder (issue 18) start as drafts: the analyst edits the questions, dates
-- and introduction, then opens the survey, and only then does the public form show it and take responses. Every survey
-- held before (imported from a definition file) was already in use, so none is a draft.
ALTER TABLE surveys ADD COLUMN draft {bool} NOT NULL DEFAULT {false};
