// The team case log's channels, spread into the one contract (ipc-contract.ts).
import { z } from 'zod';
import { caseOutcomeKinds } from '../case-log/case-record';
import { environmentIds } from '../environment/environments';
import { flowKinds } from '../flows/challenge-flow';
import type {
  OpenElsewhereAnswer,
  ReplicationStatus,
  TeamCaseList,
  TeamLogSaveResult,
  TeamLogSettingsView,
  TeamLogTestResult,
} from '../team-log/team-log-records';
import { overviewListFilters } from './case-overview-channels';
import { userIdInput } from './input-rules';

type Shape<T> = { readonly __shape?: T };
const shape = <T>(): Shape<T> => ({});
const filePath = z.string().trim().max(1024).nullable();
const noInput = z.strictObject({}).optional();
/** A date or date-time, as the Cases filters send it. */
const isoDate = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+Z?)?$/, 'Use a date like 2026-11-27');

/** What the form sends: main checks each field and answers with a problem beside it (kept as typed). */
export const teamLogFormInput = z.strictObject({
  enabled: z.boolean(),
  host: z.string().max(300),
  port: z.string().max(20),
  database: z.string().max(200),
  user: z.string().max(200),
  deskName: z.string().max(200),
  useTls: z.boolean(),
  caFile: filePath,
  clientCertFile: filePath,
  clientKeyFile: filePath,
  // Sent once, never returned; empty keeps the saved password.
  password: z.string().max(1024),
});

export const teamLogInvokeContract = {
  'teamLog:get': { input: noInput, output: shape<TeamLogSettingsView>() },
  'teamLog:save': { input: teamLogFormInput, output: shape<TeamLogSaveResult>() },
  'teamLog:test': { input: teamLogFormInput, output: shape<TeamLogTestResult>() },
  'teamLog:status': { input: noInput, output: shape<ReplicationStatus>() },
  'teamLog:list': {
    input: z.strictObject({
      search: z.string().trim().max(200).optional(),
      userId: z.string().trim().max(50).optional(),
      outcome: z.enum([...caseOutcomeKinds, 'open']).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      environment: z.enum(environmentIds).optional(),
      flow: z.enum(flowKinds).optional(),
      ...overviewListFilters,
      limit: z.number().int().min(1).max(500).optional(),
      after: z.string().max(400).optional(),
    }),
    output: shape<TeamCaseList>(),
  },
  'teamLog:openElsewhere': {
    // The environment is main's active one: the case the agent is about to start is there.
    input: z.strictObject({ userId: userIdInput }),
    output: shape<OpenElsewhereAnswer>(),
  },
} as const;
