// Injected faults (`POST /emulator/faults`): the next `times` calls matching a method and path get a chosen answer,
// extra latency, or a dropped connection, so clients can rehearse failures.

export interface FaultRule {
  /** HTTP method, or '*' for any. */
  method: string;
  /** Exact path (no query), or a prefix ending in '*'. */
  path: string;
  status?: number;
  code?: number;
  message?: string;
  delayMs?: number;
  drop?: boolean;
  times: number;
}

export class FaultRules {
  private rules: FaultRule[] = [];

  add(rule: FaultRule): void {
    this.rules.push({ ...rule, method: rule.method.toUpperCase() });
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  /** The first rule matching this call, counted as used once. */
  take(method: string, path: string): FaultRule | undefined {
    const rule = this.rules.find((candidate) => matches(candidate, method.toUpperCase(), path));
    if (!rule) return undefined;
    rule.times -= 1;
    if (rule.times <= 0) this.rules = this.rules.filter((candidate) => candidate !== rule);
    return { ...rule };
  }
}

function matches(rule: FaultRule, method: string, path: string): boolean {
  if (rule.method !== '*' && rule.method !== method) return false;
  return rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : rule.path === path;
}
