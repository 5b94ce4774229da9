// Samples f, f' and f'' of an activation on a uniform grid for plotting.
import type { DefinedActivation } from './define';
import type { Triple } from './types';
import { checkParams, checkRange } from './validate';

export interface Curve {
  x: Float64Array;
  f: Float64Array;
  df: Float64Array;
  d2f: Float64Array;
}

/**
 * n points on [xmin, xmax] (both ends included). Where a curve jumps between two samples, the sample
 * nearer the jump is NaN so that a line plot breaks there instead of drawing a false vertical segment:
 * f breaks at `jumps`, f' at `jumps` and `kinks`, f'' at all three and `kinks2`.
 * Throws an Error with a readable message for an unknown id, bad parameters or a bad range.
 */
export function sampleWith(
  act: DefinedActivation,
  params: Record<string, number> | undefined,
  xmin: number,
  xmax: number,
  n: number,
): Curve {
  const p = checkParams(act, params);
  if (!p.ok) throw new Error(p.errors.join(' '));
  const r = checkRange(xmin, xmax, n);
  if (!r.ok) throw new Error(r.errors.join(' '));
  const resolved = p.value;
  const x = new Float64Array(n);
  const f = new Float64Array(n);
  const df = new Float64Array(n);
  const d2f = new Float64Array(n);
  const h = (xmax - xmin) / (n - 1);
  const out: Triple = { f: 0, df: 0, d2f: 0 };
  const all = act.all;
  for (let i = 0; i < n; i++) {
    const xi = i === n - 1 ? xmax : xmin + i * h;
    x[i] = xi;
    all(xi, resolved, out);
    f[i] = out.f;
    df[i] = out.df;
    d2f[i] = out.d2f;
  }
  const jumps = act.jumps(resolved);
  const kinks = act.kinks(resolved);
  const kinks2 = act.kinks2(resolved);
  breakAt(jumps, x, h, f, df, d2f);
  breakAt(kinks, x, h, df, d2f);
  breakAt(kinks2, x, h, d2f);
  return { x, f, df, d2f };
}

/** Sets NaN, in every array of `ys`, at the sample nearest each point of `at` that lies within the grid. */
function breakAt(at: readonly number[], x: Float64Array, h: number, ...ys: Float64Array[]): void {
  const n = x.length;
  for (const a of at) {
    if (!(a >= x[0] && a <= x[n - 1])) continue;
    const i = Math.min(n - 1, Math.max(0, Math.round((a - x[0]) / h)));
    for (const y of ys) y[i] = NaN;
  }
}
