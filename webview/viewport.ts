// Zoom and pan arithmetic for the plot's ranges. Pure: unit-tested in Node.
import type { Range } from '../src/plot/protocol';
import { checkRange } from '../src/plot/validate';

/**
 * `r` scaled by `factor` about `at` (a point of the axis stays under the cursor): factor < 1 zooms in.
 * Returns `r` unchanged when the result would leave the allowed limits (too narrow, too wide, too far out).
 */
export function zoomAbout(r: Range, at: number, factor: number, axis: 'x' | 'y'): Range {
  if (!(factor > 0) || !Number.isFinite(factor) || !Number.isFinite(at)) return r;
  const next = { min: at - (at - r.min) * factor, max: at + (r.max - at) * factor };
  return checkRange(next, axis).ok ? next : r;
}

/** `r` moved by `delta` (axis units); unchanged when that would leave the limits. */
export function panBy(r: Range, delta: number, axis: 'x' | 'y'): Range {
  if (!Number.isFinite(delta) || delta === 0) return r;
  const next = { min: r.min + delta, max: r.max + delta };
  return checkRange(next, axis).ok ? next : r;
}

/** Zoom factor for one wheel event: ~10% per notch of a mouse wheel, proportional for touchpads. */
export function wheelFactor(deltaY: number, deltaMode: number): number {
  // deltaMode 1: lines, 2: pages; 0: pixels (a mouse notch is ~100 px in Chromium).
  const px = deltaMode === 1 ? deltaY * 33 : deltaMode === 2 ? deltaY * 800 : deltaY;
  const clamped = Math.max(-300, Math.min(300, px));
  return Math.exp(clamped * 0.001);
}

/** The axis value at pixel `px` on an axis that maps [r.min, r.max] to [p0, p1] (p1 < p0 for a y axis). */
export function valueAt(px: number, r: Range, p0: number, p1: number): number {
  return r.min + ((px - p0) / (p1 - p0)) * (r.max - r.min);
}
