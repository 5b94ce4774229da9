// The CSV export: computed by the host from a validated state with the math core (never taken from the webview).
// Pure: no `vscode`.
import { sampleCurve } from '../core';
import { curveLabel, numberText } from './defaults';
import { DERIVATIVES, SAMPLES, type Derivative, type PlotState } from './protocol';
import { decodeParams } from './validate';

const SUFFIX: Record<Derivative, string> = { f: 'f', df: "f'", d2f: "f''" };

/** RFC 4180 quoting: only when a field holds a comma, a quote or a line break. */
function field(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * A table with one row per sample: x, then for every curve the derivatives the plot shows (f alone when it
 * shows none). Breaks (NaN, at jumps) are empty cells; ±Infinity is written inf / -inf. CRLF line ends.
 */
export function plotCsv(state: PlotState, n: number = SAMPLES): string {
  const shown = DERIVATIVES.filter((d) => state.show[d]);
  const columns = shown.length ? shown : (['f'] as const);
  const header = ['x'];
  const data: Float64Array[] = [];
  let xs: Float64Array | undefined;
  for (const c of state.curves) {
    const curve = sampleCurve(c.id, decodeParams(c.params), state.x.min, state.x.max, n);
    xs = curve.x;
    const label = curveLabel(c);
    for (const d of columns) {
      header.push(field(`${label} ${SUFFIX[d]}`));
      data.push(curve[d]);
    }
  }
  if (!xs) {
    // No curve: still the grid, so the file says what range was plotted.
    xs = new Float64Array(n);
    const h = (state.x.max - state.x.min) / (n - 1);
    for (let i = 0; i < n; i++) xs[i] = i === n - 1 ? state.x.max : state.x.min + i * h;
  }
  const lines = [header.join(',')];
  for (let i = 0; i < n; i++) {
    let line = numberText(xs[i]);
    for (const col of data) {
      const v = col[i];
      line += ',' + (Number.isNaN(v) ? '' : numberText(v));
    }
    lines.push(line);
  }
  return lines.join('\r\n') + '\r\n';
}
