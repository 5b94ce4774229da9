// The web extension host bundle (vscode.dev, github.dev: a web worker) must not need Node: the only module it
// requires at run time is `vscode`, and no Node built-in or Node global is in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

test('the browser bundle of the extension host has no Node built-ins', () => {
  const root = join(__dirname, '..', '..', '..');
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build', 'checkWebBundle.mjs')], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { requires: string[]; nodeInputs: string[]; globals: string[]; bytes: number };
  assert.deepEqual(report.requires, ['vscode']);
  assert.deepEqual(report.nodeInputs, []);
  assert.deepEqual(report.globals, []);
  assert.ok(report.bytes > 10_000, 'the bundle has the extension in it');
});
