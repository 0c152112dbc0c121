// The bar a team_case row counts in, in SQL, as overview-records.ts's outcomeGroupOf says ('open' while open):
// Overview's counts and the Cases list a bar opens both use it, so they agree.
import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';

export const outcomeGroupSql = `CASE
  WHEN outcome IS NULL THEN 'open'
  WHEN outcome->>'kind' = 'COMPLETE' THEN 'done'
  WHEN outcome->>'kind' IN ('EXPIRED', 'abandoned')
    OR (outcome->>'kind' = 'FAILED' AND outcome->>'code' = '${circleErrorCodes.challengeExpired}') THEN 'action-needed'
  WHEN outcome->>'kind' = 'FAILED' THEN 'failed'
  ELSE outcome->>'kind' END`;
