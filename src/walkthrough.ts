// The getting-started walkthrough's "Open Example" (package.json `contributes.walkthroughs`): a walkthrough
// has no workspace to point into, so the example (media/examples/activations.py, shipped in the VSIX) opens
// as an untitled Python document, a scratch copy to hover over and edit, with the cursor on an activation.
import * as vscode from 'vscode';

export const OPEN_EXAMPLE_COMMAND = 'activationLens.openExample';
const EXAMPLE = ['media', 'examples', 'activations.py'];
/** Where the cursor starts: on an activation, so "Plot Activation at Cursor" works at once. */
const FIRST_ACTIVATION = 'nn.GELU(';

export function registerWalkthrough(context: vscode.ExtensionContext): void {
  let example: vscode.TextDocument | undefined;

  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_EXAMPLE_COMMAND, async (): Promise<vscode.Uri> => {
      // Clicked again: show the copy already open rather than a second one.
      if (example && !example.isClosed) {
        await vscode.window.showTextDocument(example, { preview: false });
        return example.uri;
      }
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, ...EXAMPLE));
      const content = new TextDecoder().decode(bytes);
      example = await vscode.workspace.openTextDocument({ language: 'python', content });
      const editor = await vscode.window.showTextDocument(example, { preview: false });
      const at = content.indexOf(FIRST_ACTIVATION, content.indexOf('\nclass '));
      if (at >= 0) {
        const pos = example.positionAt(at + 3);
        editor.selection = new vscode.Selection(pos, pos);
        editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }
      return example.uri;
    }),
  );
}
