-- Matters reaching social services (vireilletulo): child welfare notifications (LSL 25 §), prenatal
-- notifications (LSL 25 c §), contact requests (SHL 35 §, LSL 25 a §) and family-work applications (SHL 18 §).
create sequence intake_reference_seq;

create table intake_matter (
    id uuid primary key,
    county_id uuid not null references county (id),
    reference text not null unique,
    kind text not null check (kind in ('CHILD_WELFARE_NOTIFICATION', 'PRENATAL_NOTIFICATION', 'CONTACT_REQUEST', 'FAMILY_WORK_APPLICATION')),
    channel text not null check (channel in ('ELECTRONIC', 'PHONE', 'PAPER', 'IN_PERSON', 'API')),
    -- The moment the matter reached the authority; a phone or paper notification registered later keeps it.
    received_at timestamptz not null,
    registered_by uuid references employee (id),
    team_id uuid not null references team (id),
    state text not null check (state in ('RECEIVED', 'ASSESSMENT_STARTED', 'NOT_STARTED', 'TRANSFERRED', 'CONVERTED')),
    -- Statutory dates, computed once on receipt by calendar.StatutoryDeadlines and stored for queries and reports.
    assessment_start_due date not null,
    assessment_completion_due date not null,
    -- The submission's idempotency key: a repeated submit of the same form finds the same matter.
    submission_key uuid not null unique,
    -- An unguessable token for the acknowledgement page shown to an anonymous sender.
    receipt_token text not null unique,

    reporter_type text not null check (reporter_type in ('PRIVATE_PERSON', 'MANDATED_REPORTER', 'GUARDIAN', 'CHILD', 'OTHER')),
    reporter_anonymous boolean not null,
    reporter_name text,
    reporter_profession text,
    reporter_organisation_type text,
    reporter_organisation_name text,
    reporter_phone text,
    reporter_email text,
    police_notified text check (police_notified in ('YES', 'NO', 'NOT_NEEDED')),

    child_first_name text,
    child_last_name text,
    child_personal_identity_code text,
    child_birth_date date,
    child_age int check (child_age between 0 and 17),
    child_address text,
    child_municipality_code char(3) references municipality (code),
    guardians_text text,
    child_knows text check (child_knows in ('YES', 'NO', 'UNKNOWN')),
    guardians_know text check (guardians_know in ('YES', 'NO', 'UNKNOWN')),

    expectant_parents_text text,
    expected_birth_date date,

    -- Contact requests: with the family, with consent, or without consent when the child's interest requires it.
    contact_basis text check (contact_basis in ('OWN_REQUEST', 'WITH_FAMILY', 'WITH_CONSENT', 'WITHOUT_CONSENT')),
    without_consent_reason text,

    concern text not null,
    -- The child (person) this matter concerns, once identified; null for a prenatal notification.
    child_id uuid references person (id),
    created_at timestamptz not null default now(),
    modified_at timestamptz not null default now()
);
create index intake_matter_county_idx on intake_matter (county_id);
create index intake_matter_team_open_idx on intake_matter (team_id, state, assessment_start_due);
create index intake_matter_registered_by_idx on intake_matter (registered_by);
create index intake_matter_child_municipality_idx on intake_matter (child_municipality_code);
create index intake_matter_child_idx on intake_matter (child_id);
create index intake_matter_pic_idx on intake_matter (child_personal_identity_code) where child_personal_identity_code is not null;
create index intake_matter_received_idx on intake_matter (county_id, received_at);

-- Each step of a matter's life, so the history is never lost (explicit state machine).
create table intake_matter_event (
    id bigint generated always as identity primary key,
    matter_id uuid not null references intake_matter (id),
    occurred_at timestamptz not null,
    employee_id uuid references employee (id),
    event text not null,
    from_state text,
    to_state text,
    created_at timestamptz not null default now()
);
create index intake_matter_event_matter_idx on intake_matter_event (matter_id, occurred_at);
create index intake_matter_event_employee_idx on intake_matter_event (employee_id);
