-- Family work (perhetyö, SHL 18 §) and intensified family work (tehostettu perhetyö, LSL 36 §) as periods
-- on a child's client relationship, with the assigned family worker, goals copied from the client plan,
-- visits and an end summary.
create table family_work_period (
    id uuid primary key,
    county_id uuid not null references county (id),
    relationship_id uuid not null references client_relationship (id),
    -- Kept beside the relationship: access checks and lists ask by child on every request.
    child_id uuid not null references person (id),
    kind text not null check (kind in ('FAMILY_WORK', 'INTENSIFIED_FAMILY_WORK')),
    family_worker_id uuid not null references employee (id),
    started_on date not null,
    planned_end_on date not null,
    -- A copy of the goals as they stood when the period started (the plan may change later).
    goals text not null,
    -- The visit the family and the worker agreed on last (shown on the worker's own list).
    next_visit_on date,
    -- The decision on the measure. No foreign key: the decision module lands separately, and the lead may add
    -- the key once both are merged. decision_ended_on is kept by hand until the decision module sets it.
    decision_id uuid,
    decision_ended_on date,
    ended_on date,
    end_summary text,
    ended_by uuid references employee (id),
    created_by uuid not null references employee (id),
    version int not null default 0,
    created_at timestamptz not null default now(),
    modified_at timestamptz not null default now(),
    check (planned_end_on >= started_on),
    -- A period ends only with its summary.
    check ((ended_on is null) = (end_summary is null))
);
create index family_work_period_county_idx on family_work_period (county_id);
create index family_work_period_relationship_idx on family_work_period (relationship_id);
create index family_work_period_child_idx on family_work_period (child_id);
create index family_work_period_worker_idx on family_work_period (family_worker_id, ended_on);
create index family_work_period_ended_by_idx on family_work_period (ended_by);
create index family_work_period_created_by_idx on family_work_period (created_by);
create index family_work_period_decision_idx on family_work_period (decision_id);

create table family_work_visit (
    id uuid primary key,
    period_id uuid not null references family_work_period (id),
    visited_on date not null,
    duration_hours numeric(4, 2) not null check (duration_hours > 0 and duration_hours <= 24),
    notes text not null,
    recorded_by uuid not null references employee (id),
    created_at timestamptz not null default now(),
    modified_at timestamptz not null default now()
);
create index family_work_visit_period_idx on family_work_visit (period_id, visited_on);
create index family_work_visit_recorded_by_idx on family_work_visit (recorded_by);
