// Entry point of the integration suite, loaded by a real VS Code extension host. Both runners call `run()`:
// @vscode/test-electron (desktop VS Code, `extensionTestsPath`) and scripts/test-bench/run-integration.mjs
// (code-server + Chromium, the same path in the test payload). Mocha's output goes to the console, which
// the extension host forwards to the runner; a rejected promise makes the runner exit non-zero.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/** Every bundled `*.test.js` under `dir` (esbuild writes them next to this file's bundle). */
function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...testFiles(p));
    else if (entry.name.endsWith('.test.js')) out.push(p);
  }
  return out.sort();
}

export function run(): Promise<void> {
  // The reporter logs printf-style (console.log('%s', x)); the web workbench forwards the extension host's
  // console without substituting, so substitute here.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(format(...args));
  const mocha = new Mocha({
    ui: 'tdd',
    reporter: 'spec',
    color: false,
    timeout: 30_000,
    // A test-name filter, e.g. MOCHA_GREP=activat npm run test:integration.
    ...(process.env.MOCHA_GREP ? { grep: process.env.MOCHA_GREP } : {}),
  });
  const files = testFiles(__dirname);
  if (files.length === 0) return Promise.reject(new Error(`no *.test.js files next to ${__filename}`));
  for (const file of files) mocha.addFile(file);

  return new Promise((resolve, reject) => {
    try {
      console.log(`[integration-suite] start: ${files.length} file(s), ${process.env.MOCHA_GREP ? `grep ${process.env.MOCHA_GREP}` : 'all tests'}`);
      const runner = mocha.run((failures) => {
        const { passes = 0, pending = 0 } = runner.stats ?? {};
        // The closing line CI reads: 'N passed, N failed'.
        console.log(`integration: ${passes} passed, ${failures} failed, ${pending} skipped`);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
        else if (passes === 0) reject(new Error('no integration test ran.'));
        else resolve();
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
