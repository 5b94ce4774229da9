// End-to-end checks of the extension in a real VS Code web workbench (code-server) driven by headless
// Chromium. The extension is loaded from the project folder (extensionDevelopmentPath, no test runner),
// test/fixtures/workspace is the workspace, and every test/e2e/*.e2e.mjs runs in turn:
//   export const name = 'what it checks';
//   export async function run({ page, openFile, hoverText, showHover, webviewFrames, screenshot, ... }) {}
// (helpers: scripts/test-bench/workbench.mjs). Screenshots go to test-output/e2e/, and a failed check
// leaves <name>-FAILED.png there. E2E_GREP=text runs only the checks whose name or file contains it.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT, assertBuilt, launchBrowser, startCodeServer, tail } from './codeServer.mjs';
import { ROOT } from './paths.mjs';
import { createHelpers, waitForWorkbench } from './workbench.mjs';

const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS || 300_000);
const CHECK_TIMEOUT_MS = Number(process.env.E2E_CHECK_TIMEOUT_MS || 90_000);
const CHECKS_DIR = join(ROOT, 'test', 'e2e');
const OUTPUT = join(ROOT, 'test-output', 'e2e');
const log = (msg) => console.log(`[e2e] ${msg}`);

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

async function loadChecks() {
  const grep = process.env.E2E_GREP;
  const files = readdirSync(CHECKS_DIR).filter((f) => f.endsWith('.e2e.mjs')).sort();
  const checks = [];
  for (const file of files) {
    const mod = await import(pathToFileURL(join(CHECKS_DIR, file)).href);
    if (typeof mod.run !== 'function') throw new Error(`test/e2e/${file} exports no run() function`);
    const check = { file, name: mod.name ?? file, run: mod.run, timeout: mod.timeout ?? CHECK_TIMEOUT_MS };
    if (!grep || check.name.includes(grep) || file.includes(grep)) checks.push(check);
  }
  return checks;
}

async function main() {
  assertBuilt(PROJECT.extensionMain);
  const checks = await loadChecks();
  if (checks.length === 0) throw new Error(`no e2e checks to run in ${CHECKS_DIR}${process.env.E2E_GREP ? ` matching E2E_GREP=${process.env.E2E_GREP}` : ''}`);
  rmSync(OUTPUT, { recursive: true, force: true });
  mkdirSync(OUTPUT, { recursive: true });

  const started = Date.now();
  const server = await startCodeServer({ label: 'e2e' });
  log(`code-server on ${server.url} (pid group ${server.pid})`);
  let browser;
  const consoleLines = [];
  const results = [];
  try {
    browser = await launchBrowser(server);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
    const url = server.workbenchUrl(PROJECT.workspace, [['extensionDevelopmentPath', server.remoteUri(PROJECT.root)]]);
    const openWorkbench = async () => {
      await page.goto(url);
      await waitForWorkbench(page);
    };
    await openWorkbench().catch((err) => {
      throw new Error(`the workbench did not load: ${err.message}\ncode-server log (tail):\n${tail(server.log())}`);
    });
    log(`workbench ready in ${((Date.now() - started) / 1000).toFixed(1)} s; ${checks.length} check(s)`);
    const helpers = createHelpers({ page, server, outputDir: OUTPUT });

    for (const check of checks) {
      if (Date.now() - started > TIMEOUT_MS) {
        results.push({ check, error: new Error(`not run: the e2e run exceeded ${TIMEOUT_MS / 1000} s`) });
        continue;
      }
      const t0 = Date.now();
      try {
        await withTimeout(check.run(helpers), check.timeout, `check "${check.name}"`);
        results.push({ check, ms: Date.now() - t0 });
        console.log(`  ✔ ${check.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      } catch (error) {
        results.push({ check, error, ms: Date.now() - t0 });
        console.log(`  ✘ ${check.name} (${check.file})\n      ${String(error?.stack ?? error).split('\n').join('\n      ')}`);
        await helpers.screenshot(`${check.file.replace(/\.e2e\.mjs$/, '')}-FAILED`).catch(() => {});
        await openWorkbench().catch((err) => log(`could not reload the workbench: ${err.message}`)); // next check starts clean
        continue;
      }
      await helpers.dismiss().catch(() => {});
      await helpers.runCommand('View: Close All Editors').catch(() => {});
    }
  } finally {
    writeFileSync(join(OUTPUT, 'browser-console.log'), consoleLines.join('\n') + '\n');
    await browser?.close().catch(() => {});
    await server.stop().catch(() => {});
  }

  const failed = results.filter((r) => r.error).length;
  const passed = results.length - failed;
  if (failed) log(`screenshots and browser-console.log in ${OUTPUT}`);
  log(`finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

try {
  process.exitCode = await withTimeout(main(), TIMEOUT_MS + 60_000, 'the e2e run');
} catch (err) {
  console.error(`[e2e] ERROR: ${err instanceof Error ? err.stack : err}`);
  process.exitCode = 1;
}
// Playwright or a stuck check can hold the event loop; everything was stopped in main()'s finally.
if (process.exitCode !== 0) setTimeout(() => process.exit(process.exitCode), 2_000).unref();
