import { useState } from 'react';
import { ipcErrorOf } from '../bridge/ipc-error-of';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';

/** Copies an ID through main (the renderer's clipboard permission stays denied); says so next to the button. */
export function CopyIdButton({
  kind,
  value,
  label,
}: {
  kind: 'userId' | 'challengeId' | 'requestId';
  value: string;
  label: string;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const copy = () => {
    unwrap(pinDeskBridge().liveCase.copyId({ kind, value })).then(
      () => setMessage('Copied.'),
      (error: unknown) => setMessage(`Not copied: ${ipcErrorOf(error).message}`),
    );
  };
  return (
    <span className="copy-id">
      <button type="button" className="secondary small" onClick={copy}>
        {label}
      </button>
      <span className="copy-message" aria-live="polite">
        {message}
      </span>
    </span>
  );
}
