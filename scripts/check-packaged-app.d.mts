export interface PackagedRun {
  /** What the app printed, stdout and stderr together. */
  output: string;
  /** How it ended (`exit code 1`, `signal SIGTERM`), or null while it runs. */
  exit: string | null;
  /** Whether a Chromium renderer (a window's page) ran under it. */
  rendererSeen: boolean;
}
export interface Verdict {
  failed: boolean;
  line: string;
}
export interface ProcessEntry {
  pid: number;
  ppid: number;
  command: string;
}
export const refusalMarker: string;
export const refusalProbe: string;
export function windowLaunchVerdict(run: PackagedRun): Verdict;
export function refusalLaunchVerdict(run: PackagedRun & { connections: number }): Verdict;
export function parseProcessTable(text: string): ProcessEntry[];
export function parentInProcStat(stat: string): number;
export function rendererBelow(processes: ProcessEntry[], rootPid: number): boolean;
