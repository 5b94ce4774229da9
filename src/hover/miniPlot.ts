// A small SVG plot of f and f' for the hover, drawn from the math core with the call site's parameters.
import type { Activation } from '../core';
import { sampleCurve } from '../core';
import type { Translate } from './hoverContent';
import type { ImagePalette } from './theme';

export interface MiniPlot {
  svg: string;
  width: number;
  height: number;
  xmin: number;
  xmax: number;
  alt: string;
}

const W = 260;
const H = 130;
const PAD = { left: 30, right: 8, top: 8, bottom: 18 };
const POINTS = 241;

/** x window: [-4, 4], widened to show every kink or jump of this parameter set with some room. */
export function plotWindow(act: Activation, params: Record<string, number>): [number, number] {
  let lo = -4;
  let hi = 4;
  for (const k of [...act.kinks(params), ...act.kinks2(params), ...act.jumps(params)]) {
    if (Number.isFinite(k) && Math.abs(k) < 1e3) {
      lo = Math.min(lo, k - 1.5);
      hi = Math.max(hi, k + 1.5);
    }
  }
  return [lo, hi];
}

/** Round-ish label: at most 3 significant digits, no trailing zeros. */
function label(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e4 || a < 1e-2) return v.toExponential(1).replace('e+', 'e');
  return String(Number(v.toPrecision(3)));
}

/** SVG path "d" for a sampled curve, broken at NaN and at values far outside the window. */
function pathOf(xs: Float64Array, ys: Float64Array, sx: (x: number) => number, sy: (y: number) => number, ylo: number, yhi: number): string {
  const parts: string[] = [];
  let pen = false;
  const span = yhi - ylo;
  for (let i = 0; i < xs.length; i++) {
    const y = ys[i];
    if (!Number.isFinite(y) || y < ylo - span || y > yhi + span) {
      pen = false;
      continue;
    }
    parts.push(`${pen ? 'L' : 'M'}${sx(xs[i]).toFixed(1)} ${sy(y).toFixed(1)}`);
    pen = true;
  }
  return parts.join('');
}

const english: Translate = (m, ...args) => m.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));

/** `t` localises the alt text (vscode.l10n.t in the host). */
export function miniPlot(act: Activation, params: Record<string, number>, palette: ImagePalette, displayName: string, t: Translate = english): MiniPlot {
  const [xmin, xmax] = plotWindow(act, params);
  const c = sampleCurve(act.id, params, xmin, xmax, POINTS);
  let ylo = 0;
  let yhi = 0;
  for (const arr of [c.f, c.df]) {
    for (const v of arr) {
      if (Number.isFinite(v)) {
        ylo = Math.min(ylo, v);
        yhi = Math.max(yhi, v);
      }
    }
  }
  // Exponential-like curves would flatten everything else: cap the window at 4x the span of f' near 0.
  yhi = Math.min(yhi, Math.max(8, -ylo * 4, 1));
  if (yhi - ylo < 1e-9) yhi = ylo + 1;
  const m = (yhi - ylo) * 0.08;
  ylo -= m;
  yhi += m;
  const sx = (x: number) => PAD.left + ((x - xmin) / (xmax - xmin)) * (W - PAD.left - PAD.right);
  const sy = (y: number) => H - PAD.bottom - ((y - ylo) / (yhi - ylo)) * (H - PAD.top - PAD.bottom);
  const p = palette;
  const font = `font-family="-apple-system, 'Segoe UI', Ubuntu, sans-serif" font-size="10" fill="${p.text}"`;
  const x0 = sx(0);
  const y0 = sy(0);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
    `<clipPath id="c"><rect x="${PAD.left}" y="${PAD.top}" width="${W - PAD.left - PAD.right}" height="${H - PAD.top - PAD.bottom}"/></clipPath>`,
    `<g stroke="${p.axis}" stroke-width="1" fill="none">`,
    `<rect x="${PAD.left}" y="${PAD.top}" width="${W - PAD.left - PAD.right}" height="${H - PAD.top - PAD.bottom}" stroke-opacity="0.5"/>`,
    xmin < 0 && xmax > 0 ? `<line x1="${x0.toFixed(1)}" y1="${PAD.top}" x2="${x0.toFixed(1)}" y2="${H - PAD.bottom}"/>` : '',
    `<line x1="${PAD.left}" y1="${y0.toFixed(1)}" x2="${W - PAD.right}" y2="${y0.toFixed(1)}"/>`,
    `</g>`,
    `<g clip-path="url(#c)" fill="none" stroke-width="${p.strokeWidth}" stroke-linejoin="round">`,
    `<path d="${pathOf(c.x, c.df, sx, sy, ylo, yhi)}" stroke="${p.df}" stroke-dasharray="5 3"/>`,
    `<path d="${pathOf(c.x, c.f, sx, sy, ylo, yhi)}" stroke="${p.f}"/>`,
    `</g>`,
    `<text x="${PAD.left - 3}" y="${PAD.top + 8}" text-anchor="end" ${font}>${label(yhi)}</text>`,
    `<text x="${PAD.left - 3}" y="${H - PAD.bottom}" text-anchor="end" ${font}>${label(ylo)}</text>`,
    `<text x="${PAD.left}" y="${H - 5}" ${font}>${label(xmin)}</text>`,
    `<text x="${W - PAD.right}" y="${H - 5}" text-anchor="end" ${font}>${label(xmax)}</text>`,
    `<g ${font}><line x1="${PAD.left + 8}" y1="${PAD.top + 8}" x2="${PAD.left + 24}" y2="${PAD.top + 8}" stroke="${p.f}" stroke-width="${p.strokeWidth}"/>`,
    `<text x="${PAD.left + 28}" y="${PAD.top + 11}">f</text>`,
    `<line x1="${PAD.left + 8}" y1="${PAD.top + 22}" x2="${PAD.left + 24}" y2="${PAD.top + 22}" stroke="${p.df}" stroke-width="${p.strokeWidth}" stroke-dasharray="5 3"/>`,
    `<text x="${PAD.left + 28}" y="${PAD.top + 25}">f′</text></g>`,
    `</svg>`,
  ].join('');
  const alt = t('Plot of {0} (solid) and its derivative (dashed) for x from {1} to {2}', displayName, label(xmin), label(xmax));
  return { svg, width: W, height: H, xmin, xmax, alt };
}
