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

  it('keeps counting a host already seen once the list is full, and adds no new one', () => {
    const recorder = new NetworkDiagnosticsRecorder(() => at);
    for (let index = 0; index < 200; index += 1) recorder.circleFrameLoaded(`host-${index}.example`);
    recorder.circleFrameLoaded('host-0.example');
    recorder.circleFrameLoaded('one-too-many.example');
    const hosts = recorder.view().circleFrameHosts;
    expect(hosts).toHaveLength(200);
    expect(hosts[0]).toEqual({ host: 'host-0.example', requests: 2 });
    expect(hosts.map((entry) => entry.host)).not.toContain('one-too-many.example');
  });

  it('lists a data: or blob: URL by its scheme, cuts a long URL at 300 characters, and says when it is no URL', () => {
    const recorder = new NetworkDiagnosticsRecorder(() => at);
    const path300 = `https://example.com/${'a'.repeat(300 - 'https://example.com/'.length)}`;
    for (const url of ['data:text/html,<b>secret</b>', 'blob:https://example.com/7d44', `${path300}b`, path300, 'nope'])
      recorder.refused(url, 'refused');
    expect(recorder.view().refused.map((entry) => entry.url)).toEqual([
      'data:…',
      'blob:…',
      `${path300}…`,
      path300,
      '(not a URL)',
    ]);
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
