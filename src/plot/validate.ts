// Pure checks of everything that crosses the host <-> webview boundary (./protocol.ts): the host treats the
// webview as untrusted input, the webview checks its saved state and what the host sends. No `vscode`, no DOM.
import { getActivation, validateParams, type Validation } from '../core';
import {
  DERIVATIVES,
  MAX_CURVES,
  type ActivationDetails,
  type CurveState,
  type FromWebview,
  type ParamValue,
  type PlotState,
  type Range,
  type ToWebview,
} from './protocol';

/** Bounds on what a message may hold. Wider than any real use, small enough that nothing can stall the host. */
export const LIMITS = {
  /** |x| of a plotted range. */
  maxAbsX: 1e6,
  /** |y| of a plotted range (exponentials get large quickly). */
  maxAbsY: 1e15,
  /** Narrowest range, relative to its magnitude (max(1, |min|, |max|)): keeps 2001 samples distinct. */
  minRelativeWidth: 1e-9,
  maxIdLength: 64,
  maxParams: 16,
  maxRequestIds: 64,
  /** A PNG of a large chart on a 3x display is a few MB; 20 MB of base64 is ~15 MB of image. */
  maxDataUrlLength: 20 * 1024 * 1024,
  maxStatusLength: 2000,
  maxRequestId: 2 ** 31,
} as const;

const PNG_PREFIX = 'data:image/png;base64,';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function decodeParam(v: ParamValue): number {
  return v === 'Infinity' ? Infinity : v === '-Infinity' ? -Infinity : v;
}

export function encodeParam(v: number): ParamValue {
  return v === Infinity ? 'Infinity' : v === -Infinity ? '-Infinity' : v;
}

/** A curve's parameters as numbers, for the math core. */
export function decodeParams(p: Readonly<Record<string, ParamValue>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of Object.keys(p)) out[k] = decodeParam(p[k]);
  return out;
}

export function encodeParams(p: Readonly<Record<string, number>>): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const k of Object.keys(p)) out[k] = encodeParam(p[k]);
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  if (typeof v === 'number') return String(v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v;
}

