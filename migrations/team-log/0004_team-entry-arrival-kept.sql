-- Up Migration
-- The database alone records when and in which order each entry arrived (arrival, received_at): the proofs of order
-- within a case and of replication lag read them. 0001 granted desks INSERT on the whole row, so a desk could set
-- them (received_at, or arrival with OVERRIDING SYSTEM VALUE). Desks now insert the entry's own columns only.
REVOKE INSERT ON team_case_entry FROM team_log_desk;
GRANT INSERT (entry_id, desk, case_id, seq, type, at, body) ON team_case_entry TO team_log_desk;

-- Down Migration
REVOKE INSERT (entry_id, desk, case_id, seq, type, at, body) ON team_case_entry FROM team_log_desk;
GRANT INSERT ON team_case_entry TO team_log_desk;
