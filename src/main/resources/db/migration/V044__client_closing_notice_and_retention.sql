-- Closing a client relationship: the notice to the family is recorded, and the retention of its records
-- is set by the rule in force (legal-rules.md section 6; fi.verso.client.RecordRetention).
alter table client_relationship add column end_notice_on date;
alter table client_relationship add column retention_basis text
    check (retention_basis in ('TWO_YEARS_AFTER_DEATH', 'THIRTY_YEARS_AFTER_CLOSING'));
