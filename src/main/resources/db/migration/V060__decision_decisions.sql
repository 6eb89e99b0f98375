-- Decisions on support measures (päätös, SHL 45 §, HL 44-47 §): a draft is prepared, the parties consent
-- (suostumus, LSL 34-37 §) and are heard (kuuleminen, HL 34 §), a decision maker decides, and the letter is
-- sent; the date of notification and the last day to appeal follow from how it was sent (HL 59 §, 59 b §).
-- A decided decision is never changed: a new decision replaces it.

-- Where requests for correction (oikaisuvaatimus) and appeals (valitus) go, per county: the appeal
-- instructions name the authority (HL 47 §). Court addresses as published by the courts; the county's own
-- registry address is filled in by the county (null: the letter names the body only).
create table decision_appeal_authority (
    county_id uuid primary key references county (id),
    correction_body_fi text not null,
    correction_body_sv text not null,
    correction_address text,
    correction_email text,
    court_fi text not null,
    court_sv text not null,
    court_address text not null,
    court_email text,
    created_at timestamptz not null default now(),
    modified_at timestamptz not null default now()
);

insert into decision_appeal_authority
    (county_id, correction_body_fi, correction_body_sv, court_fi, court_sv, court_address, court_email) values
 ('0e7a1c52-0001-4000-8000-000000000001',
  'Yksilöasioiden jaosto, Etelä-Savon sosiaali- ja terveyspalvelujen kuntayhtymä',
  'Sektionen för individärenden, Samkommunen för social- och hälsovårdstjänster i Södra Savolax',
  'Itä-Suomen hallinto-oikeus', 'Östra Finlands förvaltningsdomstol',
  'Minna Canthin katu 64, PL 1744, 70101 Kuopio', 'ita-suomi.hao@oikeus.fi'),
 ('0e7a1c52-0002-4000-8000-000000000002',
  'Yksilöasioiden jaosto, Suupohjan peruspalveluliikelaitoskuntayhtymä',
  'Sektionen för individärenden, Affärsverkssamkommunen för basservice i Sydösterbotten',
  'Vaasan hallinto-oikeus', 'Vasa förvaltningsdomstol',
  'Korsholmanpuistikko 43, PL 204, 65101 Vaasa', 'vaasa.hao@oikeus.fi'),
 ('0e7a1c52-0003-4000-8000-000000000003',
  'Yksilöasioiden jaosto, Espoo', 'Sektionen för individärenden, Esbo',
  'Helsingin hallinto-oikeus', 'Helsingfors förvaltningsdomstol',
  'Radanrakentajantie 5, 00520 Helsinki', 'helsinki.hao@oikeus.fi');

-- Decision numbers run per county and year (2026-0001, ...), taken when a decision is made.
create table decision_reference_counter (
    county_id uuid not null references county (id),
    year int not null,
    last_number int not null,
    created_at timestamptz not null default now(),
    modified_at timestamptz not null default now(),
    primary key (county_id, year)
);

create table decision (
    id uuid primary key,
    county_id uuid not null references county (id),
    child_id uuid not null references person (id),
    relationship_id uuid not null references client_relationship (id),
    -- The decided decision this one replaces (a change or an end of a measure, or a correction).
    replaces_id uuid references decision (id),
    reference text,
    decision_type text not null check (decision_type in ('GRANT', 'REFUSE', 'CHANGE', 'END')),
    measure text not null,
    language text not null check (language in ('FI', 'SV')),
    starts_on date,
    ends_on date,
    estimated_duration text,
    goals text not null default '',
    reasons text not null default '',
    other_provisions text not null default '',
    -- Why the decision departs from the client plan; null when it does not.
    plan_departure text,
    contact_person_id uuid references employee (id),
    contact_details text not null default '',
    state text not null check (state in ('DRAFT', 'DECIDED', 'SENT')),
    prepared_by uuid not null references employee (id),
    decided_on date,
    decided_at timestamptz,
    decided_by uuid references employee (id),
    delivery_channel text check (delivery_channel in ('LETTER', 'ELECTRONIC')),
    sent_on date,
    notification_on date,
    appeal_until date,
    sent_by uuid references employee (id),
    version int not null default 0,
    created_at timestamptz not null default now(),
    modified_at timestamptz not null default now(),
    constraint decision_decided_has_maker check
        (state = 'DRAFT' or (decided_on is not null and decided_by is not null and reference is not null)),
    constraint decision_sent_has_dates check
        (state <> 'SENT' or (delivery_channel is not null and sent_on is not null
                             and notification_on is not null and appeal_until is not null))
);
create index decision_county_idx on decision (county_id);
create index decision_child_idx on decision (child_id, created_at);
create index decision_relationship_idx on decision (relationship_id);
create index decision_replaces_idx on decision (replaces_id);
create index decision_contact_person_idx on decision (contact_person_id);
create index decision_prepared_by_idx on decision (prepared_by);
create index decision_decided_by_idx on decision (decided_by);
create index decision_sent_by_idx on decision (sent_by);
create unique index decision_reference_per_county on decision (county_id, reference) where reference is not null;
-- A decided decision is replaced by at most one decided decision.
create unique index decision_replaced_once on decision (replaces_id) where replaces_id is not null and state <> 'DRAFT';

