-- Client plan (asiakassuunnitelma, LSL 30 §, SHL 39 §) of a client relationship. Every save is a new
-- revision and no revision is ever changed or removed, so what was agreed at any time stays readable and
-- two revisions can be compared. Two workers saving at once: the unique (relationship_id, revision) lets
-- only one of them make revision n + 1; the other is shown both versions.
create table client_plan_revision (
    id uuid primary key,
    county_id uuid not null references county (id),
    relationship_id uuid not null references client_relationship (id),
    child_id uuid not null references person (id),
    revision int not null check (revision > 0),
    -- The day the plan was drawn up with the child and the guardians (the review clock runs from it).
    made_on date not null,
    circumstances text not null,
    support_needs text not null,
    services text not null,
    -- How often the responsible worker meets the child personally (LSL 29 §, SHL 39 § and 42 §).
    meeting_every_weeks int not null check (meeting_every_weeks between 1 and 52),
    participants text not null,
    participant_views text not null,
    -- The child's own views and how they were found out (LSL 20 §, SHL 32 §).
    child_view_method text not null,
    child_view_content text not null,
    dissenting_views text not null,
    saved_by uuid not null references employee (id),
    created_at timestamptz not null,
    constraint client_plan_revision_once unique (relationship_id, revision)
);
create index client_plan_revision_county_idx on client_plan_revision (county_id);
create index client_plan_revision_child_idx on client_plan_revision (child_id);
create index client_plan_revision_saved_by_idx on client_plan_revision (saved_by);

-- The goals of one revision (tavoitteet), each with the estimated time to reach it (LSL 30 §) and its status.
create table client_plan_goal (
    id bigint generated always as identity primary key,
    revision_id uuid not null references client_plan_revision (id),
    position int not null check (position > 0),
    goal text not null,
    estimated_by date not null,
    status text not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'REACHED', 'NOT_REACHED')),
    created_at timestamptz not null default now(),
    constraint client_plan_goal_position unique (revision_id, position)
);

-- Revisions are records (LSL 33 §): added, never changed or removed, whoever the database user is.
create function client_plan_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = '42501';
end;
$$;

create trigger client_plan_revision_no_update_delete
    before update or delete on client_plan_revision
    for each row execute function client_plan_refuse_change();
create trigger client_plan_revision_no_truncate
    before truncate on client_plan_revision
    for each statement execute function client_plan_refuse_change();
create trigger client_plan_goal_no_update_delete
    before update or delete on client_plan_goal
    for each row execute function client_plan_refuse_change();
create trigger client_plan_goal_no_truncate
    before truncate on client_plan_goal
    for each statement execute function client_plan_refuse_change();
