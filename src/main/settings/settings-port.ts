/** Plain JSON settings (electron-store in the app, a Map in tests and the test bed). Never holds a plaintext key. */
export interface SettingsPort {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

export function memorySettings(): SettingsPort & { snapshot(): Record<string, unknown> } {
  const values = new Map<string, unknown>();
  return {
    get: (key) => values.get(key),
    set: (key, value) => {
      values.set(key, structuredClone(value));
    },
    delete: (key) => {
      values.delete(key);
    },
    snapshot: () => Object.fromEntries(values),
  };
}
