// Sampling for the chart: a per-curve cache (a slider step re-samples only the curve it changed), the fitted
// y range, and the copy into Chart.js point objects. Pure (no DOM, no Chart.js): unit-tested in Node.
import { getActivation, sampleCurve, validateParams, type Curve } from '../src/core';
import { DERIVATIVES, type CurveState, type Derivative, type Range } from '../src/plot/protocol';
import { LIMITS, decodeParams } from '../src/plot/validate';

export interface Point {
  x: number;
  y: number;
}

/** Remembers the last samples of each curve slot and re-samples only when its id, parameters or x range change. */
export class SampleCache {
  private slots: { key: string; curve: Curve }[] = [];
  /** How many curves were actually sampled since the last `resetCount()` (for tests and the bench). */
  sampled = 0;

  get(index: number, c: CurveState, x: Range, n: number): Curve {
    const key = `${c.id}|${JSON.stringify(c.params)}|${x.min}|${x.max}|${n}`;
    const slot = this.slots[index];
    if (slot && slot.key === key) return slot.curve;
    const curve = sampleCurve(c.id, decodeParams(c.params), x.min, x.max, n);
    this.slots[index] = { key, curve };
    this.sampled++;
    return curve;
  }

  /** Forgets slots past `length` (curves were removed). */
  truncate(length: number): void {
    this.slots.length = Math.min(this.slots.length, length);
  }

  clear(): void {
    this.slots = [];
  }
}

/**
 * A y range showing every finite value of the shown derivatives, and y = 0, with 6% headroom.
 * A flat set of curves gets a unit-high window; the result always passes the y-range check.
 */
export function fitY(curves: readonly Curve[], show: Readonly<Record<Derivative, boolean>>): Range {
  let lo = 0;
  let hi = 0;
  for (const c of curves) {
    for (const d of DERIVATIVES) {
      if (!show[d]) continue;
      const ys = c[d];
      for (let i = 0; i < ys.length; i++) {
        const v = ys[i];
        if (v < lo) lo = v; // NaN compares false: skipped
        else if (v > hi) hi = v;
      }
    }
  }
  const cap = LIMITS.maxAbsY / 4;
  lo = Math.max(lo, -cap);
  hi = Math.min(hi, cap);
  if (hi - lo < 1e-12 * Math.max(1, Math.abs(lo), Math.abs(hi))) {
    const pad = Math.max(1, Math.abs(hi) * 0.1);
    return { min: lo - pad, max: hi + pad };
  }
  const pad = (hi - lo) * 0.06;
  return { min: lo - pad, max: hi + pad };
}

/** Makes `points` hold exactly `n` objects (kept and reused: a redraw allocates nothing). */
export function ensurePoints(points: Point[], n: number): Point[] {
  while (points.length < n) points.push({ x: 0, y: 0 });
  points.length = n;
  return points;
}

/**
 * Copies samples into `points`, keeping at most about `target` of them (NaN-aware Largest-Triangle-Three-
 * Buckets: each unbroken run is decimated on its own, a NaN point between runs keeps the break; with about
 * one point per device pixel the line looks the same and Chart.js does a third of the work).
 * NaN stays NaN (Chart.js breaks the line there); everything else is clamped a thousand window-heights
 * outside `y`, so a line leaving the window keeps its direction on screen while the canvas never sees
 * astronomically large or infinite coordinates.
 */
export function fillPoints(points: Point[], xs: Float64Array, ys: Float64Array, y: Range, target = Infinity): void {
  const span = (y.max - y.min) * 1000;
  const lo = y.min - span;
  const hi = y.max + span;
  const n = xs.length;
  if (scratch.length < n) scratch = new Float64Array(n);
  const c = scratch;
  for (let i = 0; i < n; i++) {
    const v = ys[i];
    c[i] = v !== v ? NaN : v < lo ? lo : v > hi ? hi : v;
  }
  if (!(target < n)) {
    ensurePoints(points, n);
    for (let i = 0; i < n; i++) {
      const p = points[i];
      p.x = xs[i];
      p.y = c[i];
    }
    return;
  }
  let out = 0;
  let i = 0;
  while (i < n) {
    if (c[i] !== c[i]) {
      // One NaN point per break is enough to cut the line.
      if (out > 0 && points[out - 1].y === points[out - 1].y) out = put(points, out, xs[i], NaN);
      i++;
      continue;
    }
    let j = i;
    while (j < n && c[j] === c[j]) j++;
    out = lttbRun(points, out, xs, c, i, j, Math.max(3, Math.round((target * (j - i)) / n)));
    i = j;
  }
  points.length = out;
}

/** Clamped samples of the series being copied (one buffer, reused). */
let scratch = new Float64Array(0);

function put(points: Point[], out: number, x: number, y: number): number {
  if (out === points.length) points.push({ x, y });
  else {
    const p = points[out];
    p.x = x;
    p.y = y;
  }
  return out + 1;
}

/** LTTB of samples [from, to) (none NaN) into `points` from index `out`, `m` >= 3 points; returns the new end. */
function lttbRun(points: Point[], out: number, xs: Float64Array, ys: Float64Array, from: number, to: number, m: number): number {
  const len = to - from;
  if (len <= m) {
    for (let k = from; k < to; k++) out = put(points, out, xs[k], ys[k]);
    return out;
  }
  const every = (len - 2) / (m - 2);
  let a = from;
  out = put(points, out, xs[a], ys[a]);
  for (let b = 0; b < m - 2; b++) {
    // Average of the next bucket: the third corner of the triangles.
    const nextStart = from + 1 + Math.floor((b + 1) * every);
    const nextEnd = Math.min(to, from + 1 + Math.floor((b + 2) * every));
    let ax = 0;
    let ay = 0;
    for (let k = nextStart; k < nextEnd; k++) {
      ax += xs[k];
      ay += ys[k];
    }
    const cnt = nextEnd - nextStart || 1;
    ax /= cnt;
    ay /= cnt;
    const start = from + 1 + Math.floor(b * every);
    const end = from + 1 + Math.floor((b + 1) * every);
    const px = xs[a];
    const py = ys[a];
    let best = start;
    let bestArea = -1;
    for (let k = start; k < end; k++) {
      const area = Math.abs((px - ax) * (ys[k] - py) - (px - xs[k]) * (ay - py));
      if (area > bestArea) {
        bestArea = area;
        best = k;
      }
    }
    out = put(points, out, xs[best], ys[best]);
    a = best;
  }
  return put(points, out, xs[to - 1], ys[to - 1]);
}

/** f, f' and f'' of one curve at x (the readout), exactly as the core computes them; NaN if it cannot. */
export function valuesAt(c: CurveState, x: number): Record<Derivative, number> {
  const act = getActivation(c.id);
  const p = act && validateParams(c.id, decodeParams(c.params));
  if (!act || !p?.ok) return { f: NaN, df: NaN, d2f: NaN };
  const out = { f: NaN, df: NaN, d2f: NaN };
  act.all(x, p.value, out);
  return out;
}
