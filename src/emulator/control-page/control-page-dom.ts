// The few browser APIs the control page's script uses, declared here instead of through the DOM lib (the emulator
// compiles in the Node project, where the DOM lib would retype Node's own globals). Types only.

export interface ControlPageEvent {
  preventDefault(): void;
}

export interface ControlPageElement {
  hidden: boolean;
  textContent: string | null;
  setAttribute(name: string, value: string): void;
  append(...nodes: (ControlPageElement | string)[]): void;
  replaceChildren(...nodes: (ControlPageElement | string)[]): void;
  addEventListener(type: string, listener: (event: ControlPageEvent) => void): void;
  focus(): void;
}

export interface ControlPageForm extends ControlPageElement {
  readonly elements: { namedItem(name: string): { value: string } | null };
  reset(): void;
}

export interface ControlPageStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface ControlPageGlobals {
  document: {
    getElementById(id: string): ControlPageElement | null;
    createElement(tag: string): ControlPageElement;
    readonly visibilityState: string;
  };
  sessionStorage: ControlPageStorage;
  confirm(message: string): boolean;
  setInterval(callback: () => void, ms: number): number;
}
