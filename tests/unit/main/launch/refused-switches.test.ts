import { describe, expect, it } from 'vitest';
import {
  type LaunchInputs,
  refusalOf,
  refusedSwitches,
  switchesInArgv,
} from '../../../../src/main/launch/refused-switches';

const executable = '/opt/PIN Desk/pin-desk';

/** Electron's commandLine as Chromium holds it: hasSwitch lower-cases the name it is asked about. */
function commandLineWith(...names: string[]): LaunchInputs['commandLine'] {
  const held = new Set(names);
  return { hasSwitch: (name) => held.has(name.toLowerCase()) };
}

function refusedNames(argv: string[], options: Partial<LaunchInputs> = {}): string[] {
  return refusedSwitches({
    isPackaged: true,
    commandLine: commandLineWith(),
    argv: [executable, ...argv],
    env: {},
    ...options,
  }).map((entry) => entry.name);
}

// The list, written out here (not read from the module) so that dropping one from the module fails.
const mustRefuse = [
  'host-resolver-rules',
  'host-rules',
  'ignore-certificate-errors',
  'ignore-certificate-errors-spki-list',
  'proxy-server',
  'proxy-pac-url',
  'proxy-auto-detect',
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-allow-origins',
  'auto-open-devtools-for-tabs',
  'inspect',
  'inspect-brk',
  'inspect-brk-node',
  'inspect-port',
  'inspect-publish-uid',
  'debug',
  'debug-brk',
  'debug-port',
  'no-sandbox',
  'disable-gpu-sandbox',
  'disable-web-security',
  'disable-site-isolation-trials',
  'js-flags',
  'allow-insecure-localhost',
  'unsafely-treat-insecure-origin-as-secure',
  'allow-running-insecure-content',
  'log-net-log',
  'ssl-key-log-file',
  'enable-logging',
  'single-process',
  'renderer-cmd-prefix',
  'bypasscsp-schemes',
];

/** Every way a switch can be written on a command line that Chromium (or a looser reader) takes as that switch. */
const forms = (name: string) => [
  `--${name}`,
  `--${name}=9222`,
  `--${name}=MAP * 127.0.0.1:9`,
  `-${name}`,
  `-${name}=x`,
  `/${name}=x`,
  `--${name.toUpperCase()}=x`,
  `--${name.replaceAll('-', '_')}`,
];

describe('refused switches, packaged', () => {
  it.each(mustRefuse)('refuses --%s in every form on the command line', (name) => {
    for (const form of forms(name)) expect(refusedNames([form]), form).toEqual([`--${name}`]);
    expect(refusedNames(['--', `--${name}`]), 'after a bare --').toEqual([`--${name}`]);
  });

  it.each(mustRefuse)('refuses --%s seen only by commandLine.hasSwitch', (name) => {
    expect(refusedNames([], { commandLine: commandLineWith(name) })).toEqual([`--${name}`]);
  });

  it('refuses --disable-features only when it turns off site isolation or the network sandbox', () => {
    expect(refusedNames(['--disable-features=IsolateOrigins,site-per-process'])).toEqual(['--disable-features']);
    expect(refusedNames(['--disable-features=Foo,*SitePerProcess<Trial'])).toEqual(['--disable-features']);
    expect(refusedNames(['--disable-features=networkservicesandbox'])).toEqual(['--disable-features']);
    // Chromium reads only the last one; any of them is enough here.
    expect(refusedNames(['--disable-features=SitePerProcess', '--disable-features=Foo'])).toEqual([
      '--disable-features',
    ]);
    expect(refusedNames(['--disable-features=CalculateNativeWinOcclusion,HardwareMediaKeyHandling'])).toEqual([]);
    expect(refusedNames(['--disable-features'])).toEqual([]);
  });

  it('refuses the environment variables with the same effect', () => {
    expect(refusedNames([], { env: { SSLKEYLOGFILE: '/tmp/keys.log' } })).toEqual(['SSLKEYLOGFILE']);
    // Electron checks only that these are set.
    expect(refusedNames([], { env: { ELECTRON_ENABLE_LOGGING: '0' } })).toEqual(['ELECTRON_ENABLE_LOGGING']);
    expect(refusedNames([], { env: { ELECTRON_DISABLE_SANDBOX: '' } })).toEqual(['ELECTRON_DISABLE_SANDBOX']);
    // Chromium ignores an empty key-log path.
    expect(refusedNames([], { env: { SSLKEYLOGFILE: '' } })).toEqual([]);
  });

  it('names ELECTRON_DISABLE_SANDBOX, not the --no-sandbox Electron added for it, unless --no-sandbox was given too', () => {
    const added = { commandLine: commandLineWith('no-sandbox'), env: { ELECTRON_DISABLE_SANDBOX: '1' } };
    expect(refusedNames([], added)).toEqual(['ELECTRON_DISABLE_SANDBOX']);
    expect(refusedNames(['--no-sandbox'], added)).toEqual(['--no-sandbox', 'ELECTRON_DISABLE_SANDBOX']);
  });

  it('names each refused switch once, in the list order, with the variables last', () => {
    expect(
      refusedNames(['--proxy-server=a', '--no-sandbox', '--proxy-server=b', '--host-resolver-rules=x'], {
        commandLine: commandLineWith('proxy-server', 'no-sandbox'),
        env: { SSLKEYLOGFILE: '/tmp/k' },
      }),
    ).toEqual(['--host-resolver-rules', '--proxy-server', '--no-sandbox', 'SSLKEYLOGFILE']);
  });

  it('lets harmless switches and variables through', () => {
    const harmless = [
      '--disable-renderer-backgrounding',
      '--disable-gpu',
      '--lang=fr',
      '--user-data-dir=/tmp/elsewhere',
      '--proxy-bypass-list=<local>',
      '--no-proxy-server',
      '--v=1',
      '--vmodule=*/net/*=2',
      '--log-file=/tmp/log',
      '--log-level=0',
      '--net-log-capture-mode=Everything',
      '--enable-features=OverlayScrollbar',
      '--force_high_performance_gpu',
      '--ignore-urlfetcher-cert-requests',
      '--disable-setuid-sandbox',
      // A refused name as a value or an argument is not that switch.
      '--lang=--proxy-server=x',
      'proxy-server',
      'https://example.com/--inspect',
    ];
    const env = {
      HTTPS_PROXY: 'http://proxy.corp:3128',
      NO_PROXY: 'localhost',
      NODE_OPTIONS: '--inspect',
      NODE_EXTRA_CA_CERTS: '/etc/ca.pem',
      ELECTRON_LOG_FILE: '/tmp/log',
      ELECTRON_ENABLE_STACK_DUMPING: '1',
      PIN_DESK_USER_DATA_DIR: '/tmp/elsewhere',
    };
    expect(refusedNames(harmless, { env })).toEqual([]);
    expect(refusalOf(true, commandLineWith('disable-renderer-backgrounding'), [executable, ...harmless], env)).toBe(
      null,
    );
  });

  it('never reads the executable as a switch', () => {
    expect(refusedNames([], { argv: ['--inspect'] })).toEqual([]);
  });
});

