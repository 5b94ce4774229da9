// The getting-started walkthrough: contributed with its steps, their images in the extension, every command
// link it shows registered; "Open Example" opens a Python document our hover explains, cursor on an activation.
// (How the walkthrough looks and that its link works in the UI: test/e2e/walkthrough.e2e.mjs.)
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';

const EXTENSION_ID = 'activation-lens.activation-lens';

interface Step {
  id: string;
  title: string;
  description: string;
  media: { svg?: string; image?: string; markdown?: string; altText?: string };
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

suite('Walkthrough', () => {
  let ext: vscode.Extension<unknown>;
  suiteSetup(async () => {
    const found = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(found);
    ext = found;
    await ext.activate();
  });
  suiteTeardown(async () => {
    // The example is an untitled document with content: revert it so closing asks nothing.
    for (const doc of vscode.workspace.textDocuments.filter((d) => d.isUntitled)) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('is contributed with its steps, each with an image that ships and text from package.nls.json', async () => {
    const walkthroughs = ext.packageJSON.contributes.walkthroughs as { id: string; title: string; steps: Step[] }[];
    assert.equal(walkthroughs.length, 1);
    const [w] = walkthroughs;
    assert.equal(w.id, 'gettingStarted');
    assert.match(w.title, /Activation Lens/);
    assert.deepEqual(
      w.steps.map((s) => s.id),
      ['hover', 'plot', 'plotAtCursor', 'settings'],
    );
    const commands = new Set(await vscode.commands.getCommands(true));
    for (const step of w.steps) {
      for (const text of [step.title, step.description, step.media.altText ?? '']) {
        assert.ok(text.length > 0 && !/^%.*%$/.test(text), `step ${step.id}: "${text}" is not localised text`);
      }
      assert.ok(step.media.svg, `step ${step.id} has an SVG image`);
      const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(ext.extensionUri, step.media.svg));
      assert.ok(stat.size > 0, `${step.media.svg} is empty`);
      const links = [...step.description.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]);
      if (step.id !== 'plotAtCursor') assert.ok(links.length > 0, `step ${step.id} has a command link`);
      for (const id of links) assert.ok(commands.has(id), `step ${step.id} links to ${id}, which is not a command`);
    }
  });

  test('Open Example opens an untitled Python document with the cursor on an activation the hover explains', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('activationLens.openExample');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'an active editor');
    const doc = editor.document;
    assert.equal(doc.uri.toString(), uri.toString());
    assert.equal(doc.isUntitled, true);
    assert.equal(doc.languageId, 'python');

    // The cursor starts on nn.GELU(approximate='tanh').
    const atCursor = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, editor.selection.active));
    assert.match(atCursor, /GELU/);
    assert.match(atCursor, /tanh/);
    // Keras by string, with its own default.
    const swish = doc.getText().indexOf("activation='swish'") + "activation='".length + 2;
    assert.match(hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(swish))), /Keras/);

    // Asked again, it shows the same document instead of a second copy.
    const again = await vscode.commands.executeCommand<vscode.Uri>('activationLens.openExample');
    assert.equal(again.toString(), uri.toString());
  });
});
