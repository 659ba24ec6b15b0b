-- 0011: ASB case management (issue 19). Cases with their lead and partner agencies, people in roles, incidents, notes,
-- tasks, risk assessments against the partnership's matrix, interventions with breaches, ASB Case Review applications
-- with the complaints they rely on and the threshold check, and the information-sharing agreements between agencies
-- that decide which partner agencies' officers may see a case. Dates are yyyy-MM-dd text (they sort as dates); times
-- ISO 8601 UTC text, as everywhere else. demo = 1 marks the generated demonstration caseload (never real people).

CREATE TABLE asb_cases (
    id             {id},
    reference      text NOT NULL UNIQUE,            -- e.g. ASB-2025-000123
    case_type      text NOT NULL,                   -- Neighbour dispute, Youth nuisance, Drug-related ASB, ...
    status         text NOT NULL,                   -- Open, UnderReview, Closed
    outcome        text NULL,                       -- set when closed: Resolved, Enforcement, NoFurtherAction, ...
    lead_agency_id {bigint} NOT NULL REFERENCES agencies (id),
    lead_officer   text NULL,                       -- user name of the officer leading the case
    location       text NULL,                       -- address or place
    location_key   text NULL,                       -- the location upper-cased with single spaces: repeat locations match on it
    ward           text NULL,
    lsoa           text NULL,
    latitude       {real} NULL,
    longitude      {real} NULL,
    summary        text NULL,
    opened_on      text NOT NULL,
    closed_on      text NULL,
    risk_level     text NULL,                       -- the latest assessment's level: Standard, Medium, High
    risk_score     integer NULL,
    reassess_by    text NULL,                       -- the latest assessment's reassessment date
    demo           {bool} NOT NULL DEFAULT {false},
    created_at     text NOT NULL,
    created_by     text NULL
);
-- The lists ask per lead agency: a page in opened order (walking the first index), and counts by status, risk and
-- reassessment date answered from the second alone (it covers them).
CREATE INDEX ix_asb_cases_lead_opened ON asb_cases (lead_agency_id, opened_on, id);
CREATE INDEX ix_asb_cases_lead ON asb_cases (lead_agency_id, status, risk_level, reassess_by, opened_on);
CREATE INDEX ix_asb_cases_officer ON asb_cases (lead_officer, status);
CREATE INDEX ix_asb_cases_location_key ON asb_cases (location_key);

-- The partner agencies working a case beside its lead.
CREATE TABLE case_agencies (
    case_id   {bigint} NOT NULL REFERENCES asb_cases (id),
    agency_id {bigint} NOT NULL REFERENCES agencies (id),
    PRIMARY KEY (case_id, agency_id)
);
CREATE INDEX ix_case_agencies_agency ON case_agencies (agency_id, case_id);

-- A person known to case work: personal data. One person can be in many cases, in a role on each.
CREATE TABLE people (
    id            {id},
    name          text NOT NULL,
    date_of_birth text NULL,
    address       text NULL,
    postcode      text NULL,
    phone         text NULL,
    vulnerable    {bool} NOT NULL DEFAULT {false},
    demo          {bool} NOT NULL DEFAULT {false},
    created_at    text NOT NULL
);
CREATE INDEX ix_people_name ON people (name);

-- role: Victim, Perpetrator, Witness, Reporter.
CREATE TABLE case_people (
    case_id   {bigint} NOT NULL REFERENCES asb_cases (id),
    person_id {bigint} NOT NULL REFERENCES people (id),
    role      text NOT NULL,
    added_on  text NOT NULL,
    PRIMARY KEY (case_id, person_id, role)
);
CREATE INDEX ix_case_people_person ON case_people (person_id);

CREATE TABLE case_incidents (
    id                  {id},
    case_id             {bigint} NOT NULL REFERENCES asb_cases (id),
    occurred_on         text NOT NULL,
    occurred_at         text NULL,                 -- HH:mm when known
    description         text NOT NULL,
    reported_by_id      {bigint} NULL REFERENCES people (id),
    reported_to_agency  {bigint} NULL REFERENCES agencies (id),
    reference           text NULL,                 -- the police or council reference
    location            text NULL,
    created_at          text NOT NULL,
    created_by          text NULL
);
CREATE INDEX ix_case_incidents_case ON case_incidents (case_id, occurred_on);
CREATE INDEX ix_case_incidents_reporter ON case_incidents (reported_by_id, occurred_on);

CREATE TABLE case_notes (
    id         {id},
    case_id    {bigint} NOT NULL REFERENCES asb_cases (id),
    text       text NOT NULL,
    created_at text NOT NULL,
    created_by text NULL
);
CREATE INDEX ix_case_notes_case ON case_notes (case_id);

