// What `npm run dist:check` decides from a packaged run (scripts/check-packaged-app.mjs), fed with the refusal line
// the app really prints, so the check and the app cannot drift apart.
import { describe, expect, it } from 'vitest';
import {
  parentInProcStat,
  parseProcessTable,
  refusalLaunchVerdict,
  refusalMarker,
  refusalProbe,
  rendererBelow,
  windowLaunchVerdict,
} from '../../../../scripts/check-packaged-app.mjs';
import { refusalOf } from '../../../../src/main/launch/refused-switches';

const noSwitches = { hasSwitch: () => false };
const probe = `${refusalProbe}=MAP * 127.0.0.1:40123`;
const appLine = (argv: string[]) => refusalOf(true, noSwitches, ['pin-desk', ...argv], {})?.logLine ?? '';
const chromiumNoise = '[1234:ERROR:bus.cc(407)] Failed to connect to the bus\n';

describe('the refusal launch', () => {
  it('passes on the refusal line the app prints, with no window and no connection, whether it quits or waits', () => {
    const output = `${chromiumNoise}${appLine([probe])}\n`;
    const quit = refusalLaunchVerdict({ output, exit: 'exit code 1', rendererSeen: false, connections: 0 });
    expect(quit).toEqual({ failed: false, line: expect.stringContaining('quit on its own (exit code 1)') });
    expect(quit.line).toContain(`launch: refused ${refusalProbe}`);
    const waiting = refusalLaunchVerdict({ output, exit: null, rendererSeen: false, connections: 0 });
    expect(waiting).toEqual({ failed: false, line: expect.stringContaining('waited on its dialog') });
  });

  it('passes as root too, where --no-sandbox is refused alongside', () => {
    const output = `${appLine([probe, '--no-sandbox'])}\n`;
    expect(refusalLaunchVerdict({ output, exit: 'exit code 1', rendererSeen: false, connections: 0 }).failed).toBe(
      false,
    );
  });

  it('fails without the line, or with a line that does not name the switch', () => {
    const started = refusalLaunchVerdict({ output: chromiumNoise, exit: null, rendererSeen: false, connections: 0 });
    expect(started).toEqual({ failed: true, line: expect.stringContaining(`no "${refusalMarker}`) });
    const other = `${appLine(['--no-sandbox'])}\n`;
    expect(refusalLaunchVerdict({ output: other, exit: 'exit code 1', rendererSeen: false, connections: 0 })).toEqual({
      failed: true,
      line: expect.stringContaining('(the app ended: exit code 1)'),
    });
  });

  it('fails when a window opened or anything reached the address the switch points at, refusal printed or not', () => {
    const output = `${appLine([probe])}\n`;
    expect(refusalLaunchVerdict({ output, exit: null, rendererSeen: true, connections: 0 })).toEqual({
      failed: true,
      line: expect.stringContaining('opened a window'),
    });
    expect(refusalLaunchVerdict({ output, exit: 'exit code 1', rendererSeen: false, connections: 2 })).toEqual({
      failed: true,
      line: expect.stringContaining('made 2 connection(s)'),
    });
  });
});

describe('the window launch', () => {
  it('passes when a window opened and the app kept running', () => {
    expect(windowLaunchVerdict({ output: chromiumNoise, exit: null, rendererSeen: true }).failed).toBe(false);
  });

  it('fails when the app refused, could not start, opened no window or ended', () => {
    const refused = windowLaunchVerdict({ output: appLine(['--no-sandbox']), exit: null, rendererSeen: false });
    expect(refused).toEqual({ failed: true, line: expect.stringContaining('launch: refused --no-sandbox') });
    const broken = windowLaunchVerdict({
      output: 'PIN Desk could not start: EACCES\n',
      exit: 'exit code 1',
      rendererSeen: true,
    });
    expect(broken).toEqual({ failed: true, line: 'launch: PIN Desk could not start: EACCES' });
    expect(windowLaunchVerdict({ output: '', exit: null, rendererSeen: false }).line).toContain('no window');
    expect(windowLaunchVerdict({ output: '', exit: 'signal SIGSEGV', rendererSeen: true }).line).toContain(
      'ended (signal SIGSEGV) after opening its window',
    );
  });
});

describe('the process table', () => {
  it('reads ps and PowerShell lines, and a renderer anywhere below the app (under the zygote on Linux)', () => {
    const table = parseProcessTable(
      [
        '    1     0 /sbin/init',
        '  100     1 /opt/PIN Desk/pin-desk',
        '  101   100 /opt/PIN Desk/pin-desk --type=zygote',
        '  102   101 /opt/PIN Desk/pin-desk --type=zygote',
        '  103   102 /opt/PIN Desk/pin-desk --type=renderer --lang=en-US',
        '  200     1 /usr/bin/chromium --type=renderer',
        '4711 4700 ',
      ].join('\r\n'),
    );
    expect(table).toHaveLength(7);
    expect(table[6]).toEqual({ pid: 4711, ppid: 4700, command: '' });
    expect(rendererBelow(table, 100)).toBe(true);
    expect(rendererBelow(table, 101)).toBe(true);
    // Another program's renderer is not the app's.
    expect(rendererBelow(table.slice(0, 4).concat(table.slice(5)), 100)).toBe(false);
  });

  it("reads the parent from /proc's stat, whatever the command name holds", () => {
    expect(parentInProcStat('4321 (pin-desk) S 100 4321 100 0 -1 4194560')).toBe(100);
    expect(parentInProcStat('4321 (PIN Desk (x) y) S 77 4321 100 0 -1')).toBe(77);
  });
});
