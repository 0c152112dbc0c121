export declare function firstLineOf(message?: unknown): string;
export declare function playwrightTests(
  suites?: readonly unknown[],
  titles?: readonly string[],
): Generator<{ projectName: string; status: string; place: string; title: string; [key: string]: unknown }>;
export declare function playwrightFailureLines(report: unknown): string[];
export declare function vitestFailureLines(report: unknown, root?: string): string[];
