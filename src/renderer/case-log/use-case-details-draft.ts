import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseSummary } from '../../shared/case-log/case-record';
import { ipcErrorOf } from '../bridge/ipc-error-of';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';

/** How long typing pauses before the ticket reference and note are saved (as beside the live case). */
const saveAfterMs = 600;

interface Draft {
  caseId: string;
  ticketRef: string;
  note: string;
}

/**
 * The opened case's ticket reference and note, saved as typed through main's caseLog:setDetails. A refresh of the
 * same case (its challenge moved on) never overwrites what is being typed; leaving the case saves at once.
 */
export function useCaseDetailsDraft(summary: CaseSummary | null, onSaved: (caseId: string) => void) {
  const caseId = summary?.caseId ?? null;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState<{ caseId: string; words: string } | null>(null);
  const edited = useRef(false);
  const pending = useRef<Draft | null>(null);
  const savedListener = useRef(onSaved);
  savedListener.current = onSaved;

  // Another case opened: its own values, read once (React's pattern for state that follows a prop).
  if (summary && draft?.caseId !== summary.caseId) {
    edited.current = false;
    setDraft({ caseId: summary.caseId, ticketRef: summary.ticketRef ?? '', note: summary.note ?? '' });
  }

  const save = useCallback((toSave: Draft) => {
    setSaved({ caseId: toSave.caseId, words: 'Saving…' });
    unwrap(
      pinDeskBridge().caseLog.setDetails({
        caseId: toSave.caseId,
        ticketRef: toSave.ticketRef.trim() || null,
        note: toSave.note.trim() ? toSave.note : null,
      }),
    ).then(
      () => {
        setSaved({ caseId: toSave.caseId, words: 'Saved.' });
        savedListener.current(toSave.caseId);
      },
      (error: unknown) => setSaved({ caseId: toSave.caseId, words: `Not saved: ${ipcErrorOf(error).message}` }),
    );
  }, []);

  useEffect(() => {
    if (!edited.current || !draft) return;
    pending.current = draft;
    const timer = window.setTimeout(() => {
      pending.current = null;
      save(draft);
    }, saveAfterMs);
    return () => window.clearTimeout(timer);
  }, [draft, save]);

  // Another case opened, the case closed, or the view left: what was typed is saved now, not dropped.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the opened case changes, on purpose.
  useEffect(
    () => () => {
      if (pending.current) save(pending.current);
      pending.current = null;
    },
    [caseId, save],
  );

  const change = (field: 'ticketRef' | 'note') => (value: string) => {
    edited.current = true;
    setDraft((current) => (current ? { ...current, [field]: value } : current));
  };
  const shown = draft && draft.caseId === caseId ? draft : null;
  return {
    ticketRef: shown?.ticketRef ?? '',
    note: shown?.note ?? '',
    setTicketRef: change('ticketRef'),
    setNote: change('note'),
    savedWords: saved && saved.caseId === caseId ? saved.words : null,
  };
}
