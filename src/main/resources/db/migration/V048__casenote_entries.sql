-- Case notes (asiakaskertomus, LSL 33 §): every contact with the child and family, recorded without delay.
-- An entry is never changed or removed: a correction is a new entry that names the one it corrects, and
-- both stay readable. A trigger refuses UPDATE, DELETE and TRUNCATE whoever the database user is.
create table case_note (
    id uuid primary key,
    county_id uuid not null references county (id),
    child_id uuid not null references person (id),
    -- When the contact took place (entered in Helsinki time); created_at is when it was recorded.
    contact_at timestamptz not null,
    kind text not null check (kind in ('HOME_VISIT', 'OFFICE', 'PHONE', 'VIDEO', 'NETWORK_MEETING')),
    participants text not null,
    -- The child was met personally (LSL 29 §): what the meeting frequency of the client plan is checked against.
    child_met_personally boolean not null,
    -- Met without the guardian's consent because the child's interest required it: the reason is recorded.
    without_guardian_consent boolean not null,
    without_consent_reason text,
    notes text not null,
    corrects_id uuid,
    written_by uuid not null references employee (id),
    created_at timestamptz not null,
    constraint case_note_id_child unique (id, child_id),
    -- A correction concerns the same child as the entry it corrects.
    constraint case_note_corrects_same_child foreign key (corrects_id, child_id) references case_note (id, child_id),
    constraint case_note_consent_reason check (
        not without_guardian_consent or (child_met_personally and coalesce(btrim(without_consent_reason), '') <> ''))
);
-- An entry is corrected at most once; a correction can itself be corrected.
create unique index case_note_corrected_once on case_note (corrects_id, child_id);
create index case_note_child_idx on case_note (child_id, contact_at);
create index case_note_county_idx on case_note (county_id);
create index case_note_written_by_idx on case_note (written_by);

create function case_note_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'case_note entries cannot be changed: % refused; record a correction instead', tg_op
        using errcode = '42501';
end;
$$;

create trigger case_note_no_update_delete
    before update or delete on case_note
    for each row execute function case_note_refuse_change();
create trigger case_note_no_truncate
    before truncate on case_note
    for each statement execute function case_note_refuse_change();
