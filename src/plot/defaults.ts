// Default views and labels shared by the host (new panels, presets, CSV) and the webview (reset view, legend).
// Pure: no `vscode`, no DOM.
import { getActivation } from '../core';
import type { CurveState, PlotState, Range } from './protocol';
import { decodeParams } from './validate';

/** The x window every plot starts from, before it widens to show kinks and jumps. */
export const DEFAULT_X: Range = { min: -5, max: 5 };

/** Kinks and jumps beyond this |x| do not widen the default window (e.g. a threshold at 1e4). */
const WIDEN_LIMIT = 50;
const WIDEN_MARGIN = 2;

/** [-5, 5], widened so that every kink and jump of every curve is in view with some room. */
export function defaultXRange(curves: readonly CurveState[]): Range {
  let { min, max } = DEFAULT_X;
  for (const c of curves) {
    const act = getActivation(c.id);
    if (!act) continue;
    const p = decodeParams(c.params);
    for (const k of [...act.kinks(p), ...act.kinks2(p), ...act.jumps(p)]) {
      if (!Number.isFinite(k) || Math.abs(k) > WIDEN_LIMIT) continue;
      min = Math.min(min, k - WIDEN_MARGIN);
      max = Math.max(max, k + WIDEN_MARGIN);
    }
  }
  return { min, max };
}

/** A fresh plot of `curves`: f and f' shown, the default x window, y fitted. */
export function defaultState(curves: readonly CurveState[]): PlotState {
  return { curves, show: { f: true, df: true, d2f: false }, x: defaultXRange(curves), y: null };
}

/** `curves` as a preset on a panel that already shows something: keep the derivative toggles, refit the view. */
export function presetState(previous: PlotState | undefined, curves: readonly CurveState[]): PlotState {
  const fresh = defaultState(curves);
  return previous ? { ...fresh, show: previous.show } : fresh;
}

/** Shortest text that reads back as the same number (Infinity as 'inf', as NumPy and Julia write it). */
export function numberText(v: number): string {
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  return String(v);
}

/** `elu(alpha=1)`: the id and every resolved parameter, as a machine-readable column label. */
export function curveLabel(c: CurveState): string {
  const act = getActivation(c.id);
  if (!act || act.params.length === 0) return c.id;
  const p = decodeParams(c.params);
  return `${c.id}(${act.params.map((s) => `${s.name}=${numberText(p[s.name] ?? s.default)}`).join(', ')})`;
}
