// Main's own dialogs (Electron's `dialog`), over the agent's window when there is one — dialog.md: with a `window`
// argument the dialog is modal to it: the question only main can ask, and where a case export is saved.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type BrowserWindow, dialog } from 'electron';
import type { SaveFilePort } from '../case-log/case-log-service';
import type { ConfirmationQuestion, ConfirmPort } from '../settings/base-url-change';

export function electronDialogs(
  window: () => BrowserWindow | null,
  documentsFolder: () => string,
): { confirm: ConfirmPort; saveFile: SaveFilePort } {
  return {
    confirm: { confirm: (question) => confirmInDialog(window(), question) },
    saveFile: {
      save: async (suggestedName, content) => {
        const options = { defaultPath: join(documentsFolder(), suggestedName) };
        const parent = window();
        const chosen = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
        if (chosen.canceled || !chosen.filePath) return { saved: false, path: null };
        await writeFile(chosen.filePath, content, 'utf8');
        return { saved: true, path: chosen.filePath };
      },
    },
  };
}

/** Main's own question over the window: the renderer can neither answer it nor skip it. */
async function confirmInDialog(parent: BrowserWindow | null, question: ConfirmationQuestion): Promise<boolean> {
  const options = {
    type: 'warning' as const,
    title: question.title,
    message: question.message,
    detail: question.detail,
    buttons: [question.confirmLabel, question.cancelLabel],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
  const answer = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  return answer.response === 0;
}
