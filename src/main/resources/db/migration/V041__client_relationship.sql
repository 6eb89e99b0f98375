-- Client relationship (asiakkuus): child welfare (LSL 27 §) or special support under SHL (SHL 34 §), with a
-- responsible social worker (LSL 13 b §) under the caseload cap, a work pair and the family around the child.
create table client_relationship (
    id uuid primary key,
    county_id uuid not null references county (id),
    child_id uuid not null references person (id),
    team_id uuid not null references team (id),
    kind text not null check (kind in ('CHILD_WELFARE', 'SHL_SPECIAL_SUPPORT')),
    started_on date not null,
    basis text not null,
    assessment_id uuid references service_need_assessment (id),
    responsible_worker_id uuid not null references employee (id),
    work_pair_id uuid references employee (id),
    state text not null check (state in ('ACTIVE', 'ENDED')),
    informed_on date,
    ended_on date,
    end_reason text,
    retention_until date,
    version int not null default 0,
    created_at timestamptz not null default now(),
    modified_at timestamptz not null default now()
);
create index client_relationship_county_idx on client_relationship (county_id);
create index client_relationship_child_idx on client_relationship (child_id);
create index client_relationship_team_idx on client_relationship (team_id);
create index client_relationship_responsible_idx on client_relationship (responsible_worker_id, state);
create index client_relationship_work_pair_idx on client_relationship (work_pair_id);
create index client_relationship_assessment_idx on client_relationship (assessment_id);
-- One active relationship of a kind per child.
create unique index client_relationship_one_active on client_relationship (child_id, kind) where state = 'ACTIVE';

-- Who was responsible and when: a transfer keeps the history.
create table client_worker_period (
    id bigint generated always as identity primary key,
    relationship_id uuid not null references client_relationship (id),
    employee_id uuid not null references employee (id),
    role text not null check (role in ('RESPONSIBLE', 'WORK_PAIR')),
    from_date date not null,
    to_date date,
    changed_by uuid not null references employee (id),
    created_at timestamptz not null default now()
);
create index client_worker_period_relationship_idx on client_worker_period (relationship_id);
create index client_worker_period_employee_idx on client_worker_period (employee_id);
create index client_worker_period_changed_by_idx on client_worker_period (changed_by);

create table client_family_member (
    id uuid primary key,
    relationship_id uuid not null references client_relationship (id),
    person_id uuid references person (id),
    name text not null,
    role text not null check (role in ('GUARDIAN', 'PARENT', 'SIBLING', 'OTHER')),
    created_at timestamptz not null default now()
);
create index client_family_member_relationship_idx on client_family_member (relationship_id);
create index client_family_member_person_idx on client_family_member (person_id);

-- Someone without a relationship to the child opened the records, with a stated reason (listed for the lead).
create table child_record_access_reason (
    id uuid primary key,
    county_id uuid not null references county (id),
    child_id uuid not null references person (id),
    employee_id uuid not null references employee (id),
    reason text not null,
    opened_at timestamptz not null,
    valid_until timestamptz not null,
    created_at timestamptz not null default now()
);
create index child_record_access_reason_county_idx on child_record_access_reason (county_id, opened_at);
create index child_record_access_reason_child_idx on child_record_access_reason (child_id);
create index child_record_access_reason_employee_idx on child_record_access_reason (employee_id, child_id, valid_until);
