// State transitions of the plot, as pure functions from one PlotState to the next. The app checks every
// result with checkPlotState before it commits it, so an out-of-domain value never replaces a good plot.
import { getActivation } from '../src/core';
import { defaultXRange } from '../src/plot/defaults';
import type { CurveState, Derivative, PlotState, Range } from '../src/plot/protocol';
import { encodeParam } from '../src/plot/validate';

/** Appends `id` with its default parameters. */
export function addCurve(s: PlotState, id: string): PlotState {
  return { ...s, curves: [...s.curves, { id, params: {} }] };
}

export function removeCurve(s: PlotState, index: number): PlotState {
  return { ...s, curves: s.curves.filter((_, i) => i !== index) };
}

/** Sets one parameter of one curve (a value equal to the default is still stored: the user chose it). */
export function setParam(s: PlotState, index: number, name: string, value: number): PlotState {
  return {
    ...s,
    curves: s.curves.map((c, i): CurveState => (i === index ? { id: c.id, params: { ...c.params, [name]: encodeParam(value) } } : c)),
  };
}

export function resetParams(s: PlotState, index: number): PlotState {
  return { ...s, curves: s.curves.map((c, i) => (i === index ? { id: c.id, params: {} } : c)) };
}

export function setShown(s: PlotState, d: Derivative, on: boolean): PlotState {
  return { ...s, show: { ...s.show, [d]: on } };
}

export function setRanges(s: PlotState, x: Range, y: Range | null): PlotState {
  return { ...s, x, y };
}

/** Back to the default window for the curves shown, y fitted. */
export function resetView(s: PlotState): PlotState {
  return { ...s, x: defaultXRange(s.curves), y: null };
}

/** A parameter's value in a curve, its default where the curve does not set it. */
export function paramValue(c: CurveState, name: string): number {
  const v = c.params[name];
  if (v !== undefined) return v === 'Infinity' ? Infinity : v === '-Infinity' ? -Infinity : v;
  return getActivation(c.id)?.params.find((p) => p.name === name)?.default ?? NaN;
}

/** Slider bounds for a parameter: its ParamSpec's suggested range, else a window around the default. */
export function sliderRange(spec: { default: number; min?: number; max?: number; step?: number }): { min: number; max: number; step: number } {
  const d = Number.isFinite(spec.default) ? spec.default : 0;
  const w = Math.max(1, Math.abs(d) * 2);
  const min = spec.min ?? d - w;
  const max = spec.max ?? d + w;
  const step = spec.step ?? niceStep((max - min) / 200);
  return { min, max, step };
}

/** 1, 2 or 5 times a power of ten, at most `raw`. */
function niceStep(raw: number): number {
  if (!(raw > 0)) return 0.01;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * p;
}
