// Runs every bundled benchmark (out/bench/*.bench.js) in its own process, one after another.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const only = process.argv[2];
let failed = 0;
for (const f of readdirSync('out/bench').filter((n) => n.endsWith('.bench.js')).sort()) {
  if (only && !f.includes(only)) continue;
  console.log(`\n== ${f}`);
  const r = spawnSync(process.execPath, [`out/bench/${f}`], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
