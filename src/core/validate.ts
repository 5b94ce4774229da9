// Parameter and range validation shared by the host (messages from the webview) and the sampler.
import type { DefinedActivation } from './define';
import { resolveParams } from './define';

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Largest number of samples `sampleCurve` accepts: enough for any screen, small enough to never stall. */
export const MAX_SAMPLES = 1_000_000;

/**
 * Checks a parameter set for an activation: known names, numbers (Infinity only where the parameter
 * allows it, e.g. softplus threshold), then the activation's own domain (celu alpha != 0, ...).
 * On success returns every parameter resolved (defaults filled in).
 */
export function checkParams(act: DefinedActivation, p: unknown): Validation<Record<string, number>> {
  const errors: string[] = [];
  if (p !== undefined && p !== null && (typeof p !== 'object' || Array.isArray(p))) {
    return { ok: false, errors: [`Parameters for ${act.id} must be an object of numbers.`] };
  }
  const given = (p ?? {}) as Record<string, unknown>;
  const names = act.params.map((s) => s.name);
  for (const key of Object.keys(given)) {
    if (!names.includes(key)) {
      errors.push(
        names.length === 0
          ? `${act.id} takes no parameters (got '${key}').`
          : `${act.id} has no parameter '${key}' (it has: ${names.join(', ')}).`,
      );
    }
  }
  for (const spec of act.params) {
    const v = given[spec.name];
    if (v === undefined) continue;
    if (typeof v !== 'number' || Number.isNaN(v)) {
      errors.push(`${act.id}: ${spec.name} must be a number (got ${describe(v)}).`);
    } else if (!Number.isFinite(v) && !spec.allowInfinite) {
      errors.push(`${act.id}: ${spec.name} must be finite (got ${v}).`);
    }
  }
  if (errors.length) return { ok: false, errors };
  const resolved = resolveParams(act.params, given as Record<string, number>);
  const domain = act.validateDomain?.(resolved);
  if (domain) return { ok: false, errors: [`${act.id}: ${domain}`] };
  return { ok: true, value: resolved };
}

/** Checks a sampling range: finite, increasing, with a representable width, and a sane count. */
export function checkRange(xmin: unknown, xmax: unknown, n: unknown): Validation<{ xmin: number; xmax: number; n: number }> {
  const errors: string[] = [];
  if (typeof xmin !== 'number' || !Number.isFinite(xmin)) errors.push(`xmin must be a finite number (got ${describe(xmin)}).`);
  if (typeof xmax !== 'number' || !Number.isFinite(xmax)) errors.push(`xmax must be a finite number (got ${describe(xmax)}).`);
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 2 || n > MAX_SAMPLES) {
    errors.push(`The number of points must be a whole number from 2 to ${MAX_SAMPLES} (got ${describe(n)}).`);
  }
  if (errors.length) return { ok: false, errors };
  const lo = xmin as number;
  const hi = xmax as number;
  if (!(lo < hi)) return { ok: false, errors: [`xmin must be less than xmax (got ${lo} and ${hi}).`] };
  if (!Number.isFinite(hi - lo)) return { ok: false, errors: [`The range ${lo} to ${hi} is too wide to sample.`] };
  if ((hi - lo) / ((n as number) - 1) <= 0 || lo + (hi - lo) / ((n as number) - 1) === lo) {
    return { ok: false, errors: [`The range ${lo} to ${hi} is too narrow for ${n} distinct points.`] };
  }
  return { ok: true, value: { xmin: lo, xmax: hi, n: n as number } };
}

function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  if (typeof v === 'number') return String(v);
  if (v === null) return 'null';
  return typeof v;
}
