// "Plot Activation at Cursor": the command, and the context key that shows it in the editor's context menu
// only when the cursor is on a recognised activation.
import * as vscode from 'vscode';
import type { Resolve } from './hover/hoverProvider';
import type { PlotApi } from './plot';

export const PLOT_AT_CURSOR_COMMAND = 'activationLens.plotAtCursor';
/** True while the cursor of the active editor is on a recognised activation. */
export const AT_ACTIVATION_CONTEXT = 'activationLens.atActivation';

/**
 * The `activationLens.plot` argument for a call site in a command link: JSON can't carry Infinity, so it is
 * spelled 'Infinity' as the plot's protocol accepts (softplus threshold).
 */
export function plotArgument(id: string, params: Readonly<Record<string, number>>): { id: string; params: Record<string, number | string> } {
  const out: Record<string, number | string> = {};
  for (const [k, v] of Object.entries(params)) out[k] = v === Infinity ? 'Infinity' : v === -Infinity ? '-Infinity' : v;
  return { id, params: out };
}

export function registerPlotAtCursor(context: vscode.ExtensionContext, resolve: Resolve, plot: PlotApi): void {
  const at = (editor: vscode.TextEditor | undefined) => (editor ? resolve(editor.document, editor.selection.active) : undefined);

  let last: boolean | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = (editor: vscode.TextEditor | undefined) => {
    // Debounced: selection events come per keystroke, and after an edit the first resolve rebuilds the
    // document's import table (about 1 ms per 20,000 lines): once per pause in typing is enough.
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      const on = at(editor) !== undefined;
      if (on !== last) {
        last = on;
        void vscode.commands.executeCommand('setContext', AT_ACTIVATION_CONTEXT, on);
      }
    }, 150);
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(PLOT_AT_CURSOR_COMMAND, () => {
      const editor = vscode.window.activeTextEditor;
      const match = at(editor);
      if (!match) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No activation function is recognised at the cursor.'));
        return false;
      }
      return plot.show({ id: match.id, params: match.params }, { preserveFocus: true });
    }),
    vscode.window.onDidChangeTextEditorSelection((e) => update(e.textEditor)),
    vscode.window.onDidChangeActiveTextEditor((e) => update(e)),
    { dispose: () => timer && clearTimeout(timer) },
  );
  update(vscode.window.activeTextEditor);
}
