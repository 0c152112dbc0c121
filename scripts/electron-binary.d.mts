export function installedElectronPath(): string | null;
export function fetchElectron(options?: {
  timeoutMs?: number;
  quiet?: boolean;
}): Promise<{ path: string } | { error: string }>;
