import { useEffect, useId, useRef, useState } from 'react';
import { ipcErrorOf } from '../bridge/ipc-error-of';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';

/** How long typing pauses before the ticket reference and note are saved. */
const saveAfterMs = 600;

/**
 * The case's ticket reference and note, written during the call and saved as typed (debounced, through main's
 * caseLog:setDetails), so nothing waits for the Cases view.
 */
export function CaseNotes({ caseId }: { caseId: string }) {
  const [ticketRef, setTicketRef] = useState('');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const edited = useRef(false);
  const ticketId = useId();
  const noteId = useId();

  useEffect(() => {
    if (!edited.current) return;
    setSaved('Saving…');
    const timer = window.setTimeout(() => {
      unwrap(
        pinDeskBridge().caseLog.setDetails({
          caseId,
          ticketRef: ticketRef.trim() || null,
          note: note.trim() ? note : null,
        }),
      ).then(
        () => setSaved('Saved.'),
        (error: unknown) => setSaved(`Not saved: ${ipcErrorOf(error).message}`),
      );
    }, saveAfterMs);
    return () => window.clearTimeout(timer);
  }, [caseId, ticketRef, note]);

  const change = (set: (value: string) => void) => (value: string) => {
    edited.current = true;
    set(value);
  };
  return (
    <div className="case-notes">
      <label htmlFor={ticketId}>Ticket reference</label>
      <input
        id={ticketId}
        value={ticketRef}
        maxLength={100}
        onChange={(event) => change(setTicketRef)(event.target.value)}
      />
      <label htmlFor={noteId}>Note</label>
      <textarea
        id={noteId}
        value={note}
        maxLength={2000}
        rows={2}
        onChange={(event) => change(setNote)(event.target.value)}
      />
      <span className="save-message" aria-live="polite" data-testid="notes-saved">
        {saved}
      </span>
    </div>
  );
}
