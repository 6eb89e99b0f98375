-- A county (hyvinvointialue, or a joint authority acting as one) runs Verso for its own municipalities.
-- Every county-owned row carries county_id so that one county's data never mixes with another's.
create table county (
    id uuid primary key,
    code text not null unique,
    name_fi text not null,
    name_sv text not null,
    name_en text not null,
    -- The 24/7 social emergency service (sosiaalipäivystys); when null, pages direct people to 112.
    social_emergency_phone text,
    created_at timestamptz not null default now(),
    modified_at timestamptz not null default now()
);

create table municipality (
    code char(3) primary key,
    county_id uuid not null references county (id),
    name_fi text not null,
    name_sv text not null,
    created_at timestamptz not null default now(),
    modified_at timestamptz not null default now()
);
create index municipality_county_idx on municipality (county_id);

create table office (
    id uuid primary key,
    county_id uuid not null references county (id),
    municipality_code char(3) not null references municipality (code),
    name_fi text not null,
    name_sv text not null,
    name_en text not null,
    street_address text not null,
    postal_code text not null,
    created_at timestamptz not null default now(),
    modified_at timestamptz not null default now()
);
create index office_county_idx on office (county_id);
create index office_municipality_idx on office (municipality_code);

create table team (
    id uuid primary key,
    county_id uuid not null references county (id),
    office_id uuid references office (id),
    kind text not null check (kind in ('INTAKE', 'CHILD_WELFARE', 'FAMILY_SOCIAL_WORK', 'FAMILY_WORK', 'ADMINISTRATION')),
    name_fi text not null,
    name_sv text not null,
    name_en text not null,
    default_intake boolean not null default false,
    created_at timestamptz not null default now(),
    modified_at timestamptz not null default now()
);
create index team_county_idx on team (county_id);
create index team_office_idx on team (office_id);
-- At most one default intake team per county: it receives matters whose municipality is unknown.
create unique index team_one_default_intake_per_county on team (county_id) where default_intake;

-- Which municipalities a team serves (intake routing uses this).
create table team_municipality (
    team_id uuid not null references team (id),
    municipality_code char(3) not null references municipality (code),
    created_at timestamptz not null default now(),
    primary key (team_id, municipality_code)
);
create index team_municipality_municipality_idx on team_municipality (municipality_code);
