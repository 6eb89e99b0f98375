-- Service need assessment (palvelutarpeen arviointi, SHL 36 §, LSL 26 §): started from an intake decision,
-- completed within 3 months of receipt, concluded with the child's and guardians' views.
create table service_need_assessment (
    id uuid primary key,
    county_id uuid not null references county (id),
    matter_id uuid not null unique references intake_matter (id),
    child_id uuid not null references person (id),
    team_id uuid not null references team (id),
    assigned_worker_id uuid not null references employee (id),
    work_pair_id uuid references employee (id),
    started_on date not null,
    completion_due date not null,
    state text not null check (state in ('OPEN', 'COMPLETED')),
    child_views_method text,
    child_views_content text,
    guardians_views text,
    summary text,
    conclusion text check (conclusion in ('CHILD_WELFARE_CLIENT', 'SHL_SPECIAL_SUPPORT_CLIENT', 'OTHER_SERVICES', 'NO_NEED')),
    -- LSL 27 §: on what ground a child welfare client relationship starts.
    lsl27_ground text check (lsl27_ground in ('GROWING_CONDITIONS_ENDANGER', 'OWN_BEHAVIOUR_ENDANGERS', 'URGENT_MEASURES', 'SERVICES_BEFORE_ASSESSMENT_END')),
    -- Why the assessment was completed without meeting the child personally.
    not_met_reason text,
    completed_on date,
    completed_by uuid references employee (id),
    notice_recorded_on date,
    version int not null default 0,
    created_at timestamptz not null default now(),
    modified_at timestamptz not null default now()
);
create index sna_county_idx on service_need_assessment (county_id);
create index sna_child_idx on service_need_assessment (child_id);
create index sna_team_idx on service_need_assessment (team_id);
create index sna_worker_idx on service_need_assessment (assigned_worker_id, state);
create index sna_work_pair_idx on service_need_assessment (work_pair_id);
create index sna_completed_by_idx on service_need_assessment (completed_by);
