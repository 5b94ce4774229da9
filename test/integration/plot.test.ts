// The plot panel inside a real VS Code: the command opens one panel (reused), refuses bad presets, and the
// exports write files: the CSV computed by the host, the PNG drawn by the webview (decoded and checked here).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';

const VIEW_TYPE = 'activationLens.plot';

function plotTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(VIEW_TYPE));
}

async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** RGBA pixels of an 8-bit RGB(A), non-interlaced PNG (what canvas.toDataURL writes). */
function decodePng(bytes: Buffer): { width: number; height: number; rgba: Uint8Array } {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const idat: Buffer[] = [];
  while (pos < bytes.length) {
    const len = bytes.readUInt32BE(pos);
    const type = bytes.toString('latin1', pos + 4, pos + 8);
    const data = bytes.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      assert.equal(data[8], 8, 'bit depth 8');
      assert.ok(data[9] === 6 || data[9] === 2, `colour type ${data[9]}`);
      channels = data[9] === 6 ? 4 : 3;
      assert.equal(data[12], 0, 'not interlaced');
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  const prev = new Uint8Array(stride);
  const cur = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? cur[i - channels] : 0;
      const b = prev[i];
      const c = i >= channels ? prev[i - channels] : 0;
      let v = line[i];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      cur[i] = v & 0xff;
    }
    for (let x = 0; x < width; x++) {
      for (let k = 0; k < 3; k++) out[(y * width + x) * 4 + k] = cur[x * channels + k];
      out[(y * width + x) * 4 + 3] = channels === 4 ? cur[x * channels + 3] : 255;
    }
    prev.set(cur);
  }
  return { width, height, rgba: out };
}

suite('Plot panel', () => {
  let dir: string;

  suiteSetup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'activation-lens-plot-'));
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the plot command is contributed with its title and registered', async () => {
    const pkg = vscode.extensions.getExtension('activation-lens.activation-lens')?.packageJSON as {
      contributes: { commands: { command: string; title: string; category: string }[] };
      activationEvents: string[];
    };
    const cmd = pkg.contributes.commands.find((c) => c.command === 'activationLens.plot');
    assert.ok(cmd, 'activationLens.plot is contributed');
    assert.ok(pkg.activationEvents.includes('onWebviewPanel:activationLens.plot'));
    await vscode.commands.executeCommand('activationLens.plot', { id: 'relu' }); // activates the extension
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes('activationLens.plot'));
    assert.ok(all.includes('activationLens.plot.export'));
  });

  test('a preset opens one panel, and the next preset reuses it', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.equal(await vscode.commands.executeCommand('activationLens.plot', { id: 'gelu' }), true);
    const tab = await waitFor('the plot tab', () => plotTabs()[0]);
    assert.equal(tab.label, 'Plot: GELU');
    assert.equal(await vscode.commands.executeCommand('activationLens.plot', [{ id: 'elu', params: { alpha: 2 } }, { id: 'relu' }]), true);
    await waitFor('the retitled tab', () => plotTabs()[0]?.label === 'Plot: ELU, ReLU');
    assert.equal(plotTabs().length, 1, 'one plot panel');
  });

  test('a bad preset is refused and changes nothing', async () => {
    const before = plotTabs().map((t) => t.label);
    assert.equal(await vscode.commands.executeCommand('activationLens.plot', { id: 'no_such_activation' }), false);
    assert.equal(await vscode.commands.executeCommand('activationLens.plot', { id: 'celu', params: { alpha: 0 } }), false);
    assert.equal(await vscode.commands.executeCommand('activationLens.plot', { id: 'elu', params: { alpha: 'x' } }), false);
    assert.deepEqual(plotTabs().map((t) => t.label), before);
  });

  test('CSV export: the host samples the validated state', async () => {
    await vscode.commands.executeCommand('activationLens.plot', [{ id: 'elu', params: { alpha: 2 } }, { id: 'softplus', params: { threshold: Infinity } }]);
    const file = path.join(dir, 'plot.csv');
    const written = await vscode.commands.executeCommand<string>('activationLens.plot.export', { format: 'csv', path: file });
    assert.equal(written, file);
    const lines = fs.readFileSync(file, 'utf8').split('\r\n');
    assert.equal(lines[0], 'x,elu(alpha=2) f,elu(alpha=2) f\',"softplus(beta=1, threshold=inf) f","softplus(beta=1, threshold=inf) f\'"');
    assert.equal(lines.length, 2003); // header, 2001 rows, final empty
    const first = lines[1].split(',').map(Number);
    assert.equal(first[0], -5);
    assert.ok(Math.abs(first[1] - 2 * Math.expm1(-5)) < 1e-15, `elu(-5) = ${first[1]}`);
  });

  test('PNG export: the webview draws the chart and the host writes it', async () => {
    await vscode.commands.executeCommand('activationLens.plot', { id: 'sigmoid' });
    const file = path.join(dir, 'plot.png');
    const written = await vscode.commands.executeCommand<string>('activationLens.plot.export', { format: 'png', path: file });
    assert.equal(written, file);
    const png = decodePng(fs.readFileSync(file));
    assert.ok(png.width >= 200 && png.height >= 150, `${png.width}x${png.height}`);
    // Opaque background (the theme's), and a good number of pixels far from it: axes, labels, curves.
    const { rgba } = png;
    const bg = [rgba[0], rgba[1], rgba[2]];
    assert.equal(rgba[3], 255, 'opaque');
    let drawn = 0;
    const colours = new Set<string>();
    for (let i = 0; i < rgba.length; i += 4) {
      const d = Math.abs(rgba[i] - bg[0]) + Math.abs(rgba[i + 1] - bg[1]) + Math.abs(rgba[i + 2] - bg[2]);
      if (d > 100) {
        drawn++;
        colours.add(`${rgba[i] >> 5},${rgba[i + 1] >> 5},${rgba[i + 2] >> 5}`);
      }
    }
    assert.ok(drawn > 1500, `${drawn} drawn pixels`);
    assert.ok(colours.size >= 3, `only ${colours.size} colours: the curve, text and the grid should differ`);
  });

  test('export without a plot open fails with a clear message', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor('the plot to close', () => plotTabs().length === 0);
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('activationLens.plot.export', { format: 'csv', path: path.join(dir, 'x.csv') })),
      /no plot is open/,
    );
  });
});