describe('refused switches, unpackaged', () => {
  it('honours every switch and variable: nothing is refused', () => {
    const argv = [executable, ...mustRefuse.map((name) => `--${name}=x`), '--disable-features=SitePerProcess'];
    const env = { SSLKEYLOGFILE: '/tmp/k', ELECTRON_ENABLE_LOGGING: '1', ELECTRON_DISABLE_SANDBOX: '1' };
    const commandLine = commandLineWith(...mustRefuse);
    expect(refusedSwitches({ isPackaged: false, commandLine, argv, env })).toEqual([]);
    expect(refusalOf(false, commandLine, argv, env)).toBe(null);
    // The same run packaged refuses them all.
    expect(refusedSwitches({ isPackaged: true, commandLine, argv, env })).toHaveLength(mustRefuse.length + 4);
  });
});

describe('the refusal', () => {
  const refusal = refusalOf(
    true,
    commandLineWith(),
    [executable, '--proxy-server=http://agent:hunter2@proxy.evil:8080', '--remote-debugging-port=9222'],
    { SSLKEYLOGFILE: '/tmp/secret-keys.log' },
  );

  it('is one log line naming every switch and variable', () => {
    expect(refusal?.logLine).toMatch(/^launch: refused --proxy-server, --remote-debugging-port, SSLKEYLOGFILE: /);
    expect(refusal?.logLine).not.toContain('\n');
  });

  it('is a dialog naming each, with why, and what to do', () => {
    expect(refusal?.dialog.title).toBe('PIN Desk did not start');
    expect(refusal?.dialog.message).toContain('--proxy-server, --remote-debugging-port, SSLKEYLOGFILE');
    const lines = refusal?.dialog.detail.split('\n') ?? [];
    expect(lines[0]).toMatch(/^--proxy-server \(switch\): sends the app's traffic through a proxy/);
    expect(lines[1]).toMatch(/^--remote-debugging-port \(switch\): opens remote debugging/);
    expect(lines[2]).toMatch(/^SSLKEYLOGFILE \(environment variable\): writes the keys/);
    expect(refusal?.dialog.detail).toContain("Circle's PIN window");
    expect(refusal?.dialog.detail).toContain("The system's own proxy settings keep working.");
  });

  it('never shows or logs a value: a proxy address may carry a password', () => {
    const shown = JSON.stringify(refusal);
    for (const value of ['hunter2', 'proxy.evil', '9222', 'secret-keys']) expect(shown).not.toContain(value);
  });

  it('speaks of one setting in the singular', () => {
    const one = refusalOf(true, commandLineWith('no-sandbox'), [executable], {});
    expect(one?.dialog.message).toContain('with a setting that');
    expect(one?.dialog.detail).toContain('Remove it from');
  });
});

describe('switches in argv', () => {
  it('reads each prefix and value, lower-cased, _ as -, after the executable', () => {
    const found = switchesInArgv([executable, '--A_b=1', '-c', '/d=x=y', '--a-b=2', 'plain', '--', '-']);
    expect(Object.fromEntries(found)).toEqual({ 'a-b': ['1', '2'], c: [''], d: ['x=y'] });
  });
});
