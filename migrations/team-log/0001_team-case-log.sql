-- Up Migration
-- PIN Desk's team case log (docs/team-case-log.md). Run by the database's owner:
--   npx node-pg-migrate up -m migrations/team-log -t team_log_migrations -d <connection URL>
-- Every desk appends its own entries and reads the team's; nobody updates or deletes; a supervisor reads everything.

-- Trigram indexes make the Cases search ("any part of …") fast at a team's scale. pg_trgm is a trusted extension
-- (PostgreSQL 13+): a database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Group roles the team's login roles join (a desk's role: IN ROLE team_log_desk; a supervisor's: team_log_supervisor).
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'team_log_desk') THEN
    CREATE ROLE team_log_desk NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'team_log_supervisor') THEN
    CREATE ROLE team_log_supervisor NOLOGIN;
  END IF;
END $$;

-- Which desk each login role is: the owner adds a row per desk. A desk may write only its own desk's entries.
CREATE TABLE team_desk (
  role_name name PRIMARY KEY,
  desk text NOT NULL UNIQUE CHECK (length(desk) BETWEEN 1 AND 64)
);

-- Not SECURITY DEFINER: current_user must be the caller's role.
CREATE FUNCTION team_log_current_desk() RETURNS text
  LANGUAGE sql STABLE SET search_path FROM CURRENT
  AS $$ SELECT desk FROM team_desk WHERE role_name = current_user $$;

-- One row per entry of a case's timeline, as the desk's local log holds it. The entry's id is desk/case/line, so a
-- resend after a lost reply changes nothing.
CREATE TABLE team_case_entry (
  entry_id text PRIMARY KEY,
  desk text NOT NULL DEFAULT team_log_current_desk(),
  case_id text NOT NULL CHECK (case_id ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$'),
  seq integer NOT NULL CHECK (seq > 0),
  type text NOT NULL CHECK (length(type) BETWEEN 1 AND 40),
  at timestamptz NOT NULL,
  body jsonb NOT NULL,
  -- Arrival order and time: what the tests and the bench read to prove order within a case and the lag.
  arrival bigint GENERATED ALWAYS AS IDENTITY,
  received_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  CONSTRAINT entry_id_is_desk_case_line CHECK (entry_id = desk || '/' || case_id || '/' || seq),
  UNIQUE (desk, case_id, seq)
);

-- One summary per case, kept by the database from the entries (desks cannot write it).
CREATE TABLE team_case (
  desk text NOT NULL,
  case_id text NOT NULL,
  environment text,
  user_id text,
  flow text,
  agent_name text,
  ticket_ref text,
  note text,
  started_at timestamptz NOT NULL,
  ended_at timestamptz,
  outcome jsonb,
  challenge_ids text[] NOT NULL DEFAULT '{}',
  -- What the Cases search looks in, lower-cased, kept by team_case_search_text() below.
  search_text text NOT NULL DEFAULT '',
  PRIMARY KEY (desk, case_id)
);
CREATE INDEX team_case_newest_first ON team_case (started_at DESC, desk DESC, case_id DESC);
CREATE INDEX team_case_open_by_user ON team_case (user_id, environment) WHERE ended_at IS NULL;
CREATE INDEX team_case_search ON team_case USING gin (search_text gin_trgm_ops);

CREATE FUNCTION team_case_search_text() RETURNS trigger
  LANGUAGE plpgsql SET search_path FROM CURRENT
  AS $$
BEGIN
  NEW.search_text := lower(concat_ws(' ', NEW.user_id, NEW.ticket_ref, NEW.case_id, NEW.note, NEW.desk, NEW.agent_name,
                                     array_to_string(NEW.challenge_ids, ' ')));
  RETURN NEW;
END $$;

CREATE TRIGGER team_case_searchable BEFORE INSERT OR UPDATE ON team_case
  FOR EACH ROW EXECUTE FUNCTION team_case_search_text();

CREATE FUNCTION team_case_fold() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
  AS $$
DECLARE
  facts jsonb := NEW.body -> 'facts';
  change jsonb := NEW.body -> 'change';
BEGIN
  IF NEW.type = 'case-opened' THEN
    INSERT INTO team_case (desk, case_id, environment, user_id, flow, agent_name, ticket_ref, note, started_at)
    VALUES (NEW.desk, NEW.case_id, facts ->> 'environment', facts ->> 'userId', facts ->> 'flow',
            facts ->> 'agentName', facts ->> 'ticketRef', facts ->> 'note', NEW.at)
    ON CONFLICT (desk, case_id) DO NOTHING;
  ELSIF NEW.type = 'details-changed' THEN
    UPDATE team_case SET
      ticket_ref = CASE WHEN change ? 'ticketRef' THEN change ->> 'ticketRef' ELSE ticket_ref END,
      note = CASE WHEN change ? 'note' THEN change ->> 'note' ELSE note END
    WHERE desk = NEW.desk AND case_id = NEW.case_id;
  ELSIF NEW.type = 'case-closed' THEN
    UPDATE team_case SET ended_at = NEW.at, outcome = NEW.body -> 'outcome'
    WHERE desk = NEW.desk AND case_id = NEW.case_id;
  ELSIF NEW.type = 'challenge-created' THEN
    UPDATE team_case SET challenge_ids = array_append(challenge_ids, NEW.body ->> 'challengeId')
    WHERE desk = NEW.desk AND case_id = NEW.case_id AND NOT (NEW.body ->> 'challengeId' = ANY (challenge_ids));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER team_case_entry_folds AFTER INSERT ON team_case_entry
  FOR EACH ROW EXECUTE FUNCTION team_case_fold();

-- Rights: append-only for desks (their own desk only, by row-level security), read-only for supervisors.
REVOKE ALL ON team_desk, team_case_entry, team_case FROM PUBLIC;
REVOKE ALL ON FUNCTION team_log_current_desk(), team_case_fold(), team_case_search_text() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION team_log_current_desk() TO team_log_desk, team_log_supervisor;
GRANT SELECT ON team_desk, team_case_entry, team_case, team_log_migrations TO team_log_desk, team_log_supervisor;
GRANT INSERT ON team_case_entry TO team_log_desk;

ALTER TABLE team_case_entry ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_reads_all ON team_case_entry FOR SELECT TO team_log_desk, team_log_supervisor USING (true);
CREATE POLICY desk_appends_own ON team_case_entry FOR INSERT TO team_log_desk
  WITH CHECK (desk = team_log_current_desk());

-- Down Migration
DROP TABLE team_case_entry;
DROP TABLE team_case;
DROP FUNCTION team_case_fold();
DROP FUNCTION team_case_search_text();
DROP TABLE team_desk;
DROP FUNCTION team_log_current_desk();
