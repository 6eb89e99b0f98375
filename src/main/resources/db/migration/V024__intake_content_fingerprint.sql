-- A second guard against duplicates: the same content sent again (back and resend re-fetches the form
-- with a new submission key) within a day finds the first matter instead of creating another.
alter table intake_matter add column content_fingerprint text;
create index intake_matter_fingerprint_idx on intake_matter (county_id, content_fingerprint, received_at);
