// "Plot Activation at Cursor" and the hover's "Open in plot" link open the plot with the call site's
// parameters (checked through the host's CSV export, whose header names every parameter).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder);
  return vscode.Uri.joinPath(folder.uri, name);
}

async function cursorOn(name: string, needle: string, delta: number): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  const editor = await vscode.window.showTextDocument(doc);
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0);
  const pos = doc.positionAt(at + delta);
  editor.selection = new vscode.Selection(pos, pos);
  return editor;
}

/** Header of the CSV the plot exports: it names each curve with its parameters. */
async function plottedHeader(dir: string): Promise<string> {
  const file = path.join(dir, `p${Date.now()}.csv`);
  await vscode.commands.executeCommand('activationLens.plot.export', { format: 'csv', path: file });
  return fs.readFileSync(file, 'utf8').split('\r\n')[0];
}

suite('Plot at cursor and hover link', () => {
  let dir: string;
  suiteSetup(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'activation-lens-cursor-'));
    await vscode.extensions.getExtension('activation-lens.activation-lens')?.activate();
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the command plots the activation under the cursor with its literal parameters', async () => {
    await cursorOn('torch_model.py', 'nn.LeakyReLU', 5);
    assert.equal(await vscode.commands.executeCommand('activationLens.plotAtCursor'), true);
    assert.match(await plottedHeader(dir), /^x,leaky_relu\(negative_slope=0\.2\) f,/);
  });

  test('nothing to plot away from an activation', async () => {
    await cursorOn('torch_model.py', 'nn.Linear', 4);
    assert.equal(await vscode.commands.executeCommand('activationLens.plotAtCursor'), false);
  });

  test('the hover link is a trusted command link for the plot only, with this call site\'s parameters', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile('torch_model.py'));
    const at = doc.getText().indexOf('F.elu') + 3;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at));
    const md = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c && c.value.includes('command:activationLens.plot'));
    assert.ok(md, 'a hover with the plot link');
    assert.deepEqual(md.isTrusted, { enabledCommands: ['activationLens.plot'] });
    const link = /\(command:activationLens\.plot\?([^ )]+)/.exec(md.value);
    assert.ok(link);
    const args = JSON.parse(decodeURIComponent(link[1])) as unknown[];
    assert.equal(await vscode.commands.executeCommand('activationLens.plot', ...args), true);
    assert.match(await plottedHeader(dir), /^x,elu\(alpha=0\.5\) f,/);
  });

  test('Infinity survives the link (Keras softplus: the pure function)', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'python', content: 'import keras\ny = keras.activations.softplus(x)\n' });
    const at = doc.getText().indexOf('softplus') + 2;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at));
    const md = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c && c.value.includes('command:activationLens.plot'));
    assert.ok(md);
    const link = /\(command:activationLens\.plot\?([^ )]+)/.exec(md.value);
    assert.ok(link);
    assert.equal(await vscode.commands.executeCommand('activationLens.plot', ...(JSON.parse(decodeURIComponent(link[1])) as unknown[])), true);
    assert.match(await plottedHeader(dir), /softplus\(beta=1, threshold=inf\) f/);
  });
});
