// `npm run package`: the production build, then `vsce package` into <name>-<version>.vsix, then checks on
// what the VSIX holds. Fails on any vsce warning (vsce would otherwise ask "Do you want to continue?"; here
// it gets no stdin, so nothing waits for an answer), on a file the manifest points to that is missing, on
// anything outside what should ship (sources, tests, scripts, node_modules, sourcemaps) and above 1 MB.
// What ships is chosen by .vscodeignore (an allowlist); Chart.js is bundled, so --no-dependencies.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { ROOT, VSIX } from './test-bench/paths.mjs';

const MAX_BYTES = 1024 * 1024;
const log = (msg) => console.log(`[package] ${msg}`);

function fail(msg) {
  console.error(`[package] ERROR: ${msg}`);
  process.exit(1);
}

function run(args, what) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  if (r.status !== 0) fail(`${what} exited with ${r.status ?? r.signal ?? r.error?.message}`);
  return `${r.stdout}${r.stderr}`;
}

/** Entries of a zip file: name, sizes and (inflated on demand) contents, from its central directory. */
function readZip(file) {
  const buf = readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) fail(`${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) fail(`${file}: bad central directory entry ${i}`);
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLen = buf.readUInt16LE(at + 28);
    const skip = nameLen + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    const data = () => {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const raw = buf.subarray(start, start + compressed);
      return method === 0 ? raw : inflateRawSync(raw);
    };
    entries.push({ name, size, compressed, data });
    at += 46 + skip;
  }
  return entries;
}

/** Files under `dir` (relative to ROOT) whose name matches `re`. */
function filesIn(dir, re) {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true })
    .map((f) => join(abs, f))
    .filter((f) => statSync(f).isFile() && re.test(f))
    .map((f) => relative(ROOT, f));
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

log('production build: node esbuild.mjs --production');
run(['esbuild.mjs', '--production'], 'the production build');

rmSync(VSIX, { force: true });
const vsce = join(createRequire(import.meta.url).resolve('@vscode/vsce/package.json'), '..', 'vsce');
log(`vsce package --no-dependencies --out ${relative(ROOT, VSIX)}`);
const output = run([vsce, 'package', '--no-dependencies', '--out', VSIX], 'vsce package');
if (/\bWARNING\b/i.test(output)) fail('vsce warned (above): fix it at the source');
if (!existsSync(VSIX)) fail(`vsce wrote no ${VSIX}`);

const entries = readZip(VSIX);
const inVsix = new Set(entries.map((e) => e.name));
const problems = [];

// Everything the manifest points to, and every translation, must ship.
const mediaPaths = (m) => (typeof m === 'string' ? [m] : m && typeof m === 'object' ? Object.values(m).flatMap(mediaPaths) : []);
const wanted = [
  manifest.main,
  manifest.browser,
  manifest.icon,
  'dist/webview.js',
  'dist/webview.css',
  ...(manifest.contributes?.walkthroughs ?? []).flatMap((w) =>
    w.steps.flatMap((s) => mediaPaths({ image: s.media?.image, svg: s.media?.svg, markdown: s.media?.markdown })),
  ),
  ...readdirSync(ROOT).filter((f) => /^package\.nls(\.[\w-]+)?\.json$/.test(f)),
  ...filesIn('l10n', /\.json$/),
  ...filesIn('media/examples', /./),
].filter(Boolean);
for (const f of wanted) {
  const name = `extension/${f.replace(/^\.\//, '')}`;
  if (!inVsix.has(name)) problems.push(`missing ${name}`);
}
for (const f of ['extension/package.json', 'extension/readme.md', 'extension/changelog.md', 'extension/LICENSE.txt']) {
  if (!inVsix.has(f)) problems.push(`missing ${f}`);
}

// Nothing else: no sources, tests, scripts, build configs, dependencies or sourcemaps.
const forbidden = /^extension\/(src|test|scripts|webview|bench|examples|node_modules|out|\.vscode-test|test-output)\/|^extension\/[^/]+\.(ts|mjs|cjs)$|\.map$/;
for (const e of entries) if (forbidden.test(e.name)) problems.push(`ships ${e.name}`);

// The bundles are the production ones: minified, no sourcemap reference.
for (const e of entries.filter((x) => x.name.endsWith('.js'))) {
  const text = e.data().toString('utf8');
  if (/\/\/# sourceMappingURL=/.test(text)) problems.push(`${e.name} references a sourcemap (not a production build?)`);
  const lines = text.split('\n').length;
  if (e.size > 50_000 && e.size / lines < 500) problems.push(`${e.name} is not minified (${lines} lines for ${e.size} bytes)`);
}

const size = statSync(VSIX).size;
if (size > MAX_BYTES) problems.push(`the VSIX is ${size} bytes, over the ${MAX_BYTES}-byte budget`);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`\n${relative(ROOT, VSIX)}: ${kb(size)}, ${entries.length} entries (size, compressed):`);
for (const e of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
  console.log(`  ${e.name.padEnd(52)} ${kb(e.size).padStart(9)} ${kb(e.compressed).padStart(9)}`);
}
if (problems.length) fail(`the VSIX is not what should ship:\n  ${problems.join('\n  ')}`);
log(`ok: ${relative(ROOT, VSIX)} (${kb(size)})`);
