// The hover in a real extension host: vscode.executeHoverProvider on fixture files in every supported
// language (and a notebook cell) returns our content with its images; nothing on non-activations;
// settings and the colour theme are honoured.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner opens test/fixtures/workspace');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Text of our hover at the `nth` occurrence of `needle` (+ `delta` characters into it), or undefined. */
async function hoverAt(doc: vscode.TextDocument, needle: string, delta = 1, nth = 0): Promise<string | undefined> {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} not in ${doc.uri.path}`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + delta));
  const ours = hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .filter((v) => v.includes('data:image/svg+xml;base64,') || v.includes('Activation'));
  return ours.length ? ours.join('\n') : undefined;
}

async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** The decoded SVG documents in a hover. */
function images(md: string): string[] {
  return [...md.matchAll(/data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)/g)].map((m) => Buffer.from(m[1], 'base64').toString('utf8'));
}

/** The hover as a reader sees it: images as [image: alt], Markdown escapes removed; short enough for messages. */
function readable(md: string | undefined): string {
  if (md === undefined) return '(no hover)';
  return md
    .replace(/!\[((?:\\.|[^\]])*)\]\(data:[^)]*\)/g, (_, alt: string) => `[image: ${alt.slice(0, 40)}]`)
    .replace(/\\(.)/g, '$1');
}

/** Asserts that our hover exists and reads as `re`. */
function assertHover(md: string | undefined, re: RegExp): void {
  assert.ok(md, 'expected our hover');
  assert.match(readable(md), re);
}

async function setTheme(name: string, kind: vscode.ColorThemeKind): Promise<void> {
  if (vscode.window.activeColorTheme.kind === kind) return;
  const changed = new Promise<void>((resolve) => {
    const d = vscode.window.onDidChangeActiveColorTheme((t) => {
      if (t.kind === kind) {
        d.dispose();
        resolve();
      }
    });
  });
  await vscode.workspace.getConfiguration('workbench').update('colorTheme', name, vscode.ConfigurationTarget.Global);
  await Promise.race([changed, new Promise((_, reject) => setTimeout(() => reject(new Error(`theme ${name} did not apply`)), 10_000))]);
}

suite('Hover', () => {
  suiteSetup(async () => {
    // Hover providers register on activation; opening a file triggers it, but asynchronously.
    await vscode.extensions.getExtension('activation-lens.activation-lens')?.activate();
  });

  suiteTeardown(async () => {
    const c = vscode.workspace.getConfiguration('activationLens');
    await c.update('hover.showPlot', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('activationLens', { languageId: 'python' }).update('hover.enabled', undefined, vscode.ConfigurationTarget.Global, true);
    await vscode.workspace.getConfiguration('workbench').update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
  });

  test('PyTorch: nn.GELU(approximate=\'tanh\') shows formulas, plot, parameters and notes', async () => {
    const doc = await open('torch_model.py');
    const md = await hoverAt(doc, 'nn.GELU', 4);
    assert.ok(md, 'a hover on nn.GELU');
    assertHover(md, /\*\*GELU \(tanh approximation\)\*\* · PyTorch · `nn\.GELU`/);
    const svgs = images(md);
    assert.equal(svgs.length, 3, 'f, f\' and the plot');
    assert.ok(svgs.every((s) => s.startsWith('<svg') && !s.includes('currentColor')));
    assertHover(md, /image: Plot of GELU/);
    assertHover(md, /default to this tanh approximation; PyTorch.*exact form/);
  });

  test('PyTorch: literal parameters next to the framework defaults', async () => {
    const doc = await open('torch_model.py');
    const leaky = await hoverAt(doc, 'LeakyReLU', 2);
    assertHover(leaky, /\| `negative_slope` \| 0\.2 \| 0\.01 \|/);
    const fLeaky = await hoverAt(doc, 'F.leaky_relu', 3);
    assertHover(fLeaky, /\| `negative_slope` \| 0\.1 \| 0\.01 \|/);
    const elu = await hoverAt(doc, 'F.elu', 3);
    assertHover(elu, /\| `alpha` \| 0\.5 \| 1 \|/);
    assertHover(await hoverAt(doc, 'torch.sigmoid', 7), /\*\*Sigmoid/);
  });

  test('no hover on other layers, non-elementwise functions and look-alikes', async () => {
    const doc = await open('torch_model.py');
    assert.equal(readable(await hoverAt(doc, 'nn.Linear', 4)), '(no hover)');
    assert.equal(readable(await hoverAt(doc, 'F.softmax', 3)), '(no hover)');
    assert.equal(readable(await hoverAt(doc, 'relu_out', 2)), '(no hover)');
    assert.equal(readable(await hoverAt(doc, 'forward', 2)), '(no hover)');
  });

  test('Keras: activation strings, the LeakyReLU layer default, tf.nn.silu with beta', async () => {
    const doc = await open('keras_model.py');
    assertHover(await hoverAt(doc, "'swish'", 2), /\*\*SiLU/);
    const layer = await hoverAt(doc, 'LeakyReLU', 2);
    assertHover(layer, /\| `negative_slope` \| 0\.3 \| 0\.3 \|/);
    assertHover(await hoverAt(doc, 'tf.nn.silu', 7), /\| `beta` \| 1\.5 \| 1 \|/);
    assert.equal(readable(await hoverAt(doc, '"softmax"', 2)), '(no hover)');
  });

  test('Flax and JAX: nn.relu is flax here; jax.nn.gelu is the tanh form', async () => {
    const doc = await open('flax_model.py');
    assertHover(await hoverAt(doc, 'nn.relu', 4), /\*\*ReLU\*\* · Flax/);
    assertHover(await hoverAt(doc, 'jax.nn.gelu', 8), /\*\*GELU \(tanh approximation\)\*\* · JAX/);
  });

  test('TF.js, LibTorch and Julia', async () => {
    const ts = await open('model.ts');
    assertHover(await hoverAt(ts, "'relu'", 2), /\*\*ReLU\*\* · TensorFlow\.js/);
    assertHover(await hoverAt(ts, 'tf.leakyRelu', 4), /\| `negative_slope` \| 0\.1 \| 0\.2 \|/);
    const cpp = await open('model.cpp');
    assertHover(await hoverAt(cpp, 'torch::relu', 8), /\*\*ReLU\*\* · LibTorch/);
    assertHover(await hoverAt(cpp, 'torch::nn::LeakyReLU', 12), /\| `negative_slope` \| 0\.2 \| 0\.01 \|/);
    const jl = await open('model.jl');
    assert.equal(jl.languageId, 'julia');
    assertHover(await hoverAt(jl, 'relu)', 1), /\*\*ReLU\*\* · NNlib/);
    assertHover(await hoverAt(jl, 'σ', 0), /\*\*Sigmoid/);
    assertHover(await hoverAt(jl, 'leakyrelu', 3), /\| `negative_slope` \| 0\.2 \| 0\.01 \|/);
  });

  test('a notebook cell', async () => {
    const nb = await vscode.workspace.openNotebookDocument(workspaceFile('notebook.ipynb'));
    const cell = nb.getCells().find((c) => c.kind === vscode.NotebookCellKind.Code);
    assert.ok(cell);
    assert.equal(cell.document.languageId, 'python');
    assertHover(await hoverAt(cell.document, 'nn.SiLU', 4), /\*\*SiLU/);
  });

  test('an untitled Python file', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'python', content: 'import torch.nn as nn\nm = nn.Mish()\n' });
    assertHover(await hoverAt(doc, 'nn.Mish', 4), /\*\*Mish\*\*/);
  });

  test('settings: hide the plot; turn the hover off for one language', async () => {
    const doc = await open('torch_model.py');
    await vscode.workspace.getConfiguration('activationLens').update('hover.showPlot', false, vscode.ConfigurationTarget.Global);
    assert.equal(images((await hoverAt(doc, 'nn.GELU', 4)) ?? '').length, 2);
    await vscode.workspace.getConfiguration('activationLens').update('hover.showPlot', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('activationLens', { languageId: 'python' }).update('hover.enabled', false, vscode.ConfigurationTarget.Global, true);
    assert.equal(readable(await hoverAt(doc, 'nn.GELU', 4)), '(no hover)');
    const ts = await open('model.ts');
    assert.ok(await hoverAt(ts, "'relu'", 2), 'other languages keep the hover');
    await vscode.workspace.getConfiguration('activationLens', { languageId: 'python' }).update('hover.enabled', undefined, vscode.ConfigurationTarget.Global, true);
    assert.ok(await hoverAt(doc, 'nn.GELU', 4));
  });

  test('images follow the colour theme kind, high contrast included', async () => {
    const doc = await open('torch_model.py');
    const cases: [string, vscode.ColorThemeKind, string][] = [
      ['Default Light Modern', vscode.ColorThemeKind.Light, '#1f1f1f'],
      ['Default High Contrast', vscode.ColorThemeKind.HighContrast, '#ffffff'],
      ['Default High Contrast Light', vscode.ColorThemeKind.HighContrastLight, '#000000'],
      ['Default Dark Modern', vscode.ColorThemeKind.Dark, '#d4d4d4'],
    ];
    for (const [name, kind, colour] of cases) {
      await setTheme(name, kind);
      const svgs = images((await hoverAt(doc, 'nn.GELU', 4)) ?? '');
      assert.equal(svgs.length, 3);
      assert.ok(svgs[0].includes(colour), `${name}: formula drawn in ${colour}`);
    }
  });
});
