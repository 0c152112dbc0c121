// The permission handlers of docs/api/session.md, and the default docs/tutorial/security.md states, on the stand-in.
import { describe, expect, it } from 'vitest';
import { standInElectron } from '../../support/electron-stand-in/electron';

describe('session.md setPermissionRequestHandler / setPermissionCheckHandler', () => {
  it('with no handler, "Electron will automatically approve all permission requests" (security.md)', async () => {
    const { session } = standInElectron();
    await expect(session.defaultSession.requestPermission(null, 'media')).resolves.toBe(true);
    expect(session.defaultSession.checkPermission(null, 'media', 'https://pw-auth.circle.com')).toBe(true);
  });
  it('"callback(false) will reject it"; a check handler returning false refuses; null clears the handler', async () => {
    const { session } = standInElectron();
    const ses = session.defaultSession;
    const asked: string[] = [];
    ses.setPermissionRequestHandler((_contents, permission, callback) => {
      asked.push(permission);
      callback(false);
    });
    ses.setPermissionCheckHandler(() => false);
    await expect(ses.requestPermission(null, 'clipboard-read')).resolves.toBe(false);
    expect(ses.checkPermission(null, 'clipboard-read', 'https://pw-auth.circle.com')).toBe(false);
    expect(asked).toEqual(['clipboard-read']);
    ses.setPermissionRequestHandler(null);
    await expect(ses.requestPermission(null, 'clipboard-read')).resolves.toBe(true);
  });
});
