-- Meeting the child personally during the assessment (LSL 29 §, SHL 42 §). Until the case-notes module
-- records meetings, the assessment keeps the date the child was met; completing needs it or not_met_reason.
alter table service_need_assessment add column child_met_on date;

-- The notice to the child and guardians of the completed assessment and its conclusion (LSL 27 §: the start
-- of a client relationship is told to them at once), as the letter was worded in Finnish or Swedish.
create table assessment_notice (
    id uuid primary key,
    assessment_id uuid not null references service_need_assessment (id),
    language text not null check (language in ('fi', 'sv')),
    recipients text not null,
    body text not null,
    sent_on date not null,
    recorded_by uuid not null references employee (id),
    created_at timestamptz not null default now()
);
create index assessment_notice_assessment_idx on assessment_notice (assessment_id);
create index assessment_notice_recorded_by_idx on assessment_notice (recorded_by);
