// What a packaged PIN Desk refuses to start with, each with why, in words an agent or IT admin can act on. Switches
// are Chromium's and Node's names without dashes; refused-switches.ts finds them.

export interface RefusableSwitch {
  /** Lower case, without dashes: `proxy-server`. */
  name: string;
  why: string;
  /** Refused only when its value names one of these (compared case-insensitively). */
  onlyWithValues?: readonly string[];
  /** An environment variable that makes Electron add this switch itself: then the variable is what to name. */
  addedBy?: string;
}

export interface RefusableVariable {
  name: string;
  why: string;
  /** Whether the value set turns it on (Electron checks only that it is set; Chromium wants a path). */
  isOn: (value: string) => boolean;
}

const inspector =
  "opens Node's inspector, through which another program can read the main process, where the API key is";
const remoteDebugging =
  "opens remote debugging, through which another program can control the app's windows, the customer's PIN window too";

export const refusableSwitches: readonly RefusableSwitch[] = [
  // Where the network goes.
  {
    name: 'host-resolver-rules',
    why: "points Circle's host names (and every other) at addresses given on the command line",
  },
  { name: 'host-rules', why: "points Circle's host names (and every other) at addresses given on the command line" },
  { name: 'proxy-server', why: "sends the app's traffic through a proxy given on the command line" },
  { name: 'proxy-pac-url', why: 'takes the proxy to use from a script at an address given on the command line' },
  {
    name: 'proxy-auto-detect',
    why: 'asks the local network which proxy to use (WPAD), which any machine on that network can answer',
  },
  // Which servers are believed.
  { name: 'ignore-certificate-errors', why: 'accepts any certificate, so a server posing as Circle would be trusted' },
  {
    name: 'ignore-certificate-errors-spki-list',
    why: "accepts certificates with the listed keys for any site, Circle's included",
  },
  {
    name: 'allow-insecure-localhost',
    why: 'accepts invalid certificates from this computer, where a redirected Circle host name would land',
  },
  { name: 'unsafely-treat-insecure-origin-as-secure', why: 'treats the listed plain-http sites as secure' },
  {
    name: 'allow-running-insecure-content',
    why: "lets secure pages, Circle's PIN window included, run scripts fetched over plain http",
  },
  // Electron's own scheme lists, which it copies to every window (electron_browser_client.cc).
  { name: 'secure-schemes', why: 'treats the listed schemes (plain http, say) as secure in every window' },
  { name: 'bypasscsp-schemes', why: 'lets pages of the listed schemes ignore their content security policy' },
  // What is written down.
  { name: 'log-net-log', why: 'writes every network request, headers and so the API key included, to a file' },
  { name: 'ssl-key-log-file', why: "writes the keys that decrypt the app's encrypted connections to a file" },
  {
    name: 'enable-logging',
    why: "writes Chromium's log, with what each window prints (Circle's PIN window too), to the console or a file",
  },
  // Debuggers: Chromium's remote debugging, DevTools, Node's inspector (Electron's list of inspector switches,
  // node_bindings.cc), a program wrapped around the app's processes, and V8's own flags.
  { name: 'remote-debugging-port', why: remoteDebugging },
  { name: 'remote-debugging-pipe', why: remoteDebugging },
  { name: 'remote-debugging-address', why: remoteDebugging },
  { name: 'remote-allow-origins', why: remoteDebugging },
  { name: 'auto-open-devtools-for-tabs', why: 'opens developer tools on every window' },
  { name: 'inspect', why: inspector },
  { name: 'inspect-brk', why: inspector },
  { name: 'inspect-brk-node', why: inspector },
  { name: 'inspect-wait', why: inspector },
  { name: 'inspect-port', why: inspector },
  { name: 'inspect-publish-uid', why: inspector },
  { name: 'debug', why: inspector },
  { name: 'debug-brk', why: inspector },
  { name: 'debug-port', why: inspector },
  { name: 'experimental-network-inspection', why: inspector },
  { name: 'experimental-inspector-network-resource', why: inspector },
  { name: 'js-flags', why: 'hands flags to the JavaScript engine, some of which expose or weaken it' },
  { name: 'renderer-cmd-prefix', why: "runs the app's windows inside another program given on the command line" },
  {
    name: 'utility-cmd-prefix',
    why: "runs the app's helper processes inside another program given on the command line",
  },
  { name: 'gpu-launcher', why: "runs the app's graphics process inside another program given on the command line" },
  // The walls between pages, and between pages and the computer.
  {
    name: 'no-sandbox',
    why: "turns off Chromium's sandbox, which keeps web pages (the customer's PIN window too) away from the computer",
    addedBy: 'ELECTRON_DISABLE_SANDBOX',
  },
  { name: 'disable-gpu-sandbox', why: "turns off the graphics process's sandbox" },
  { name: 'disable-seccomp-filter-sandbox', why: "turns off part of Chromium's sandbox (Linux)" },
  { name: 'disable-namespace-sandbox', why: "turns off part of Chromium's sandbox (Linux)" },
  { name: 'allow-sandbox-debugging', why: 'lets other programs attach to the sandboxed windows' },
  { name: 'single-process', why: 'runs web pages inside the main process, where the API key is' },
  { name: 'in-process-gpu', why: 'runs the graphics process, normally sandboxed, inside the main process' },
  {
    name: 'disable-web-security',
    why: 'turns off the same-origin policy, so one page could read what another shows',
  },
  {
    name: 'disable-site-isolation-trials',
    why: "lets pages of different sites share a process, so the customer's PIN window is no longer kept apart",
  },
  {
    name: 'disable-features',
    why: "turns off site isolation or the network process's sandbox (SitePerProcess, IsolateOrigins, NetworkServiceSandbox)",
    onlyWithValues: ['SitePerProcess', 'IsolateOrigins', 'NetworkServiceSandbox'],
  },
];

export const refusableVariables: readonly RefusableVariable[] = [
  // Electron appends --no-sandbox when it is set, whatever its value (electron_main_delegate.cc).
  {
    name: 'ELECTRON_DISABLE_SANDBOX',
    why: "turns off Chromium's sandbox, as --no-sandbox does",
    isOn: () => true,
  },
  // Electron checks only that it is set (logging.cc): even ELECTRON_ENABLE_LOGGING=0 turns logging on.
  {
    name: 'ELECTRON_ENABLE_LOGGING',
    why: "writes Chromium's log, with what each window prints, to the console, as --enable-logging does",
    isOn: () => true,
  },
  // Chromium's network service reads it when --ssl-key-log-file is absent; an empty path is ignored.
  {
    name: 'SSLKEYLOGFILE',
    why: "writes the keys that decrypt the app's encrypted connections to a file, as --ssl-key-log-file does",
    isOn: (value) => value !== '',
  },
];
