-- The access log (käyttöloki, Asiakastietolaki 703/2023): one row per read or write of client data,
-- and per security event (login). Written in the same transaction as the access it records.
-- It holds identifiers and codes only: no names, no free text, no personal details.
create table access_log (
    id bigint generated always as identity primary key,
    logged_at timestamptz not null,
    county_id uuid references county (id),
    actor_employee_id uuid references employee (id),
    actor_kind text not null check (actor_kind in ('EMPLOYEE', 'CITIZEN', 'ANONYMOUS', 'SYSTEM')),
    action text not null,
    purpose text not null,
    target_type text,
    target_id text,
    client_ids uuid[] not null default '{}',
    outcome text not null check (outcome in ('PERMITTED', 'DENIED', 'FAILED')),
    request_id text
);
create index access_log_county_idx on access_log (county_id, logged_at);
create index access_log_actor_idx on access_log (actor_employee_id, logged_at);
create index access_log_clients_idx on access_log using gin (client_ids);

-- Append-only: rows can be added, never changed or removed, whoever the database user is.
create function access_log_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'access_log is append-only: % refused', tg_op using errcode = '42501';
end;
$$;

create trigger access_log_no_update_delete
    before update or delete on access_log
    for each row execute function access_log_refuse_change();

create trigger access_log_no_truncate
    before truncate on access_log
    for each statement execute function access_log_refuse_change();
