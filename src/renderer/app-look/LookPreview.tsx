import { useEffect, useRef, useState } from 'react';
import type { AppLook } from '../../shared/app-look/app-look';
import { circleHostedUiOrigin } from '../../shared/app-origin';
import { sdkLookValues } from '../circle-window/app-look-calls';

const previewUrl = () => `${circleHostedUiOrigin}/preview/?origin=${window.location.origin}`;

/**
 * The emulator's hosted page with the saved look: its preview page (the same screens, answered inside the page, so no
 * challenge is made and no user touched), handed the look as the web SDK hands customizations over — on
 * `onFrameReady`, with the same values. The page wraps its replies in `preview`, so a web SDK running a case on this
 * page never mistakes them for its own. Only where Circle's window is the emulator's (an emulator environment in use):
 * on a Circle environment, https://pw-auth.circle.com is Circle itself and PIN Desk puts nothing in between.
 */
export function LookPreview({ look, emulatorInUse }: { look: AppLook; emulatorInUse: boolean }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [round, setRound] = useState(0);
  // Loaded when asked for: opening Settings never loads a pw-auth.circle.com frame by itself.
  const [shown, setShown] = useState(false);
  const values = sdkLookValues(look);
  const customizations = {
    securityQuestions: { questions: values.questions, requiredCount: values.requiredCount ?? 2 },
    themeColor: values.themeColor,
    resources: values.resources,
  };
  const handOver = JSON.stringify(customizations);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const target = frame.current?.contentWindow;
      if (event.origin !== circleHostedUiOrigin || !target || event.source !== target) return;
      const said = (event.data as { preview?: Record<string, unknown> } | null)?.preview;
      if (said?.onFrameReady) {
        const w3s = { appSettings: { appId: 'preview' }, challenge: { challengeId: 'preview' } };
        target.postMessage({ w3s: { ...w3s, customizations: JSON.parse(handOver) } }, circleHostedUiOrigin);
      }
      // The last screen completes nothing: the preview simply starts again.
      if (said?.onComplete || said?.onClose) setRound((count) => count + 1);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [handOver]);

  return (
    <section className="look-preview" aria-labelledby="look-preview-heading">
      <h5 id="look-preview-heading" className="sub-title">
        Preview
      </h5>
      {emulatorInUse ? (
        <>
          <p className="field-hint">
            The emulator’s Circle window with the saved look: a new PIN, then the security questions. Nothing typed here
            goes anywhere.
          </p>
          <div className="button-row">
            <button type="button" className="secondary" aria-expanded={shown} onClick={() => setShown(!shown)}>
              {shown ? 'Hide preview' : 'Show preview'}
            </button>
          </div>
          {shown && (
            <div className="look-preview-viewport">
              <iframe
                key={`${handOver}:${round}`}
                ref={frame}
                className="look-preview-frame"
                title="Preview of Circle’s window"
                src={previewUrl()}
              />
            </div>
          )}
        </>
      ) : (
        <p className="muted">
          The preview runs on the emulator’s Circle window: switch to the local emulator to see it. On a Circle
          environment, Circle’s window is Circle’s own page.
        </p>
      )}
    </section>
  );
}
