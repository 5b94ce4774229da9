// Runs the mocha integration suite (out/test/integration/index.js) inside a real VS Code extension host.
//   - Desktop VS Code through @vscode/test-electron when VSCODE_EXECUTABLE names one, or when
//     BENCH_RUNNER=electron (test-electron downloads VS Code: needs internet, and a display on Linux).
//   - Otherwise code-server + headless Chromium (works offline): the workbench gets the suite through its
//     test payload, forwards the extension host's console (mocha's reporter) to `codeAutomationLog`, and
//     reports the suite's exit code through `codeAutomationExit`.
// Exits with the suite's code. BENCH_TIMEOUT_MS (default 300000) bounds the whole run.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT, assertBuilt, launchBrowser, startCodeServer, tail } from './codeServer.mjs';
import { ROOT } from './paths.mjs';

const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS || 300_000);
const OUTPUT = join(ROOT, 'test-output', 'integration');
const log = (msg) => console.log(`[integration] ${msg}`);
/** The closing line test/integration/index.ts prints, repeated last. */
const SUMMARY = /^integration: \d+ passed, \d+ failed/;
let summary;
/** Printed by test/integration/index.ts when mocha starts. */
const SUITE_START = '[integration-suite] start';
/** Workbench messages that say nothing about the suite (offline gallery, chat, GitHub auth, sockets). */
const NOISE =
  /^\[(AgentHost|ChatModelSelection|AccountPolicyGate|Service Worker|reconnection-grace-time)\]|ENOTFOUND open-vsx\.org|^(Resolving|Resolved) connection token|^Creating a socket|^Updating additional builtin extensions cache/;

async function runWithTestElectron() {
  const { runTests } = await import('@vscode/test-electron');
  const options = {
    extensionDevelopmentPath: PROJECT.root,
    extensionTestsPath: PROJECT.integrationIndex,
    launchArgs: [PROJECT.workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
  };
  if (process.env.VSCODE_EXECUTABLE) options.vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
  log(`desktop VS Code via @vscode/test-electron (${options.vscodeExecutablePath ?? 'downloaded'})`);
  try {
    return await runTests(options);
  } catch (err) {
    console.error(`[integration] ${err instanceof Error ? err.message : err}`);
    return 1;
  }
}

async function runWithCodeServer() {
  const started = Date.now();
  rmSync(OUTPUT, { recursive: true, force: true });
  const server = await startCodeServer({ label: 'integration' });
  log(`code-server on ${server.url} (pid group ${server.pid}), started in ${Date.now() - started} ms`);
  let browser;
  let timer;
  const workbenchLog = [];
  try {
    browser = await launchBrowser(server);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const consoleLines = [];
    page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));

    let resolveExit;
    const exit = new Promise((resolve) => {
      resolveExit = resolve;
    });
    page.on('crash', () => resolveExit('crash'));
    await page.exposeFunction('codeAutomationExit', (code, logs) => {
      mkdirSync(OUTPUT, { recursive: true });
      for (const { relativePath, contents } of logs ?? []) {
        writeFileSync(join(OUTPUT, `workbench-${relativePath.replace(/[\\/]/g, '_')}`), contents);
      }
      resolveExit(code);
    });
    // codeAutomationLog gets the workbench's whole console log, the extension host's console (mocha's
    // reporter) among it. All of it goes to workbench-console.log; the terminal shows what the suite prints
    // (from its start marker on) and errors, less the workbench's known offline noise.
    let inSuite = false;
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = Array.isArray(args) ? args.join(' ') : String(args);
      workbenchLog.push(`[${type}] ${text}`);
      if (text.includes(SUITE_START)) inSuite = true;
      if (SUMMARY.test(text)) summary = text;
      if ((inSuite || type === 'error') && !NOISE.test(text)) (type === 'error' ? console.error : console.log)(text);
    });

    const url = server.workbenchUrl(PROJECT.workspace, [
      ['extensionDevelopmentPath', server.remoteUri(PROJECT.root)],
      ['extensionTestsPath', server.remoteUri(PROJECT.integrationIndex)],
    ]);
    log(`opening the workbench on ${PROJECT.workspace}`);
    await page.goto(url);

    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS);
    });
    const code = await Promise.race([exit, timeout]);
    if (code === 'crash') {
      console.error('[integration] the browser page crashed');
      return 1;
    }
    if (code === 'timeout') {
      mkdirSync(OUTPUT, { recursive: true });
      const shot = join(OUTPUT, 'timeout.png');
      await page.screenshot({ path: shot }).catch(() => {});
      writeFileSync(join(OUTPUT, 'browser-console.log'), consoleLines.join('\n') + '\n');
      console.error(
        `[integration] TIMEOUT: the suite did not finish within ${TIMEOUT_MS / 1000} s ` +
          `(screenshot ${shot}, browser console ${join(OUTPUT, 'browser-console.log')}).\n` +
          `code-server log (tail):\n${tail(server.log())}`,
      );
      return 1;
    }
    if (code !== 0) {
      mkdirSync(OUTPUT, { recursive: true });
      writeFileSync(join(OUTPUT, 'browser-console.log'), consoleLines.join('\n') + '\n');
      log(`browser console saved to ${join(OUTPUT, 'browser-console.log')}`);
    }
    log(`extension host exited with ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return code;
  } finally {
    clearTimeout(timer);
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(join(OUTPUT, 'workbench-console.log'), workbenchLog.join('\n') + '\n');
    await browser?.close().catch(() => {});
    await server.stop();
  }
}

try {
  assertBuilt(PROJECT.extensionMain, PROJECT.integrationIndex);
  const useElectron = Boolean(process.env.VSCODE_EXECUTABLE) || process.env.BENCH_RUNNER === 'electron';
  const code = useElectron ? await runWithTestElectron() : await runWithCodeServer();
  process.exitCode = code === 0 ? 0 : Number.isInteger(code) && code > 0 && code < 256 ? code : 1;
  if (summary) console.log(summary);
} catch (err) {
  console.error(`[integration] ERROR: ${err instanceof Error ? err.stack : err}`);
  process.exitCode = 1;
}
