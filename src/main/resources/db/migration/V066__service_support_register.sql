-- Support persons and support families (tukihenkilö, tukiperhe, SHL 28 §, LSL 36 §): the county's register of
-- trained volunteers, and the matches of a child with one of them for a period, with the meetings held.
create table support_provider (
    id uuid primary key,
    county_id uuid not null references county (id),
    kind text not null check (kind in ('SUPPORT_PERSON', 'SUPPORT_FAMILY')),
    name text not null,
    contact text not null,
    training_course text,
    training_completed_on date,
    -- The date of the criminal record extract (rikostaustaote) that was shown; null when none has been.
    criminal_record_checked_on date,
    -- Language codes (fi, sv, en, ...), see fi.verso.service.SupportLanguage.
    languages text[] not null default '{}',
    availability text not null check (availability in ('AVAILABLE', 'FULL', 'PAUSED')),
    version int not null default 0,
    created_at timestamptz not null default now(),
    modified_at timestamptz not null default now()
);
create index support_provider_county_idx on support_provider (county_id, availability);
create index support_provider_languages_idx on support_provider using gin (languages);

-- The municipalities of the county where the person or family can take a child.
create table support_provider_area (
    provider_id uuid not null references support_provider (id),
    municipality_code char(3) not null references municipality (code),
    created_at timestamptz not null default now(),
    primary key (provider_id, municipality_code)
);
create index support_provider_area_municipality_idx on support_provider_area (municipality_code);

create table support_match (
    id uuid primary key,
    county_id uuid not null references county (id),
    provider_id uuid not null references support_provider (id),
    relationship_id uuid not null references client_relationship (id),
    child_id uuid not null references person (id),
    starts_on date not null,
    ends_on date not null,
    -- The decision on the measure: no foreign key, as in family_work_period (the decision module lands separately).
    decision_id uuid,
    decision_ended_on date,
    closed_on date,
    closed_by uuid references employee (id),
    created_by uuid not null references employee (id),
    version int not null default 0,
    created_at timestamptz not null default now(),
    modified_at timestamptz not null default now(),
    check (ends_on >= starts_on)
);
create index support_match_county_idx on support_match (county_id);
create index support_match_provider_idx on support_match (provider_id);
create index support_match_relationship_idx on support_match (relationship_id);
create index support_match_child_idx on support_match (child_id);
create index support_match_closed_by_idx on support_match (closed_by);
create index support_match_created_by_idx on support_match (created_by);
create index support_match_decision_idx on support_match (decision_id);

create table support_match_meeting (
    id uuid primary key,
    match_id uuid not null references support_match (id),
    met_on date not null,
    notes text not null,
    recorded_by uuid not null references employee (id),
    created_at timestamptz not null default now(),
    modified_at timestamptz not null default now()
);
create index support_match_meeting_match_idx on support_match_meeting (match_id, met_on);
create index support_match_meeting_recorded_by_idx on support_match_meeting (recorded_by);
