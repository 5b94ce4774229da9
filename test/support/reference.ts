// Loads the vendored float64 reference values (correctly rounded, from 60-digit mpmath; see fixtures/REFERENCE.md)
// and measures distances in ulp the way the reference's README defines them.
import { brotliDecompressSync } from 'node:zlib';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export interface ReferenceSet {
  fn: string;
  params: Record<string, number>;
  source: string;
  x: number[];
  f: number[];
  df: number[];
  d2f: number[];
  kink: number[];
  kink2: number[];
}

const num = (v: number | string): number => (v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v === 'nan' ? NaN : (v as number));

function parseLines(text: string, source: string): ReferenceSet[] {
  const sets: ReferenceSet[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line);
    if (d.meta) continue;
    const params: Record<string, number> = {};
    for (const [k, v] of Object.entries(d.params as Record<string, number | string>)) params[k] = num(v);
    sets.push({
      fn: d.fn,
      params,
      source,
      x: d.x.map(num),
      f: d.f.map(num),
      df: d.df.map(num),
      d2f: d.d2f.map(num),
      kink: d.kink ?? [],
      kink2: d.kink2 ?? [],
    });
  }
  return sets;
}

/** Fixture folder, found from the compiled test's location or the working directory. */
export function fixturesDir(): string {
  for (const base of [join(__dirname, '..', '..', '..', 'test', 'fixtures'), join(process.cwd(), 'test', 'fixtures')]) {
    if (existsSync(join(base, 'activations-f64.jsonl.br'))) return base;
  }
  throw new Error('test/fixtures/activations-f64.jsonl.br not found');
}

/** The shared reference plus every extra set under fixtures/extra (same format, other params and points). */
export function loadReference(): ReferenceSet[] {
  const dir = fixturesDir();
  const read = (p: string) => brotliDecompressSync(readFileSync(p)).toString('utf8');
  const sets = parseLines(read(join(dir, 'activations-f64.jsonl.br')), 'shared');
  const extra = join(dir, 'extra');
  if (existsSync(extra)) {
    for (const name of readdirSync(extra).sort()) {
      if (name.endsWith('.jsonl.br')) sets.push(...parseLines(read(join(extra, name)), name));
    }
  }
  return sets;
}

const buf = new DataView(new ArrayBuffer(8));

/** A float64 as a signed integer whose order is the order of the numbers (both zeros map to 0). */
function ordinal(v: number): bigint {
  buf.setFloat64(0, v);
  const bits = buf.getBigInt64(0);
  return bits < 0n ? -(bits & 0x7fffffffffffffffn) : bits;
}

/** Distance in ulp; NaN vs NaN is 0, NaN vs a number is Infinity. */
export function ulpDistance(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
  const d = ordinal(a) - ordinal(b);
  return Number(d < 0n ? -d : d);
}
