// Settings → Diagnostics' two channels: what the network policy recorded this run, with the active environment's
// allowed asset hosts, shown (`diagnostics:get`) or copied for a ticket (`diagnostics:copy`, written by main).
import { describe, expect, it } from 'vitest';
import { diagnosticsHandlers } from '../../../../src/main/session/diagnostics-handlers';
import { NetworkDiagnosticsRecorder } from '../../../../src/main/session/network-diagnostics-recorder';
import type { EnvironmentId } from '../../../../src/shared/environment/environments';

function sources(active: EnvironmentId = 'circle-testnet') {
  const at = new Date('2026-12-05T09:00:00.000Z');
  const recorder = new NetworkDiagnosticsRecorder(() => at);
  const copied: string[] = [];
  const asked: EnvironmentId[] = [];
  const handlers = diagnosticsHandlers({
    recorder,
    activeEnvironment: () => active,
    assetHosts: (environment) => {
      asked.push(environment);
      return environment === 'circle-testnet' ? ['fonts.example.com'] : [];
    },
    clipboard: {
      writeText: async (text) => {
        copied.push(text);
      },
    },
    version: '0.1.0',
  });
  return { recorder, handlers, copied, asked };
}

describe('Settings → Diagnostics', () => {
  it('shows what the policy recorded and the active environment’s allowed asset hosts', async () => {
    const { recorder, handlers, asked } = sources();
    recorder.circleFrameLoaded('pw-auth.circle.com');
    recorder.circleFrameLoaded('pw-auth.circle.com');
    recorder.refused('https://elsewhere.example/track?id=1', 'not an allowed host');
    expect(await handlers['diagnostics:get'](undefined)).toEqual({
      since: '2026-12-05T09:00:00.000Z',
      circleFrameHosts: [{ host: 'pw-auth.circle.com', requests: 2 }],
      refused: [
        {
          seq: 1,
          at: '2026-12-05T09:00:00.000Z',
          url: 'https://elsewhere.example/track',
          reason: 'not an allowed host',
        },
      ],
      refusedTotal: 1,
      allowedAssetHosts: ['fonts.example.com'],
    });
    expect(asked).toEqual(['circle-testnet']);
  });

  it('copies the same record as text, naming the environment and the version, and says it copied', async () => {
    const { recorder, handlers, copied } = sources('local-emulator');
    recorder.refused('https://elsewhere.example/', 'not an allowed host');
    expect(await handlers['diagnostics:copy'](undefined)).toEqual({ copied: true });
    expect(copied).toHaveLength(1);
    const [text] = copied;
    expect(text).toContain('PIN Desk 0.1.0 · network diagnostics for this run (since 2026-12-05T09:00:00.000Z)');
    expect(text).toContain('Environment: Local emulator');
    expect(text).toContain('Hosts Circle’s window loaded:\n- none yet');
    expect(text).toContain('besides Circle’s own:\n- none');
    expect(text).toContain(
      'Refused by PIN Desk’s network policy (1):\n- 2026-12-05T09:00:00.000Z https://elsewhere.example/ — not an allowed host',
    );
  });

  it('copies after the clipboard has the text, not before', async () => {
    let written = false;
    const slow = diagnosticsHandlers({
      recorder: new NetworkDiagnosticsRecorder(),
      activeEnvironment: () => 'circle-testnet',
      assetHosts: () => [],
      clipboard: {
        writeText: () =>
          new Promise((resolve) =>
            setTimeout(() => {
              written = true;
              resolve();
            }, 20),
          ),
      },
      version: '0.1.0',
    });
    await slow['diagnostics:copy'](undefined);
    expect(written).toBe(true);
  });
});
