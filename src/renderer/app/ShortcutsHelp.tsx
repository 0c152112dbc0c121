import { useEffect, useRef } from 'react';
import { shortcuts } from './shortcuts';

/** The keyboard shortcuts, as a dialog (Ctrl/Cmd+/ or Help → Keyboard shortcuts). Escape or Close dismisses it. */
export function ShortcutsHelp({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog ref={dialog} className="shortcuts-help" aria-labelledby="shortcuts-heading" onClose={onClose}>
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {shortcuts.map((shortcut) => (
            <tr key={shortcut.command}>
              <th scope="row">
                <kbd>{shortcut.keys}</kbd>
              </th>
              <td>{shortcut.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">In the installed app the View and Help menus carry the same keys.</p>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