CREATE TABLE case_tasks (
    id          {id},
    case_id     {bigint} NOT NULL REFERENCES asb_cases (id),
    title       text NOT NULL,
    assigned_to text NULL,                         -- an officer's user name, or free text
    agency_id   {bigint} NULL REFERENCES agencies (id),
    due_on      text NULL,
    done_on     text NULL,
    outcome     text NULL,
    created_at  text NOT NULL,
    created_by  text NULL
);
CREATE INDEX ix_case_tasks_case ON case_tasks (case_id);

-- Every assessment is kept: the case's risk history. answers: JSON object question id -> answer text.
CREATE TABLE risk_assessments (
    id             {id},
    case_id        {bigint} NOT NULL REFERENCES asb_cases (id),
    person_id      {bigint} NULL REFERENCES people (id),
    assessed_on    text NOT NULL,
    assessor       text NOT NULL,
    answers        text NOT NULL,
    raised_to      text NULL,
    raised_because text NULL,
    score          integer NOT NULL,
    max_score      integer NOT NULL,
    level          text NOT NULL,                  -- Standard, Medium, High (the level that counts)
    reassess_by    text NOT NULL,
    created_at     text NOT NULL
);
CREATE INDEX ix_risk_assessments_case ON risk_assessments (case_id, assessed_on);

-- intervention_type: the ladder's names (WarningLetter ... ClosureOrder). conditions: one per line.
CREATE TABLE interventions (
    id                {id},
    case_id           {bigint} NOT NULL REFERENCES asb_cases (id),
    person_id         {bigint} NULL REFERENCES people (id),
    intervention_type text NOT NULL,
    subject           text NOT NULL,               -- the person's or place's key the ladder's rules match on
    issued_on         text NOT NULL,
    issuing_agency_id {bigint} NOT NULL REFERENCES agencies (id),
    conditions        text NULL,
    comply_by         text NULL,
    expires_on        text NULL,
    created_at        text NOT NULL,
    created_by        text NULL
);
CREATE INDEX ix_interventions_case ON interventions (case_id);
CREATE INDEX ix_interventions_expires ON interventions (expires_on);

CREATE TABLE intervention_breaches (
    id                 {id},
    intervention_id    {bigint} NOT NULL REFERENCES interventions (id),
    breached_on        text NOT NULL,
    incident_reference text NOT NULL,
    created_at         text NOT NULL,
    created_by         text NULL
);
CREATE INDEX ix_intervention_breaches_intervention ON intervention_breaches (intervention_id);

-- ASB Case Review ("Community Trigger") applications and the threshold check made on them.
CREATE TABLE case_reviews (
    id                   {id},
    case_id              {bigint} NULL REFERENCES asb_cases (id),
    reference            text NOT NULL UNIQUE,
    received_on          text NOT NULL,
    applicant_id         {bigint} NULL REFERENCES people (id),
    on_behalf            {bool} NOT NULL DEFAULT {false},
    consent              {bool} NOT NULL DEFAULT {false},
    qualifying           integer NOT NULL,
    threshold_summary    text NOT NULL,
    acknowledge_by       text NOT NULL,
    decision_by          text NOT NULL,
    acknowledged_on      text NULL,
    threshold_decided_on text NULL,
    threshold_met        {bool} NULL,
    review_held_on       text NULL,
    outcome_sent_on      text NULL,
    recommendations      integer NOT NULL DEFAULT 0,
    decision             text NULL,
    created_at           text NOT NULL,
    created_by           text NULL
);
CREATE INDEX ix_case_reviews_case ON case_reviews (case_id);

CREATE TABLE case_review_complaints (
    id           {id},
    review_id    {bigint} NOT NULL REFERENCES case_reviews (id),
    reported_on  text NOT NULL,
    behaviour_on text NOT NULL,
    agency       text NOT NULL,
    qualifies    {bool} NOT NULL,
    reason       text NOT NULL
);
CREATE INDEX ix_case_review_complaints_review ON case_review_complaints (review_id);

-- An information-sharing agreement between two agencies (stored with agency_a_id < agency_b_id): officers of either, in
-- the roles named (comma separated), may see the cases the other leads when their agency is a partner on them.
CREATE TABLE sharing_agreements (
    id          {id},
    agency_a_id {bigint} NOT NULL REFERENCES agencies (id),
    agency_b_id {bigint} NOT NULL REFERENCES agencies (id),
    roles       text NOT NULL,
    agreed_on   text NOT NULL,
    created_at  text NOT NULL,
    created_by  text NULL,
    UNIQUE (agency_a_id, agency_b_id)
);

-- The audit log names the case, the person and the record a view or change of personal data touched, so that it can be
-- read per person ("who looked at this victim's record").
ALTER TABLE audit_log ADD COLUMN case_id {bigint} NULL;
ALTER TABLE audit_log ADD COLUMN person_id {bigint} NULL;
ALTER TABLE audit_log ADD COLUMN record text NULL;
CREATE INDEX ix_audit_log_case ON audit_log (case_id);
CREATE INDEX ix_audit_log_person ON audit_log (person_id);
