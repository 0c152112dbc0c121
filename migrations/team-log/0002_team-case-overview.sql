-- Up Migration
-- Cases → Overview (docs/case-log.md): each case's outcome group and failing Circle code kept beside it, and one
-- index that holds everything Overview's four queries read, so a 30-day Overview of 100,000 cases reads the index
-- alone instead of every row's outcome document. The group's meaning is overview-records.ts's outcomeGroupOf.
ALTER TABLE team_case
  ADD COLUMN outcome_group text GENERATED ALWAYS AS (CASE
    WHEN outcome IS NULL THEN 'open'
    WHEN outcome->>'kind' = 'COMPLETE' THEN 'done'
    WHEN outcome->>'kind' IN ('EXPIRED', 'abandoned')
      OR (outcome->>'kind' = 'FAILED' AND outcome->>'code' = '155121') THEN 'action-needed'
    WHEN outcome->>'kind' = 'FAILED' THEN 'failed'
    ELSE outcome->>'kind' END) STORED,
  ADD COLUMN failed_code integer GENERATED ALWAYS AS (CASE
    WHEN outcome->>'kind' = 'FAILED' AND jsonb_typeof(outcome->'code') = 'number' THEN (outcome->>'code')::integer
    END) STORED;

CREATE INDEX team_case_overview ON team_case (started_at)
  INCLUDE (environment, outcome_group, failed_code, ended_at, desk, agent_name);

-- Down Migration
DROP INDEX team_case_overview;
ALTER TABLE team_case DROP COLUMN failed_code, DROP COLUMN outcome_group;
