-- Why a client relationship ended, as a code (SHL 34 §: a record that there is no longer a basis), with an
-- optional note; and what "other" people around the child are to them.
alter table client_relationship
    add constraint client_relationship_end_reason_code
    check (end_reason is null or end_reason in ('NO_LONGER_A_BASIS', 'MOVED_TO_ANOTHER_COUNTY', 'CAME_OF_AGE', 'OTHER'));
alter table client_relationship add column end_note text;
alter table client_relationship add constraint client_relationship_ended_has_date_and_reason
    check (state <> 'ENDED' or (ended_on is not null and end_reason is not null));

alter table client_family_member add column role_description text;
alter table client_family_member add column modified_at timestamptz not null default now();

-- The responsible worker's caseload is counted on every assignment (LSL 13 b §).
create index client_relationship_caseload_idx on client_relationship (responsible_worker_id) where state = 'ACTIVE' and kind = 'CHILD_WELFARE';
