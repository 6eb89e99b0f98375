-- The public service catalogue (palvelukuvaukset): each county describes its own services in Finnish,
-- Swedish and English. A slug is unique within a county only, so two counties may both describe
-- "lastensuojelun-avohuolto" and each deployment shows its own.
create table catalogue_service (
    id uuid primary key,
    county_id uuid not null references county (id),
    slug text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(slug) <= 100),
    -- The languages the service itself is given in (not the languages of the description).
    service_languages text[] not null check (
        cardinality(service_languages) > 0 and service_languages <@ array['fi', 'sv', 'en']::text[]),
    -- The "last updated" date shown to the public, set from the application clock when an administrator
    -- saves; named apart from modified_at, which is row bookkeeping.
    content_updated_at timestamptz not null,
    -- Optimistic locking: a save names the version it started from and is refused if it is stale.
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    modified_at timestamptz not null default now(),
    constraint catalogue_service_slug_per_county unique (county_id, slug)
);
-- The unique constraint's index starts with county_id, but an index of its own keeps the convention plain.
create index catalogue_service_county_idx on catalogue_service (county_id);

-- Which text search configuration (stemmer and stop words) a description language uses.
create function catalogue_text_config(lang text) returns regconfig
    language sql immutable parallel safe
    return case lang
        when 'fi' then 'finnish'::regconfig
        when 'sv' then 'swedish'::regconfig
        when 'en' then 'english'::regconfig
    end;

-- The search document of one description: the name weighs most, then the summary, then the body.
create function catalogue_search_document(config regconfig, name text, summary text, body text, facts text)
    returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector(config, name), 'A')
        || setweight(to_tsvector(config, summary), 'B')
        || setweight(to_tsvector(config, body), 'C')
        || setweight(to_tsvector(config, facts), 'D');

create table catalogue_service_text (
    service_id uuid not null references catalogue_service (id) on delete cascade,
    lang text not null check (lang in ('fi', 'sv', 'en')),
    name text not null check (char_length(name) between 1 and 200),
    summary text not null check (char_length(summary) between 1 and 500),
    description text not null default '' check (char_length(description) <= 10000),
    target_group text not null default '' check (char_length(target_group) <= 10000),
    terms text not null default '' check (char_length(terms) <= 10000),
    how_to_get text not null default '' check (char_length(how_to_get) <= 10000),
    cost text not null default '' check (char_length(cost) <= 10000),
    legal_basis text not null default '' check (char_length(legal_basis) <= 10000),
    provider text not null default '' check (char_length(provider) <= 10000),
    responsible_organisation text not null default '' check (char_length(responsible_organisation) <= 10000),
    search tsvector generated always as (
        catalogue_search_document(
            catalogue_text_config(lang),
            name,
            summary,
            description || ' ' || target_group || ' ' || terms || ' ' || how_to_get,
            cost || ' ' || legal_basis || ' ' || provider || ' ' || responsible_organisation)
    ) stored,
    created_at timestamptz not null default now(),
    modified_at timestamptz not null default now(),
    primary key (service_id, lang)
);
create index catalogue_service_text_service_idx on catalogue_service_text (service_id);
create index catalogue_service_text_search_idx on catalogue_service_text using gin (search);

-- The municipalities where the service is available. The application keeps them within the
-- service's own county.
create table catalogue_service_area (
    service_id uuid not null references catalogue_service (id) on delete cascade,
    municipality_code char(3) not null references municipality (code),
    created_at timestamptz not null default now(),
    primary key (service_id, municipality_code)
);
create index catalogue_service_area_service_idx on catalogue_service_area (service_id);
create index catalogue_service_area_municipality_idx on catalogue_service_area (municipality_code);
