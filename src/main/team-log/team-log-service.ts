// The team case log in main: its settings (checked, the password sealed), "Test connection", replication started and
// stopped with the setting, its status for Cases and Diagnostics, and the team's cases read back. Nothing here is in
// the agent's path: the case log never waits for any of it.
import { join } from 'node:path';
import pg from 'pg';
import type { CaseFilter, CasePage } from '../../shared/case-log/case-record';
import type { OverviewNumbers, OverviewQuery } from '../../shared/case-overview/overview-records';
import type { EnvironmentId } from '../../shared/environment/environments';
import type {
  OpenElsewhereAnswer,
  ReplicationStatus,
  TeamCaseList,
  TeamLogFields,
  TeamLogSaveResult,
  TeamLogSettingsView,
  TeamLogTestResult,
} from '../../shared/team-log/team-log-records';
import { AgentFailure } from '../failures/agent-failure';
import type { SettingsPort } from '../settings/settings-port';
import { checkTeamConnection } from './connection-check';
import { connectionProblem } from './connection-problem';
import { listTeamCases, openCasesElsewhere } from './team-case-reader';
import { clientConfig, connectClient, targetOf, tlsMaterialOf } from './team-log-connection';
import type { TeamLogPassword } from './team-log-password';
import { type CaseFiles, TeamLogReplicator } from './team-log-replicator';
import { checkTeamLogForm, savedTeamLogFields, saveTeamLogFields, type TeamLogForm } from './team-log-settings';
import { teamOverview } from './team-overview-reader';

export interface TeamLogServiceOptions {
  settings: SettingsPort;
  password: TeamLogPassword;
  files: CaseFiles & { onCaseWritten(listener: (caseId: string) => void): void };
  /** The case log's folder: the checkpoint goes beside the log. */
  caseLogDir: string;
  /** migrations/team-log, wherever the app or the repository has it. */
  migrationsDir: string;
  log: (line: string) => void;
  retry?: { firstMs: number; maxMs: number };
}

export class TeamLogService {
  private replicator: TeamLogReplicator | null = null;
  // One pool for reads while the saved fields stay the same (a save closes it: the password may have changed).
  private reader: { pool: pg.Pool; fields: TeamLogFields; key: string } | null = null;

  constructor(private readonly options: TeamLogServiceOptions) {
    options.files.onCaseWritten((caseId) => this.replicator?.caseWritten(caseId));
  }

  /** Starts replication when the saved setting is on. */
  async start(): Promise<void> {
    await this.restart();
  }

  view(): TeamLogSettingsView {
    return { fields: savedTeamLogFields(this.options.settings), password: this.options.password.describe() };
  }

  async save(form: TeamLogForm): Promise<TeamLogSaveResult> {
    const saved = savedTeamLogFields(this.options.settings);
    if (!form.enabled && saved) {
      // Turning it off keeps the connection for next time and checks nothing.
      saveTeamLogFields(this.options.settings, { ...saved, enabled: false });
      await this.restart();
      return { saved: true, problems: {}, view: this.view() };
    }
    const checked = await checkTeamLogForm(form, this.options.password.get() !== null);
    if (!checked.fields) return { saved: false, problems: checked.problems, view: this.view() };
    if (form.password !== '') this.options.password.set(form.password);
    saveTeamLogFields(this.options.settings, checked.fields);
    await this.restart();
    return { saved: true, problems: {}, view: this.view() };
  }

  /** Checks what was typed (not yet saved): the form keeps it either way. */
  async test(form: TeamLogForm): Promise<TeamLogTestResult> {
    const checked = await checkTeamLogForm(form, this.options.password.get() !== null);
    if (!checked.fields) return { ok: false, problems: checked.problems, problem: null };
    const password = form.password !== '' ? form.password : this.options.password.get();
    const config = clientConfig(checked.fields, password, await tlsMaterialOf(checked.fields));
    const result = await checkTeamConnection(config, checked.fields, this.options.migrationsDir);
    return result.ok ? result : { ok: false, problems: {}, problem: result.problem };
  }

  async status(): Promise<ReplicationStatus> {
    if (!this.replicator) return { enabled: false, pending: 0, lastTry: null, setAside: [] };
    return { enabled: true, ...(await this.replicator.status()) };
  }

  async list(filter: CaseFilter, page: CasePage): Promise<TeamCaseList> {
    const { pool, fields } = await this.readerPool();
    try {
      return await listTeamCases(pool, filter, page);
    } catch (error) {
      throw new AgentFailure('team-log-unavailable', connectionProblem(error, fields).message);
    }
  }

  /** Overview over the team's log, or null while the team log is off (Overview then reads the desk's own). */
  async overview(query: OverviewQuery): Promise<OverviewNumbers | null> {
    if (!savedTeamLogFields(this.options.settings)?.enabled) return null;
    const { pool, fields } = await this.readerPool();
    try {
      return await teamOverview(pool, query);
    } catch (error) {
      throw new AgentFailure('team-log-unavailable', connectionProblem(error, fields).message);
    }
  }

  async openElsewhere(userId: string, environment: EnvironmentId): Promise<OpenElsewhereAnswer> {
    const fields = savedTeamLogFields(this.options.settings);
    if (!fields?.enabled) return { checked: false, reason: 'The team case log is off.' };
    try {
      const { pool } = await this.readerPool();
      return { checked: true, cases: await openCasesElsewhere(pool, userId, environment, fields.deskName) };
    } catch (error) {
      return { checked: false, reason: connectionProblem(error, fields).message };
    }
  }

  async close(): Promise<void> {
    await this.replicator?.stop();
    this.replicator = null;
    await this.reader?.pool.end().catch(() => {});
    this.reader = null;
  }

  private async readerPool(): Promise<{ pool: pg.Pool; fields: TeamLogFields }> {
    const fields = savedTeamLogFields(this.options.settings);
    if (!fields?.enabled) throw new AgentFailure('team-log-off', 'The team case log is off: turn it on in Settings.');
    const key = JSON.stringify(fields);
    if (this.reader?.key === key) return this.reader;
    await this.reader?.pool.end().catch(() => {});
    const config = clientConfig(fields, this.options.password.get(), await tlsMaterialOf(fields));
    const pool = new pg.Pool({ ...config, max: 2, idleTimeoutMillis: 30_000 });
    pool.on('error', () => {});
    this.reader = { pool, fields, key };
    return this.reader;
  }

  private async restart(): Promise<void> {
    await this.close();
    const fields = savedTeamLogFields(this.options.settings);
    if (!fields?.enabled) return;
    const where = { host: fields.host, port: fields.port, user: fields.user, database: fields.database };
    this.replicator = new TeamLogReplicator({
      files: this.options.files,
      checkpointPath: join(this.options.caseLogDir, 'team-log-checkpoint.json'),
      desk: fields.deskName,
      target: targetOf(fields),
      connect: async () =>
        connectClient(clientConfig(fields, this.options.password.get(), await tlsMaterialOf(fields))),
      describeError: (error) => connectionProblem(error, where).message,
      log: this.options.log,
      ...(this.options.retry ? { retry: this.options.retry } : {}),
    });
    // Not awaited: the backfill's scan stats every case file, and the console must not wait for it to start.
    const starting = this.replicator;
    void starting
      .start()
      .catch((error: unknown) => this.options.log(`team log: replication did not start: ${String(error)}`));
  }
}
