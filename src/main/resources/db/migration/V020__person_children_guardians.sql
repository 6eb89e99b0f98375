-- People the county's social services know: children (also unborn ones are not people yet: see intake),
-- guardians and expectant parents. A henkilötunnus is optional: newly arrived children may have none.
create table person (
    id uuid primary key,
    county_id uuid not null references county (id),
    first_name text not null,
    last_name text not null,
    -- Henkilötunnus with its century sign (the sign is part of the identity).
    personal_identity_code text,
    birth_date date,
    street_address text,
    postal_code text,
    post_office text,
    municipality_code char(3) references municipality (code),
    language text check (language in ('fi', 'sv', 'en', 'other')),
    -- Turvakielto: the address is never shown to parties or guardians, only to those who need it.
    non_disclosure boolean not null default false,
    -- Where the data came from: POPULATION_REGISTER or REPORTED (typed by a reporter or worker).
    source text not null check (source in ('POPULATION_REGISTER', 'REPORTED')),
    created_at timestamptz not null default now(),
    modified_at timestamptz not null default now()
);
create unique index person_pic_per_county on person (county_id, personal_identity_code) where personal_identity_code is not null;
create index person_county_idx on person (county_id);
create index person_municipality_idx on person (municipality_code);
create index person_name_birth_idx on person (county_id, lower(last_name), birth_date);

create table guardianship (
    child_id uuid not null references person (id),
    guardian_id uuid not null references person (id),
    created_at timestamptz not null default now(),
    primary key (child_id, guardian_id)
);
create index guardianship_guardian_idx on guardianship (guardian_id);