-- Once decided, the content is fixed: only the sending (channel, dates) may still be recorded, once.
-- The application refuses the same; this holds whatever writes to the database.
create function decision_refuse_change_once_decided() returns trigger language plpgsql as $$
declare
    sending constant text[] := array['state', 'delivery_channel', 'sent_on', 'notification_on', 'appeal_until',
                                     'sent_by', 'modified_at', 'version'];
begin
    if old.state = 'DRAFT' then
        if tg_op = 'UPDATE' and new.state = 'SENT' then
            raise exception 'decision %: a draft cannot be sent before it is decided', old.id using errcode = 'VD001';
        end if;
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    if tg_op = 'DELETE' then
        raise exception 'decision % is decided: it cannot be deleted', old.id using errcode = 'VD001';
    end if;
    if old.state = 'SENT' or new.state not in ('DECIDED', 'SENT') then
        raise exception 'decision % is decided: its state cannot go from % to %', old.id, old.state, new.state
            using errcode = 'VD001';
    end if;
    if (to_jsonb(new) - sending) is distinct from (to_jsonb(old) - sending) then
        raise exception 'decision % is decided: its content cannot be changed; make a new decision that replaces it', old.id
            using errcode = 'VD001';
    end if;
    return new;
end;
$$;

create trigger decision_fixed_once_decided
    before update or delete on decision
    for each row execute function decision_refuse_change_once_decided();

-- Who moved the decision on, and when (one row per step of the state machine).
create table decision_state_history (
    id bigint generated always as identity primary key,
    decision_id uuid not null references decision (id),
    from_state text check (from_state in ('DRAFT', 'DECIDED', 'SENT')),
    to_state text not null check (to_state in ('DRAFT', 'DECIDED', 'SENT')),
    actor_id uuid not null references employee (id),
    occurred_at timestamptz not null,
    created_at timestamptz not null default now()
);
create index decision_state_history_decision_idx on decision_state_history (decision_id);
create index decision_state_history_actor_idx on decision_state_history (actor_id);

-- Consent or refusal of a guardian or a child aged 12 or over (LSL 34 §, 37 §), for one measure. The latest
-- record of a person counts: a consent can be withdrawn by a later refusal.
create table decision_consent (
    id bigint generated always as identity primary key,
    decision_id uuid not null references decision (id),
    person_id uuid not null references person (id),
    role text not null check (role in ('GUARDIAN', 'CHILD')),
    measure text not null,
    given boolean not null,
    given_on date not null,
    method text not null check (method in ('IN_PERSON', 'PHONE', 'WRITTEN', 'ELECTRONIC')),
    recorded_by uuid not null references employee (id),
    created_at timestamptz not null default now()
);
create index decision_consent_decision_idx on decision_consent (decision_id);
create index decision_consent_person_idx on decision_consent (person_id);
create index decision_consent_recorded_by_idx on decision_consent (recorded_by);

-- Hearing of a party before the decision (HL 34 §), or the documented reason it was not needed (34 § 2 mom).
-- A child aged 12 or over has a record of their own (LSL 21 §).
create table decision_hearing (
    id bigint generated always as identity primary key,
    decision_id uuid not null references decision (id),
    person_id uuid not null references person (id),
    role text not null check (role in ('GUARDIAN', 'CHILD')),
    heard boolean not null,
    heard_on date,
    method text check (method in ('IN_PERSON', 'PHONE', 'WRITTEN', 'ELECTRONIC')),
    views text,
    exception_ground text check (exception_ground in ('CLAIM_GRANTED', 'MANIFESTLY_UNNECESSARY', 'ENDANGERS_PURPOSE')),
    exception_reason text,
    recorded_by uuid not null references employee (id),
    created_at timestamptz not null default now(),
    constraint decision_hearing_heard_or_excepted check (
        (heard and heard_on is not null and method is not null and views is not null)
        or (not heard and exception_ground is not null and exception_reason is not null))
);
create index decision_hearing_decision_idx on decision_hearing (decision_id);
create index decision_hearing_person_idx on decision_hearing (person_id);
create index decision_hearing_recorded_by_idx on decision_hearing (recorded_by);

-- Consents and hearings belong to the preparation: once the decision is made they are part of it.
create function decision_part_refuse_once_decided() returns trigger language plpgsql as $$
declare
    decision_state text;
begin
    if tg_op = 'DELETE' then
        select state into decision_state from decision where id = old.decision_id;
    else
        select state into decision_state from decision where id = new.decision_id;
    end if;
    if decision_state is distinct from 'DRAFT' then
        raise exception '%: decision is decided, its consents and hearings cannot change', tg_table_name
            using errcode = 'VD001';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;

create trigger decision_consent_fixed_once_decided
    before insert or update or delete on decision_consent
    for each row execute function decision_part_refuse_once_decided();
create trigger decision_hearing_fixed_once_decided
    before insert or update or delete on decision_hearing
    for each row execute function decision_part_refuse_once_decided();

-- A placement as an open-care measure (LSL 37 §) is reassessed within three months and then every three months.
create table decision_placement_reassessment (
    id bigint generated always as identity primary key,
    decision_id uuid not null references decision (id),
    reassessed_on date not null,
    summary text not null,
    recorded_by uuid not null references employee (id),
    created_at timestamptz not null default now()
);
create index decision_placement_reassessment_decision_idx on decision_placement_reassessment (decision_id, reassessed_on);
create index decision_placement_reassessment_recorded_by_idx on decision_placement_reassessment (recorded_by);
