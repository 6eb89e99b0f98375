create table employee (
    id uuid primary key,
    county_id uuid not null references county (id),
    username text not null unique,
    password_hash text not null,
    display_name text not null,
    title_fi text not null default '',
    -- Global roles; see fi.verso.shared.security.Role.
    roles text[] not null default '{}',
    -- Qualified social worker (LSL 13 b §): may be a child's responsible worker.
    qualified_social_worker boolean not null default false,
    enabled boolean not null default true,
    created_at timestamptz not null default now(),
    modified_at timestamptz not null default now()
);
create index employee_county_idx on employee (county_id);

create table team_membership (
    team_id uuid not null references team (id),
    employee_id uuid not null references employee (id),
    team_role text not null check (team_role in ('MEMBER', 'LEAD')),
    created_at timestamptz not null default now(),
    primary key (team_id, employee_id)
);
create index team_membership_employee_idx on team_membership (employee_id);
