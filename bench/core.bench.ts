// Speed of the math core: ns/point for f, f', f'' and f+f' of every activation next to the textbook
// formulas measured in the same run, and the time to sample 2,001 points of f, f', f'' with sampleCurve.
// Targets: f+f' at most 2x textbook (geometric mean), at most 4x for any one; sampling < 100 us.
import { activations, sampleCurve } from '../src/core';
import { textbook } from './textbook';

type Fn = (x: number) => number;
const N = 4096;
// Inputs where activations are used: mostly [-8, 8], some tails, as a plot or a network would see them.
const xs = new Float64Array(N);
let seed = 12345;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
for (let i = 0; i < N; i++) xs[i] = i % 16 === 0 ? (rand() - 0.5) * 200 : (rand() - 0.5) * 16;

/**
 * A fresh loop per measurement (built with new Function so V8 keeps separate type feedback for each
 * and no measurement pays for another's call-site polymorphism).
 */
let loops = 0;
function makeLoop(): (fn: Fn, xs: Float64Array) => number {
  // The counter makes each source unique: V8 caches compiled functions (and their feedback) by source text.
  return new Function('fn', 'xs', `// loop ${loops++}\nlet s = 0; for (let i = 0; i < xs.length; i++) s += fn(xs[i]); return s;`) as never;
}

let sink = 0;
/** Median ns per point over several timed rounds, after warm-up. */
function nsPerPoint(fn: Fn): number {
  const loop = makeLoop();
  for (let i = 0; i < 200; i++) sink += loop(fn, xs);
  const rounds: number[] = [];
  for (let r = 0; r < 15; r++) {
    const reps = 40;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < reps; i++) sink += loop(fn, xs);
    rounds.push(Number(process.hrtime.bigint() - t0) / (reps * N));
  }
  rounds.sort((a, b) => a - b);
  return rounds[rounds.length >> 1];
}

/**
 * Median us per sampleCurve call of 2,001 points. Each call allocates 64 KB of typed arrays outside the JS heap;
 * a fresh process pays page faults on that memory until the external-memory GCs start recycling it (about the
 * first 40 MB, 600 calls here), and that start-up cost fell on the timed calls after a 300-call warm-up, by
 * +20 to +30 us depending on when the process happened to collect (code that allocated on the JS heap collected
 * earlier). 1,500 warm-up calls (~100 MB) put every activation past it: the steady state of a long-lived plot.
 */
function usPerSample(id: string): number {
  for (let i = 0; i < 1500; i++) sink += sampleCurve(id, undefined, -8, 8, 2001).f[7];
  const t: number[] = [];
  for (let r = 0; r < 200; r++) {
    const t0 = process.hrtime.bigint();
    sink += sampleCurve(id, undefined, -8, 8, 2001).f[7];
    t.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  t.sort((a, b) => a - b);
  return t[t.length >> 1];
}

const pad = (s: string | number, n: number) => String(s).padStart(n);

interface Row {
  id: string;
  f: number;
  df: number;
  d2f: number;
  ours: number;
  theirs: number;
  sample: number;
}

/** Measures one activation. Run in its own process: in a plot only a handful of activations share the hot code. */
function measure(id: string): Row {
  const a = activations.find((x) => x.id === id)!;
  const tb = textbook[id];
  const ours = nsPerPoint((x) => a.f(x) + a.df(x));
  const theirs = nsPerPoint((x) => tb.f(x) + tb.df(x));
  return {
    id,
    f: nsPerPoint((x) => a.f(x)),
    df: nsPerPoint((x) => a.df(x)),
    d2f: nsPerPoint((x) => a.d2f(x)),
    ours,
    theirs,
    sample: usPerSample(id),
  };
}

/** Fresh processes per activation; each figure is the median over them (the ratio: of the per-process ratios). */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];
/** Sub-nanosecond timings are noise: floor both at 1 ns so the trivial functions do not decide the ratio. */
const ratioOf = (row: Row) => Math.max(row.ours, 1) / Math.max(row.theirs, 1);

const one = process.argv[2];
if (one) {
  console.log(JSON.stringify(measure(one)));
} else {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
  console.log('math core speed: ns/point (median of 15 rounds over 4,096 inputs, mostly in [-8, 8]); sample = median us');
  console.log(`for sampleCurve of 2,001 points of f, f', f''. Each activation is measured in ${RUNS} fresh processes, one after`);
  console.log('another; each figure is the median over them (V8 inlines a large kernel or not depending on the order in which');
  console.log('it compiles the loop and the function, which differs from process to process: one process alone can be 40% off).');
  console.log(`${'activation'.padEnd(16)}${pad('f', 7)}${pad("f'", 7)}${pad("f''", 7)}${pad("f+f'", 7)}${pad('text', 7)}${pad('ratio', 7)}${pad('sample', 9)}`);
  const ratios: number[] = [];
  let worstSample = 0;
  let worstId = '';
  for (const a of activations) {
    const rows: Row[] = [];
    for (let k = 0; k < RUNS; k++) {
      const r = spawnSync(process.execPath, [__filename, a.id], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`benchmark of ${a.id} failed: ${r.stderr}`);
      rows.push(JSON.parse(r.stdout.trim().split('\n').pop()!) as Row);
    }
    const m = (key: keyof Row) => median(rows.map((r) => r[key] as number));
    const ratio = median(rows.map(ratioOf));
    ratios.push(ratio);
    const sample = m('sample');
    if (sample > worstSample) [worstSample, worstId] = [sample, a.id];
    console.log(
      `${a.id.padEnd(16)}${pad(m('f').toFixed(1), 7)}${pad(m('df').toFixed(1), 7)}${pad(m('d2f').toFixed(1), 7)}` +
        `${pad(m('ours').toFixed(1), 7)}${pad(m('theirs').toFixed(1), 7)}${pad(ratio.toFixed(2), 7)}${pad(sample.toFixed(1), 9)}`,
    );
  }
  const geo = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
  console.log(`f+f' vs textbook: geometric mean ${geo.toFixed(2)}x (target <= 2), worst ${Math.max(...ratios).toFixed(2)}x (target <= 4)`);
  console.log(`sampleCurve 2,001 points of f, f', f'': worst ${worstSample.toFixed(1)} us (${worstId}; target < 100 us)`);
}
if (sink === 42) console.log('');
