-- Peer groups (vertaisryhmät, SHL 28 §, LSL 36 §): groups of children or guardians led by
-- facilitators, with sessions and attendance recorded by a facilitator.
create table peer_group (
    id uuid primary key,
    county_id uuid not null references county (id),
    name text not null,
    description text not null,
    created_by uuid not null references employee (id),
    created_at timestamptz not null default now(),
    modified_at timestamptz not null default now()
);
create index peer_group_county_idx on peer_group (county_id);
create index peer_group_created_by_idx on peer_group (created_by);

create table peer_group_facilitator (
    group_id uuid not null references peer_group (id),
    employee_id uuid not null references employee (id),
    created_at timestamptz not null default now(),
    primary key (group_id, employee_id)
);
create index peer_group_facilitator_employee_idx on peer_group_facilitator (employee_id);

create table peer_group_participant (
    id uuid primary key,
    group_id uuid not null references peer_group (id),
    person_id uuid not null references person (id),
    role text not null check (role in ('CHILD', 'GUARDIAN')),
    added_by uuid not null references employee (id),
    created_at timestamptz not null default now(),
    unique (group_id, person_id)
);
create index peer_group_participant_person_idx on peer_group_participant (person_id);
create index peer_group_participant_added_by_idx on peer_group_participant (added_by);

create table peer_group_session (
    id uuid primary key,
    group_id uuid not null references peer_group (id),
    held_on date not null,
    -- Local Finnish time of day: a session is a date on the group's calendar, not an instant.
    starts_at time not null,
    created_by uuid not null references employee (id),
    created_at timestamptz not null default now(),
    modified_at timestamptz not null default now()
);
create index peer_group_session_group_idx on peer_group_session (group_id, held_on);
create index peer_group_session_created_by_idx on peer_group_session (created_by);

create table peer_group_attendance (
    session_id uuid not null references peer_group_session (id),
    participant_id uuid not null references peer_group_participant (id),
    present boolean not null,
    recorded_by uuid not null references employee (id),
    created_at timestamptz not null default now(),
    modified_at timestamptz not null default now(),
    primary key (session_id, participant_id)
);
create index peer_group_attendance_participant_idx on peer_group_attendance (participant_id);
create index peer_group_attendance_recorded_by_idx on peer_group_attendance (recorded_by);
