// Starts code-server (a real VS Code: server, remote extension host and web workbench) on loopback with
// throwaway state, and drives it with playwright-core + Debian Chromium. Shared by run-integration.mjs
// and run-e2e.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CODE_SERVER_ENTRY, NODE_BIN, NODE_EXE, ROOT, assertInstalled } from './paths.mjs';

/** Chromium flags for this machine's closed network (see shared notes: without them it retries Google hosts). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** User settings of every bench workbench. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
};

const live = new Map(); // process group -> its temp dir, to kill and remove if this process dies before stop()

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // ESRCH: the group is gone
  }
}

process.on('exit', () => {
  for (const [pid, base] of live) {
    killGroup(pid, 'SIGKILL');
    if (process.env.BENCH_KEEP !== '1') rmSync(base, { recursive: true, force: true });
  }
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`[bench] ${signal}: stopping code-server`);
    process.exit(128 + constants.signals[signal]); // the 'exit' handler above kills the groups
  });
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts code-server in its own process group (the folder is chosen per page: workbenchUrl), with HOME,
 * XDG dirs, user data and extensions in a fresh temp dir. Resolves when /healthz answers. `stop()` kills
 * the whole group and removes the dir (kept when BENCH_KEEP=1, for debugging; its path is printed).
 * `settings` are added to the user settings. `installExtensions` (VSIX paths) are installed into the
 * throwaway extensions dir first, as a user would (`code-server --install-extension`). `logLevel` (e.g.
 * 'trace') is the server's and extension host's log level. `locale` (e.g. 'zh-cn') is the display language:
 * `vscode.env.language` and the language of extensions' package.nls.<locale>.json and l10n bundles.
 */
export async function startCodeServer({ label = 'bench', settings = {}, installExtensions = [], logLevel, locale } = {}) {
  assertInstalled();
  const base = mkdtempSync(join(tmpdir(), `activation-lens-${label}-`));
  const dirs = {
    base,
    home: join(base, 'home'),
    userData: join(base, 'user-data'),
    extensions: join(base, 'extensions'),
    browserHome: join(base, 'browser-home'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  for (const d of ['.config', '.local/share', '.cache']) mkdirSync(join(dirs.home, d), { recursive: true });
  // User settings for a quiet, deterministic workbench: no chat panel, no update or gallery checks.
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  if (locale) {
    // `--locale` alone leaves VS Code in English: a display language needs a language pack, which it finds
    // in languagepacks.json. An empty one (no translations: VS Code's own UI stays English) is enough for
    // the workbench and extension host to run in `locale`.
    const translations = join(base, 'language-pack.i18n.json');
    writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
    const pack = { hash: 'bench', extensions: [{ extensionIdentifier: { id: 'bench.language-pack' }, version: '1.0.0' }], translations: { vscode: translations }, label: locale };
    writeFileSync(join(dirs.userData, 'languagepacks.json'), JSON.stringify({ [locale]: pack }));
  }
  const config = join(base, 'config.yaml');
  writeFileSync(config, '');
  const logFile = join(base, 'code-server.log');

  const port = await freePort();
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(VSCODE_|ELECTRON_|npm_|PASSWORD|HASHED_PASSWORD|CODE_SERVER_)/.test(k)),
  );
  Object.assign(env, {
    HOME: dirs.home,
    XDG_CONFIG_HOME: join(dirs.home, '.config'),
    XDG_DATA_HOME: join(dirs.home, '.local/share'),
    XDG_CACHE_HOME: join(dirs.home, '.cache'),
    PATH: `${NODE_BIN}:${process.env.PATH}`,
    // Without it a built workbench ignores the test payload (extensionTestsPath) and exposes no driver.
    VSCODE_OPTIONS: 'enable-smoke-test-driver',
  });
  const args = [
    CODE_SERVER_ENTRY,
    '--config', config,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--disable-proxy',
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    ...(logLevel ? ['--log', logLevel] : []),
    ...(locale ? ['--locale', locale] : []),
  ];
  for (const vsix of installExtensions) {
    const r = spawnSync(NODE_EXE, [CODE_SERVER_ENTRY, '--config', config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', vsix], {
      cwd: dirs.home,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    });
    if (r.status !== 0 || !/successfully installed/.test(r.stdout)) {
      if (process.env.BENCH_KEEP !== '1') rmSync(base, { recursive: true, force: true });
      throw new Error(`code-server --install-extension ${vsix} failed (${r.error?.message ?? `exit ${r.status ?? r.signal}`}):\n${tail(`${r.stdout}${r.stderr}`)}`);
    }
  }
  const out = openSync(logFile, 'a');
  // detached: the child calls setsid(), so it leads a new process group that stop() kills as a whole.
  const child = spawn(NODE_EXE, args, { cwd: dirs.home, env, detached: true, stdio: ['ignore', out, out] });
  live.set(child.pid, base);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });

  const url = `http://127.0.0.1:${port}`;
  const server = {
    port,
    url,
    dirs,
    logFile,
    pid: child.pid,
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
    /** `vscode-remote://` URI of a local path, as the workbench on this server names it. */
    remoteUri: (absPath) => `vscode-remote://127.0.0.1:${port}${encodeURI(absPath)}`,
    /** Workbench URL that opens `folder` with a test payload (pairs such as ['extensionDevelopmentPath', uri]). */
    workbenchUrl(folder, payload = []) {
      const q = new URLSearchParams({ folder });
      q.set('payload', JSON.stringify([...payload, ['skipWelcome', 'true']]));
      return `${url}/?${q}`;
    },
    async stop() {
      if (live.has(child.pid)) {
        killGroup(child.pid, 'SIGTERM');
        for (let i = 0; i < 50 && killGroup(child.pid, 0); i++) await sleep(100);
        killGroup(child.pid, 'SIGKILL');
        for (let i = 0; i < 20 && killGroup(child.pid, 0); i++) await sleep(100);
        live.delete(child.pid);
      }
      if (process.env.BENCH_KEEP === '1') console.log(`[bench] kept ${base}`);
      else rmSync(base, { recursive: true, force: true, maxRetries: 3 });
    },
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) {
      await server.stop();
      throw new Error(`code-server exited at start (${JSON.stringify(exited)}):\n${tail(server.log())}`);
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      const log = server.log();
      await server.stop();
      throw new Error(`code-server did not answer /healthz within 60 s:\n${tail(log)}`);
    }
    await sleep(200);
  }
  return server;
}

/** The last `n` lines of `text`. */
export function tail(text, n = 40) {
  return text.split('\n').slice(-n).join('\n');
}

/** Headless Debian Chromium through playwright-core, with a throwaway profile and HOME. */
export async function launchBrowser(server) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, HOME: server.dirs.browserHome },
  });
}

/** Project paths the runners pass to the workbench. */
export const PROJECT = {
  root: ROOT,
  workspace: join(ROOT, 'test', 'fixtures', 'workspace'),
  extensionMain: join(ROOT, 'dist', 'extension.js'),
  integrationIndex: join(ROOT, 'out', 'test', 'integration', 'index.js'),
};

/** Fails with what to run when the extension (or the suite) was not built. */
export function assertBuilt(...files) {
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`not built: ${missing.join(', ')} (run npm run build / node esbuild.mjs --integration)`);
}
