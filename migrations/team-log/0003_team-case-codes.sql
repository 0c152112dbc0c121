-- Up Migration
-- Cases → Overview counts every case a Circle code touched along the way (a wrong PIN the customer recovered from,
-- an error Circle answered), not only the code a case ended FAILED with (docs/case-log.md). team_case keeps the
-- codes each case met, each once, folded from its entries as they arrive; circleCodeOf in
-- src/shared/case-log/case-record.ts reads the same fields on the desk's own log: change both together.

-- The Circle code one entry reports, or null: a JSON whole number of up to nine digits (isCircleCode on the desk).
CREATE FUNCTION team_case_entry_code(entry_type text, body jsonb) RETURNS integer
  LANGUAGE sql IMMUTABLE SET search_path FROM CURRENT
  AS $$
  SELECT CASE WHEN jsonb_typeof(code) = 'number' AND code::text ~ '^[0-9]{1,9}$' THEN code::text::integer END
  FROM (SELECT CASE entry_type
      WHEN 'sdk-outcome' THEN body -> 'code'
      WHEN 'status-changed' THEN body -> 'errorCode'
      WHEN 'error' THEN body -> 'circle' -> 'code'
      WHEN 'case-closed' THEN CASE WHEN body -> 'outcome' ->> 'kind' = 'FAILED' THEN body -> 'outcome' -> 'code' END
    END AS code) AS met
$$;

ALTER TABLE team_case ADD COLUMN circle_codes integer[] NOT NULL DEFAULT '{}';

-- A second trigger beside 0001's team_case_fold (deployed, left as it is). Triggers fire in name order, so the
-- case-opened row exists before this one adds to it.
CREATE FUNCTION team_case_fold_codes() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
  AS $$
DECLARE
  met_code integer := team_case_entry_code(NEW.type, NEW.body);
BEGIN
  IF met_code IS NOT NULL THEN
    UPDATE team_case SET circle_codes = array_append(circle_codes, met_code)
    WHERE desk = NEW.desk AND case_id = NEW.case_id AND NOT (met_code = ANY (circle_codes));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER team_case_entry_folds_codes AFTER INSERT ON team_case_entry
  FOR EACH ROW WHEN (NEW.type IN ('sdk-outcome', 'status-changed', 'error', 'case-closed'))
  EXECUTE FUNCTION team_case_fold_codes();

-- The cases already in the log, first met first.
UPDATE team_case SET circle_codes = met.codes
FROM (
  SELECT desk, case_id, array_agg(code ORDER BY first_seq) AS codes
  FROM (
    SELECT desk, case_id, team_case_entry_code(type, body) AS code, min(seq) AS first_seq
    FROM team_case_entry
    WHERE type IN ('sdk-outcome', 'status-changed', 'error', 'case-closed')
    GROUP BY 1, 2, 3
  ) AS entry_codes
  WHERE code IS NOT NULL
  GROUP BY 1, 2
) AS met
WHERE team_case.desk = met.desk AND team_case.case_id = met.case_id;

-- Overview's codes query reads this index alone (few cases meet a code); the Cases filter by code uses the GIN one.
CREATE INDEX team_case_codes_overview ON team_case (started_at) INCLUDE (environment, circle_codes)
  WHERE circle_codes <> '{}';
CREATE INDEX team_case_by_code ON team_case USING gin (circle_codes);

REVOKE ALL ON FUNCTION team_case_entry_code(text, jsonb), team_case_fold_codes() FROM PUBLIC;

-- Down Migration
DROP INDEX team_case_by_code;
DROP INDEX team_case_codes_overview;
DROP TRIGGER team_case_entry_folds_codes ON team_case_entry;
DROP FUNCTION team_case_fold_codes();
ALTER TABLE team_case DROP COLUMN circle_codes;
DROP FUNCTION team_case_entry_code(text, jsonb);
