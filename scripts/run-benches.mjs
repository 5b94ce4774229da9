// Runs every benchmark in its own process, one after another: the bundled ones (out/bench/*.bench.js) and the
// plain-JS ones that drive a browser (bench/*.bench.mjs).
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const only = process.argv[2];
const benches = [
  ...readdirSync('out/bench').filter((n) => n.endsWith('.bench.js')).sort().map((n) => `out/bench/${n}`),
  ...readdirSync('bench').filter((n) => n.endsWith('.bench.mjs')).sort().map((n) => `bench/${n}`),
];
let failed = 0;
for (const f of benches) {
  if (only && !f.includes(only)) continue;
  console.log(`\n== ${f}`);
  const r = spawnSync(process.execPath, [f], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
