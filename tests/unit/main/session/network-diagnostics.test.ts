import { describe, expect, it } from 'vitest';
import { NetworkDiagnosticsRecorder } from '../../../../src/main/session/network-diagnostics-recorder';
import { networkDiagnosticsText } from '../../../../src/shared/diagnostics/network-diagnostics';

const at = new Date('2026-11-27T10:00:00.000Z');

describe('the network diagnostics of a run', () => {
  it('counts each host Circle’s frame loaded and lists refusals without their query', () => {
    const recorder = new NetworkDiagnosticsRecorder(() => at);
    recorder.circleFrameLoaded('pw-auth.circle.com');
    recorder.circleFrameLoaded('api.circle.com');
    recorder.circleFrameLoaded('pw-auth.circle.com');
    recorder.refused('https://example.com/track?userToken=eyJsecret', 'the app may load only its own origin');
    expect(recorder.view()).toEqual({
      since: at.toISOString(),
      circleFrameHosts: [
        { host: 'pw-auth.circle.com', requests: 2 },
        { host: 'api.circle.com', requests: 1 },
      ],
      refused: [
        {
          seq: 1,
          at: at.toISOString(),
          url: 'https://example.com/track',
          reason: 'the app may load only its own origin',
        },
      ],
      refusedTotal: 1,
    });
  });

  it('stays bounded: the newest 200 refusals and 200 hosts, with the true total', () => {
    const recorder = new NetworkDiagnosticsRecorder(() => at);
    for (let index = 0; index < 250; index += 1) {
      recorder.refused(`https://host-${index}.example/`, 'refused');
      recorder.circleFrameLoaded(`host-${index}.example`);
    }
    const view = recorder.view();
    expect(view.refused).toHaveLength(200);
    expect(view.refused[0]?.url).toBe('https://host-50.example/');
    expect(view.refusedTotal).toBe(250);
    expect(view.circleFrameHosts).toHaveLength(200);
  });

  it('copies as text an agent can paste into a ticket', () => {
    const recorder = new NetworkDiagnosticsRecorder(() => at);
    recorder.circleFrameLoaded('pw-auth.circle.com');
    recorder.refused('http://plain.example/x', 'plain http is answered for the app origin only');
    const view = { ...recorder.view(), allowedAssetHosts: ['fonts.customer.example'] };
    expect(networkDiagnosticsText(view, { environment: 'Circle testnet', version: '1.2.3' })).toBe(
      [
        'PIN Desk 1.2.3 · network diagnostics for this run (since 2026-11-27T10:00:00.000Z)',
        'Environment: Circle testnet',
        '',
        'Hosts Circle’s window loaded:',
        '- pw-auth.circle.com (1 request)',
        '',
        'Hosts allowed for the app’s fonts and images, besides Circle’s own:',
        '- fonts.customer.example',
        '',
        'Refused by PIN Desk’s network policy (1):',
        '- 2026-11-27T10:00:00.000Z http://plain.example/x — plain http is answered for the app origin only',
        '',
      ].join('\n'),
    );
  });
});
