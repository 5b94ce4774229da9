// End-to-end checks of the extension in a real VS Code web workbench (code-server) driven by headless
// Chromium. The extension is loaded from the project folder (extensionDevelopmentPath, no test runner),
// test/fixtures/workspace is the workspace, and every test/e2e/*.e2e.mjs runs in turn:
//   export const name = 'what it checks';
//   export async function run({ page, openFile, hoverText, showHover, webviewFrames, screenshot, ... }) {}
// (helpers: scripts/test-bench/workbench.mjs). Screenshots go to test-output/e2e/, and a failed check
// leaves <name>-FAILED.png there. E2E_GREP=text runs only the checks whose name or file contains it.
// With `--vsix` (the VSIX `npm run package` wrote) or E2E_VSIX=path, the checks run against that VSIX
// installed into the throwaway extensions dir instead (no extensionDevelopmentPath), then the run checks
// in the extension host's log that the code that ran was loaded from there; output in test-output/e2e-vsix/.
// Checks that export `locale = 'zh-cn'` run only with `--locale zh-cn` (or E2E_LOCALE=zh-cn): a second pass,
// in a code-server whose display language is that locale; it adds to the output dir instead of clearing it.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PROJECT, assertBuilt, launchBrowser, startCodeServer, tail } from './codeServer.mjs';
import { CACHE, ROOT, VSIX } from './paths.mjs';
import { EXTENSION_ID, createHelpers, waitForWorkbench } from './workbench.mjs';

const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS || 300_000);
const CHECK_TIMEOUT_MS = Number(process.env.E2E_CHECK_TIMEOUT_MS || 90_000);
const CHECKS_DIR = join(ROOT, 'test', 'e2e');
const VSIX_UNDER_TEST = process.env.E2E_VSIX ? resolve(process.env.E2E_VSIX) : process.argv.includes('--vsix') ? VSIX : undefined;
const OUTPUT = join(ROOT, 'test-output', VSIX_UNDER_TEST ? 'e2e-vsix' : 'e2e');
const LOCALE = process.env.E2E_LOCALE || (process.argv.includes('--locale') ? process.argv[process.argv.indexOf('--locale') + 1] : undefined);
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
    if (mod.locale !== LOCALE) continue; // a locale's checks run in their own pass (--locale)
    const check = { file, name: mod.name ?? file, run: mod.run, timeout: mod.timeout ?? CHECK_TIMEOUT_MS };
    if (!grep || check.name.includes(grep) || file.includes(grep)) checks.push(check);
  }
  return checks;
}

/**
 * Files (absolute paths) the extension host loaded extension code from, under the project (not the bench's
 * built-in extensions in .vscode-test/) or the extensions dir, read from its trace log
 * (`ExtensionService#loadModule [cjs] -> file:///.../extension.js`).
 */
function loadedExtensionModules(server) {
  const logs = [];
  const walk = (dir) => {
    for (const name of existsSync(dir) ? readdirSync(dir) : []) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.log')) logs.push(p);
    }
  };
  walk(join(server.dirs.userData, 'logs'));
  const loaded = new Set();
  for (const file of logs) {
    for (const m of readFileSync(file, 'utf8').matchAll(/ExtensionService#loadModule \[\w+\] -> (file:\/\/\S+)/g)) {
      const path = fileURLToPath(m[1]);
      const inProject = path.startsWith(`${ROOT}/`) && !path.startsWith(`${CACHE}/`);
      if (inProject || path.startsWith(`${server.dirs.extensions}/`)) loaded.add(path);
    }
  }
  return [...loaded];
}

async function main() {
  if (VSIX_UNDER_TEST) {
    if (!existsSync(VSIX_UNDER_TEST)) throw new Error(`no VSIX at ${VSIX_UNDER_TEST} (npm run package writes ${VSIX})`);
  } else assertBuilt(PROJECT.extensionMain);
  const checks = await loadChecks();
  if (checks.length === 0 && LOCALE) {
    log(`no e2e checks for --locale ${LOCALE}${process.env.E2E_GREP ? ` matching E2E_GREP=${process.env.E2E_GREP}` : ''}`);
    return 0;
  }
  if (checks.length === 0) throw new Error(`no e2e checks to run in ${CHECKS_DIR}${process.env.E2E_GREP ? ` matching E2E_GREP=${process.env.E2E_GREP}` : ''}`);
  if (!LOCALE) rmSync(OUTPUT, { recursive: true, force: true });
  mkdirSync(OUTPUT, { recursive: true });

  const started = Date.now();
  const server = await startCodeServer(
    // trace: the extension host logs the file each extension's code is loaded from (checked at the end).
    { ...(VSIX_UNDER_TEST ? { label: 'e2e-vsix', installExtensions: [VSIX_UNDER_TEST], logLevel: 'trace' } : { label: 'e2e' }), locale: LOCALE },
  );
  log(`code-server on ${server.url} (pid group ${server.pid})${LOCALE ? `, display language ${LOCALE}` : ''}`);
  if (VSIX_UNDER_TEST) log(`installed ${VSIX_UNDER_TEST} into ${server.dirs.extensions}`);
  let browser;
  const consoleLines = [];
  const results = [];
  try {
    browser = await launchBrowser(server);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
    const url = server.workbenchUrl(PROJECT.workspace, VSIX_UNDER_TEST ? [] : [['extensionDevelopmentPath', server.remoteUri(PROJECT.root)]]);
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
    if (VSIX_UNDER_TEST) {
      // What ran must be what ships: our code loaded from the installed VSIX, never from the project.
      const check = { file: 'run-e2e.mjs', name: `${EXTENSION_ID} ran from the installed VSIX` };
      const loaded = loadedExtensionModules(server);
      const installed = loaded.filter((p) => p.startsWith(`${server.dirs.extensions}/${EXTENSION_ID}-`));
      if (installed.length > 0 && installed.length === loaded.length) {
        results.push({ check });
        console.log(`  ✔ ${check.name} (${installed.join(', ')})`);
      } else {
        const error = new Error(`extension code loaded from ${JSON.stringify(loaded)}; expected only files under ${server.dirs.extensions}`);
        results.push({ check, error });
        console.log(`  ✘ ${check.name}\n      ${error.message}`);
      }
    }
  } finally {
    writeFileSync(join(OUTPUT, `browser-console${LOCALE ? `-${LOCALE}` : ''}.log`), consoleLines.join('\n') + '\n');
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