/** Pushes an error for every key of `o` not in `allowed`. */
function onlyKeys(o: Record<string, unknown>, allowed: readonly string[], where: string, errors: string[]): void {
  for (const k of Object.keys(o)) {
    if (!allowed.includes(k)) errors.push(`${where} has an unexpected field ${describe(k)}.`);
  }
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** A range [min, max]: finite, increasing, not absurdly narrow or wide. */
export function checkRange(raw: unknown, axis: 'x' | 'y'): Validation<Range> {
  if (!isRecord(raw)) return { ok: false, errors: [`The ${axis} range must be an object {min, max} (got ${describe(raw)}).`] };
  const errors: string[] = [];
  onlyKeys(raw, ['min', 'max'], `The ${axis} range`, errors);
  const { min, max } = raw;
  if (!isFiniteNumber(min)) errors.push(`The ${axis} range's min must be a finite number (got ${describe(min)}).`);
  if (!isFiniteNumber(max)) errors.push(`The ${axis} range's max must be a finite number (got ${describe(max)}).`);
  if (errors.length) return { ok: false, errors };
  const lo = min as number;
  const hi = max as number;
  const limit = axis === 'x' ? LIMITS.maxAbsX : LIMITS.maxAbsY;
  if (!(lo < hi)) return { ok: false, errors: [`The ${axis} range's min must be less than its max (got ${lo} and ${hi}).`] };
  if (Math.abs(lo) > limit || Math.abs(hi) > limit) {
    return { ok: false, errors: [`The ${axis} range must lie within ±${limit} (got ${lo} to ${hi}).`] };
  }
  const scale = Math.max(1, Math.abs(lo), Math.abs(hi));
  if (hi - lo < LIMITS.minRelativeWidth * scale) {
    return { ok: false, errors: [`The ${axis} range ${lo} to ${hi} is too narrow to plot.`] };
  }
  return { ok: true, value: { min: lo, max: hi } };
}

/** One parameter value as JSON carries it (see ParamValue). */
function checkParamValue(v: unknown): v is ParamValue {
  return isFiniteNumber(v) || v === 'Infinity' || v === '-Infinity';
}

/**
 * A curve: a known activation id and parameters in its domain (the core's `validateParams`).
 * `allowNumericInfinity` accepts ±Infinity as numbers too (command arguments from code, not JSON).
 */
export function checkCurve(raw: unknown, where: string, allowNumericInfinity = false): Validation<CurveState> {
  if (!isRecord(raw)) return { ok: false, errors: [`${where} must be an object {id, params} (got ${describe(raw)}).`] };
  const errors: string[] = [];
  onlyKeys(raw, ['id', 'params'], where, errors);
  const { id, params } = raw;
  if (typeof id !== 'string' || id.length === 0 || id.length > LIMITS.maxIdLength) {
    return { ok: false, errors: [...errors, `${where}: id must be a short string (got ${describe(id)}).`] };
  }
  const act = getActivation(id);
  if (!act) return { ok: false, errors: [...errors, `${where}: unknown activation ${describe(id)}.`] };
  const names = act.params.map((p) => p.name);
  const out: Record<string, ParamValue> = {};
  if (params !== undefined) {
    if (!isRecord(params)) return { ok: false, errors: [...errors, `${where}: params must be an object of numbers (got ${describe(params)}).`] };
    const keys = Object.keys(params);
    if (keys.length > LIMITS.maxParams) return { ok: false, errors: [...errors, `${where}: too many parameters (${keys.length}).`] };
    for (const k of keys) {
      let v = params[k];
      if (allowNumericInfinity && (v === Infinity || v === -Infinity)) v = encodeParam(v);
      if (k.length > LIMITS.maxIdLength) errors.push(`${where}: parameter name too long.`);
      // Checked here, not only by the core: a key such as __proto__ would vanish on assignment below.
      else if (!names.includes(k)) {
        errors.push(names.length ? `${id} has no parameter ${describe(k)} (it has: ${names.join(', ')}).` : `${id} takes no parameters (got ${describe(k)}).`);
      } else if (!checkParamValue(v)) errors.push(`${where}: ${id}.${k} must be a number (got ${describe(v)}).`);
      else out[k] = v;
    }
  }
  if (errors.length) return { ok: false, errors };
  const domain = validateParams(id, decodeParams(out));
  if (!domain.ok) return { ok: false, errors: domain.errors };
  return { ok: true, value: { id, params: out } };
}

/** The whole plot state: curves, toggles and ranges. */
export function checkPlotState(raw: unknown): Validation<PlotState> {
  if (!isRecord(raw)) return { ok: false, errors: [`The plot state must be an object (got ${describe(raw)}).`] };
  const errors: string[] = [];
  onlyKeys(raw, ['curves', 'show', 'x', 'y'], 'The plot state', errors);
  const curves: CurveState[] = [];
  if (!Array.isArray(raw.curves)) errors.push(`curves must be an array (got ${describe(raw.curves)}).`);
  else if (raw.curves.length > MAX_CURVES) errors.push(`At most ${MAX_CURVES} activations can be plotted together (got ${raw.curves.length}).`);
  else {
    raw.curves.forEach((c, i) => {
      const r = checkCurve(c, `curves[${i}]`);
      if (r.ok) curves.push(r.value);
      else errors.push(...r.errors);
    });
  }
  let show: Record<(typeof DERIVATIVES)[number], boolean> | undefined;
  if (!isRecord(raw.show)) errors.push(`show must be an object {f, df, d2f} (got ${describe(raw.show)}).`);
  else {
    const s = raw.show;
    onlyKeys(s, DERIVATIVES, 'show', errors);
    if (DERIVATIVES.every((d) => typeof s[d] === 'boolean')) show = { f: s.f as boolean, df: s.df as boolean, d2f: s.d2f as boolean };
    else errors.push('show.f, show.df and show.d2f must be true or false.');
  }
  const x = checkRange(raw.x, 'x');
  if (!x.ok) errors.push(...x.errors);
  const y = raw.y === null ? ({ ok: true, value: null } as const) : checkRange(raw.y, 'y');
  if (!y.ok) errors.push(...y.errors);
  if (errors.length || !show || !x.ok || !y.ok) return { ok: false, errors };
  return { ok: true, value: { curves, show, x: x.value, y: y.value } };
}

/** A `data:image/png;base64,` URL of bounded size that decodes to something starting with the PNG signature. */
export function parsePngDataUrl(raw: unknown): Validation<Uint8Array> {
  if (typeof raw !== 'string') return { ok: false, errors: [`The image must be a data: URL string (got ${describe(raw)}).`] };
  if (raw.length > LIMITS.maxDataUrlLength) return { ok: false, errors: [`The image is too large (${raw.length} characters).`] };
  if (!raw.startsWith(PNG_PREFIX)) return { ok: false, errors: ['The image must be a data:image/png;base64 URL.'] };
  const b64 = raw.slice(PNG_PREFIX.length);
  if (b64.length < 12 || b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) {
    return { ok: false, errors: ['The image is not valid base64.'] };
  }
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return { ok: false, errors: ['The image is not a PNG.'] };
  return { ok: true, value: bytes };
}

function fail<T>(error: string): Validation<T> {
  return { ok: false, errors: [error] };
}

/** Checks a message from the webview; the result is typed and safe to act on. */
export function parseFromWebview(raw: unknown): Validation<FromWebview> {
  if (!isRecord(raw)) return fail(`A message must be an object (got ${describe(raw)}).`);
  const errors: string[] = [];
  const where = `The ${describe(raw.type)} message`;
  switch (raw.type) {
    case 'ready':
      onlyKeys(raw, ['type'], where, errors);
      return errors.length ? { ok: false, errors } : { ok: true, value: { type: 'ready' } };
    case 'stateChanged':
    case 'exportCsv': {
      onlyKeys(raw, ['type', 'state'], where, errors);
      const s = checkPlotState(raw.state);
      if (!s.ok) errors.push(...s.errors);
      if (errors.length || !s.ok) return { ok: false, errors };
      return { ok: true, value: { type: raw.type, state: s.value } };
    }
    case 'requestDetails': {
      onlyKeys(raw, ['type', 'ids'], where, errors);
      const ids = raw.ids;
      if (!Array.isArray(ids) || ids.length > LIMITS.maxRequestIds) return fail(`${where}: ids must be an array of at most ${LIMITS.maxRequestIds} ids.`);
      for (const id of ids) {
        if (typeof id !== 'string' || id.length > LIMITS.maxIdLength || !getActivation(id)) errors.push(`${where}: unknown activation ${describe(id)}.`);
      }
      return errors.length ? { ok: false, errors } : { ok: true, value: { type: 'requestDetails', ids: ids as string[] } };
    }
    case 'exportPng': {
      onlyKeys(raw, ['type', 'dataUrl'], where, errors);
      const png = parsePngDataUrl(raw.dataUrl);
      if (!png.ok) errors.push(...png.errors);
      return errors.length ? { ok: false, errors } : { ok: true, value: { type: 'exportPng', dataUrl: raw.dataUrl as string } };
    }
    case 'png': {
      onlyKeys(raw, ['type', 'requestId', 'dataUrl'], where, errors);
      const id = raw.requestId;
      if (typeof id !== 'number' || !Number.isInteger(id) || id < 0 || id > LIMITS.maxRequestId) errors.push(`${where}: requestId must be a whole number.`);
      const png = parsePngDataUrl(raw.dataUrl);
      if (!png.ok) errors.push(...png.errors);
      return errors.length ? { ok: false, errors } : { ok: true, value: { type: 'png', requestId: id as number, dataUrl: raw.dataUrl as string } };
    }
    case 'copyTex': {
      onlyKeys(raw, ['type', 'id', 'which'], where, errors);
      const { id, which } = raw;
      if (typeof id !== 'string' || id.length > LIMITS.maxIdLength || !getActivation(id)) errors.push(`${where}: unknown activation ${describe(id)}.`);
      if (which !== 'f' && which !== 'df') errors.push(`${where}: which must be 'f' or 'df' (got ${describe(which)}).`);
      return errors.length ? { ok: false, errors } : { ok: true, value: { type: 'copyTex', id: id as string, which: which as 'f' | 'df' } };
    }
    default:
      return fail(`Unknown message type ${describe(raw.type)}.`);
  }
}

/**
 * Checks a message from the host. The host is trusted code, but the webview keeps its last good plot
 * whatever arrives, so a malformed message is reported instead of half-applied.
 */
export function parseToWebview(raw: unknown): Validation<ToWebview> {
  if (!isRecord(raw)) return fail(`A message must be an object (got ${describe(raw)}).`);
  switch (raw.type) {
    case 'setState': {
      const s = checkPlotState(raw.state);
      return s.ok ? { ok: true, value: { type: 'setState', state: s.value } } : s;
    }
    case 'details':
      if (!Array.isArray(raw.entries) || !raw.entries.every((e) => isRecord(e) && typeof e.id === 'string' && Array.isArray(e.frameworks) && Array.isArray(e.notes))) {
        return fail('details.entries must be an array of activation details.');
      }
      return { ok: true, value: { type: 'details', entries: raw.entries as unknown as ActivationDetails[] } };
    case 'status':
      if ((raw.level !== 'info' && raw.level !== 'error') || typeof raw.text !== 'string' || raw.text.length > LIMITS.maxStatusLength) {
        return fail('status needs a level (info or error) and a short text.');
      }
      return { ok: true, value: { type: 'status', level: raw.level, text: raw.text } };
    case 'renderPng':
      if (typeof raw.requestId !== 'number' || !Number.isInteger(raw.requestId)) return fail('renderPng needs a whole-number requestId.');
      return { ok: true, value: { type: 'renderPng', requestId: raw.requestId } };
    default:
      return fail(`Unknown message type ${describe(raw.type)}.`);
  }
}

/**
 * Arguments of the `activationLens.plot` command and `PlotApi.show`: `{ id, params? }` or a list of them.
 * Parameters may be numbers (±Infinity included) or the JSON spellings 'Infinity' / '-Infinity'.
 */
export function checkPreset(raw: unknown): Validation<CurveState[]> {
  const list = Array.isArray(raw) ? raw : [raw];
  if (list.length === 0) return fail('A preset needs at least one activation.');
  if (list.length > MAX_CURVES) return fail(`At most ${MAX_CURVES} activations can be plotted together (got ${list.length}).`);
  const curves: CurveState[] = [];
  const errors: string[] = [];
  list.forEach((c, i) => {
    const r = checkCurve(c, list.length === 1 ? 'The preset' : `Preset ${i + 1}`, true);
    if (r.ok) curves.push(r.value);
    else errors.push(...r.errors);
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: curves };
}
