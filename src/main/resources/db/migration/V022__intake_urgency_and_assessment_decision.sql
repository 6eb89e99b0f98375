-- Urgency assessment (LSL 26 § 2 mom): recorded at once, who, when, the result and the measures taken.
create table intake_urgency_assessment (
    matter_id uuid primary key references intake_matter (id),
    urgent boolean not null,
    measures text not null,
    assessed_by uuid not null references employee (id),
    assessed_at timestamptz not null,
    created_at timestamptz not null default now()
);
create index intake_urgency_assessed_by_idx on intake_urgency_assessment (assessed_by);

-- The decision whether a service need assessment starts (LSL 26 § 5 mom, SHL 36 §).
create table intake_assessment_decision (
    matter_id uuid primary key references intake_matter (id),
    decision text not null check (decision in ('START', 'NOT_START', 'TRANSFER')),
    assigned_worker_id uuid references employee (id),
    not_start_reason text check (not_start_reason in ('NO_NEED', 'ALREADY_CLIENT', 'OTHER')),
    reason_text text,
    transfer_county text,
    -- Asked for when the decision is made after the 7th working day.
    delay_reason text,
    decided_by uuid not null references employee (id),
    decided_at timestamptz not null,
    decided_on date not null,
    created_at timestamptz not null default now(),
    constraint start_has_worker check (decision <> 'START' or assigned_worker_id is not null),
    constraint transfer_has_county check (decision <> 'TRANSFER' or transfer_county is not null)
);
create index intake_decision_worker_idx on intake_assessment_decision (assigned_worker_id);
create index intake_decision_decided_by_idx on intake_assessment_decision (decided_by);

-- The notice to the child and guardians that the matter was received and whether an assessment starts.
create table intake_notice (
    id uuid primary key,
    matter_id uuid not null references intake_matter (id),
    language text not null check (language in ('fi', 'sv')),
    recipient text not null,
    body text not null,
    sent_on date not null,
    recorded_by uuid not null references employee (id),
    created_at timestamptz not null default now()
);
create index intake_notice_matter_idx on intake_notice (matter_id);
create index intake_notice_recorded_by_idx on intake_notice (recorded_by);

-- Several matters about the same child: confirmed links and suggestions a worker confirms or rejects.
create table intake_matter_link (
    matter_id uuid not null references intake_matter (id),
    other_matter_id uuid not null references intake_matter (id),
    status text not null check (status in ('SUGGESTED', 'CONFIRMED', 'REJECTED')),
    basis text not null check (basis in ('PERSONAL_IDENTITY_CODE', 'NAME_AND_BIRTH_DATE')),
    decided_by uuid references employee (id),
    decided_at timestamptz,
    created_at timestamptz not null default now(),
    modified_at timestamptz not null default now(),
    primary key (matter_id, other_matter_id),
    check (matter_id <> other_matter_id)
);
create index intake_matter_link_other_idx on intake_matter_link (other_matter_id);
create index intake_matter_link_decided_by_idx on intake_matter_link (decided_by);
