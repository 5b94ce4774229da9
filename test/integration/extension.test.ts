// The extension is installed in the extension host and activates when a Python file is opened.
import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';

const EXTENSION_ID = 'activation-lens.activation-lens';

/** Polls `predicate` until it holds, failing after `timeoutMs`. */
async function waitFor(what: string, predicate: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration runner opens test/fixtures/workspace as the workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

suite('Extension', () => {
  test(`${EXTENSION_ID} is installed`, () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} not found among ${vscode.extensions.all.length} extensions`);
    assert.equal(ext.packageJSON.name, 'activation-lens');
  });

  test('activates when a Python file is opened', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    const doc = await vscode.workspace.openTextDocument(workspaceFile('model.py'));
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'python');
    assert.match(doc.getText(), /nn\.GELU\(\)/);
    await waitFor('the extension to activate', () => ext.isActive);
  });
});
