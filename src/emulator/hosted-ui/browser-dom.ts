// The few browser APIs the hosted PIN UI's page script uses, declared here instead of through the DOM lib: the
// emulator compiles in the Node project (no DOM), and a `/// <reference lib="dom" />` in one file would switch DOM
// types on for the whole project (it retypes `fetch` bodies, breaking Node code). Types only.

export interface DomEvent {
  preventDefault(): void;
}

export interface DomMessageEvent extends DomEvent {
  readonly origin: string;
  readonly source: unknown;
  readonly data: unknown;
}

export interface DomEventTarget {
  addEventListener(type: 'message', listener: (event: DomMessageEvent) => void): void;
  addEventListener(type: string, listener: (event: DomEvent) => void): void;
}

export interface DomElement extends DomEventTarget {
  hidden: boolean;
  textContent: string | null;
  readonly isConnected: boolean;
  readonly classList: { add(name: string): void; remove(name: string): void };
  setAttribute(name: string, value: string): void;
  getAttribute(name: string): string | null;
  removeAttribute(name: string): void;
  append(...nodes: (DomElement | string)[]): void;
  replaceChildren(...nodes: (DomElement | string)[]): void;
  focus(): void;
}

export interface DomInput extends DomElement {
  value: string;
}

export interface DomForm extends DomElement {
  readonly elements: { namedItem(name: string): { readonly value?: unknown } | null };
}

export interface DomDocument {
  readonly body: DomElement;
  readonly head: DomElement;
  readonly documentElement: DomElement & { readonly style: { setProperty(name: string, value: string): void } };
  querySelector(selector: string): DomElement | null;
  readonly activeElement: unknown;
  getElementById(id: string): DomElement | null;
  createElement(tag: string): DomElement;
  hasFocus(): boolean;
}

export interface DomMessageTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

export interface DomWindow extends DomEventTarget, DomMessageTarget {
  readonly location: { readonly search: string; readonly href: string; replace(url: string): void };
  readonly parent: DomMessageTarget;
  requestAnimationFrame(callback: () => void): number;
}

export interface BrowserGlobals {
  window: DomWindow;
  document: DomDocument;
  CSS: { supports(property: string, value: string): boolean };
}
