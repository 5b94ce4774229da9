// The host's checks of webview messages (src/plot/validate.ts): the webview is untrusted input, so every
// malformed, out-of-domain or oversized message must be refused with a readable reason.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_CURVES, type PlotState } from '../../src/plot/protocol';
import {
  LIMITS,
  checkPlotState,
  checkPreset,
  checkRange,
  decodeParams,
  encodeParams,
  parseFromWebview,
  parsePngDataUrl,
  parseToWebview,
} from '../../src/plot/validate';

const good: PlotState = {
  curves: [
    { id: 'elu', params: { alpha: 1.5 } },
    { id: 'softplus', params: { beta: 2, threshold: 'Infinity' } },
  ],
  show: { f: true, df: true, d2f: false },
  x: { min: -5, max: 5 },
  y: null,
};

/** A 1x1 PNG. */
const PNG_1PX =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function rejects(raw: unknown, pattern: RegExp): void {
  const r = parseFromWebview(raw);
  assert.equal(r.ok, false, `accepted ${JSON.stringify(raw)?.slice(0, 200)}`);
  if (!r.ok) assert.match(r.errors.join(' '), pattern);
}

function withState(patch: Record<string, unknown>): unknown {
  return { type: 'stateChanged', state: { ...good, ...patch } };
}

describe('parseFromWebview accepts well-formed messages', () => {
  test('ready, stateChanged, exportCsv, requestDetails, copyTex, exportPng, png', () => {
    for (const m of [
      { type: 'ready' },
      { type: 'stateChanged', state: good },
      { type: 'exportCsv', state: good },
      { type: 'requestDetails', ids: ['gelu', 'relu'] },
      { type: 'copyTex', id: 'gelu', which: 'df' },
      { type: 'exportPng', dataUrl: PNG_1PX },
      { type: 'png', requestId: 3, dataUrl: PNG_1PX },
    ]) {
      const r = parseFromWebview(m);
      assert.ok(r.ok, `${m.type}: ${r.ok ? '' : r.errors.join(' ')}`);
      assert.deepEqual(r.value, m);
    }
  });

  test('an empty plot and an explicit y range are fine', () => {
    assert.ok(parseFromWebview(withState({ curves: [] })).ok);
    assert.ok(parseFromWebview(withState({ y: { min: -1e3, max: 1e3 } })).ok);
  });

  test('MAX_CURVES curves are fine', () => {
    assert.ok(parseFromWebview(withState({ curves: Array.from({ length: MAX_CURVES }, () => ({ id: 'relu', params: {} })) })).ok);
  });
});

describe('parseFromWebview refuses', () => {
  test('non-objects, unknown types and extra fields', () => {
    rejects(null, /must be an object/);
    rejects('ready', /must be an object/);
    rejects([{ type: 'ready' }], /must be an object/);
    rejects({}, /Unknown message type/);
    rejects({ type: 'runCommand', command: 'workbench.action.quit' }, /Unknown message type "runCommand"/);
    rejects({ type: 'ready', extra: 1 }, /unexpected field "extra"/);
    rejects({ type: '__proto__' }, /Unknown message type/);
  });

  test('wrong shapes', () => {
    rejects({ type: 'stateChanged' }, /plot state must be an object/);
    rejects({ type: 'stateChanged', state: [] }, /plot state must be an object/);
    rejects(withState({ curves: 'relu' }), /curves must be an array/);
    rejects(withState({ curves: [{ id: 'relu', params: [] }] }), /params must be an object/);
    rejects(withState({ curves: ['relu'] }), /must be an object \{id, params\}/);
    rejects(withState({ show: { f: 1, df: true, d2f: false } }), /true or false/);
    rejects(withState({ show: null }), /show must be an object/);
    rejects(withState({ x: [-5, 5] }), /x range must be an object/);
    rejects(withState({ y: 'auto' }), /y range must be an object/);
    rejects(withState({ zoom: 2 }), /unexpected field "zoom"/);
    rejects({ type: 'requestDetails', ids: 'gelu' }, /ids must be an array/);
    rejects({ type: 'copyTex', id: 'gelu', which: 'd2f' }, /which must be 'f' or 'df'/);
    rejects({ type: 'png', requestId: 1.5, dataUrl: PNG_1PX }, /requestId/);
  });

  test('NaN, infinities and non-numbers', () => {
    rejects(withState({ x: { min: NaN, max: 5 } }), /min must be a finite number \(got NaN\)/);
    rejects(withState({ x: { min: -5, max: Infinity } }), /max must be a finite number/);
    rejects(withState({ x: { min: '-5', max: 5 } }), /finite number \(got "-5"\)/);
    rejects(withState({ curves: [{ id: 'elu', params: { alpha: NaN } }] }), /alpha must be a number/);
    rejects(withState({ curves: [{ id: 'elu', params: { alpha: '1' } }] }), /alpha must be a number \(got "1"\)/);
    rejects(withState({ curves: [{ id: 'elu', params: { alpha: Infinity } }] }), /alpha must be a number/); // JSON spells it 'Infinity'
  });

  test('reversed, zero-width, too narrow and astronomically wide ranges', () => {
    rejects(withState({ x: { min: 5, max: -5 } }), /min must be less than its max/);
    rejects(withState({ x: { min: 1, max: 1 } }), /min must be less than its max/);
    rejects(withState({ x: { min: 1, max: 1 + 1e-12 } }), /too narrow/);
    rejects(withState({ x: { min: -1e300, max: 1e300 } }), /within ±1000000/);
    rejects(withState({ x: { min: 0, max: LIMITS.maxAbsX * 2 } }), /within ±/);
    rejects(withState({ y: { min: -1e20, max: 0 } }), /y range must lie within/);
  });

  test('unknown activations and parameters outside their domain', () => {
    rejects(withState({ curves: [{ id: 'relu7', params: {} }] }), /unknown activation "relu7"/);
    rejects(withState({ curves: [{ id: 'elu', params: { beta: 1 } }] }), /elu has no parameter "beta" \(it has: alpha\)/);
    rejects(withState({ curves: [{ id: 'relu', params: { alpha: 1 } }] }), /relu takes no parameters/);
    rejects(JSON.parse('{"type":"stateChanged","state":{"curves":[{"id":"elu","params":{"__proto__":1}}],"show":{"f":true,"df":true,"d2f":false},"x":{"min":-5,"max":5},"y":null}}'), /no parameter "__proto__"/);
    rejects(withState({ curves: [{ id: 'celu', params: { alpha: 0 } }] }), /celu/);
    rejects(withState({ curves: [{ id: 'elu', params: { alpha: 'Infinity' } }] }), /elu: alpha must be finite/);
    rejects({ type: 'requestDetails', ids: ['gelu', 'nope'] }, /unknown activation "nope"/);
    rejects({ type: 'copyTex', id: 'constructor', which: 'f' }, /unknown activation "constructor"/);
  });

  test('too many curves, parameters or ids', () => {
    rejects(withState({ curves: Array.from({ length: MAX_CURVES + 1 }, () => ({ id: 'relu', params: {} })) }), /At most 8 activations/);
    const many = Object.fromEntries(Array.from({ length: LIMITS.maxParams + 1 }, (_, i) => [`p${i}`, 1]));
    rejects(withState({ curves: [{ id: 'elu', params: many }] }), /too many parameters/);
    rejects({ type: 'requestDetails', ids: Array.from({ length: LIMITS.maxRequestIds + 1 }, () => 'relu') }, /at most 64 ids/);
  });

  test('oversized strings and data URLs', () => {
    rejects(withState({ curves: [{ id: 'r'.repeat(10_000), params: {} }] }), /id must be a short string/);
    rejects({ type: 'exportPng', dataUrl: 'data:image/png;base64,' + 'A'.repeat(LIMITS.maxDataUrlLength) }, /too large/);
    rejects({ type: 'exportPng', dataUrl: 'data:image/svg+xml;base64,PHN2Zz4=' }, /data:image\/png;base64/);
    rejects({ type: 'exportPng', dataUrl: 'data:image/png;base64,not base64!' }, /not valid base64/);
    rejects({ type: 'exportPng', dataUrl: 'data:image/png;base64,' + btoa('GIF89a-not-a-png') }, /not a PNG/);
    rejects({ type: 'exportPng', dataUrl: 42 }, /data: URL string/);
  });
});

describe('state, presets and ranges', () => {
  test('checkPlotState returns the same state for a good one', () => {
    const r = checkPlotState(JSON.parse(JSON.stringify(good)));
    assert.ok(r.ok);
    assert.deepEqual(r.value, good);
  });

  test('±Infinity travels as a string and decodes back', () => {
    assert.deepEqual(encodeParams({ beta: 2, threshold: Infinity, t: -Infinity }), { beta: 2, threshold: 'Infinity', t: '-Infinity' });
    assert.deepEqual(decodeParams({ beta: 2, threshold: 'Infinity', t: '-Infinity' }), { beta: 2, threshold: Infinity, t: -Infinity });
    // and survives JSON, which would turn a numeric Infinity into null
    assert.deepEqual(JSON.parse(JSON.stringify(encodeParams({ threshold: Infinity }))), { threshold: 'Infinity' });
  });

  test('checkPreset takes one preset or a list, numbers or JSON spellings', () => {
    const one = checkPreset({ id: 'gelu' });
    assert.ok(one.ok);
    assert.deepEqual(one.value, [{ id: 'gelu', params: {} }]);
    const list = checkPreset([{ id: 'softplus', params: { threshold: Infinity } }, { id: 'elu', params: { alpha: 2 } }]);
    assert.ok(list.ok);
    assert.deepEqual(list.value, [
      { id: 'softplus', params: { threshold: 'Infinity' } },
      { id: 'elu', params: { alpha: 2 } },
    ]);
    assert.equal(checkPreset([]).ok, false);
    assert.equal(checkPreset('gelu').ok, false);
    assert.equal(checkPreset({ id: 'gelu', params: { alpha: 1 } }).ok, false);
    assert.equal(checkPreset(Array.from({ length: MAX_CURVES + 1 }, () => ({ id: 'relu' }))).ok, false);
  });

  test('checkRange: the limits are relative for narrow ranges', () => {
    assert.ok(checkRange({ min: 1000, max: 1000.001 }, 'x').ok);
    assert.equal(checkRange({ min: 1e5, max: 1e5 + 1e-6 }, 'x').ok, false);
    assert.ok(checkRange({ min: -1e-3, max: 1e-3 }, 'x').ok);
  });

  test('parsePngDataUrl decodes to the PNG bytes', () => {
    const r = parsePngDataUrl(PNG_1PX);
    assert.ok(r.ok);
    assert.deepEqual([...r.value.slice(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });
});

describe('parseToWebview', () => {
  test('accepts the host messages and refuses the rest', () => {
    assert.ok(parseToWebview({ type: 'setState', state: good }).ok);
    assert.ok(parseToWebview({ type: 'status', level: 'info', text: 'Saved' }).ok);
    assert.ok(parseToWebview({ type: 'renderPng', requestId: 1 }).ok);
    assert.ok(parseToWebview({ type: 'details', entries: [{ id: 'relu', frameworks: [], notes: [] }] }).ok);
    assert.equal(parseToWebview({ type: 'setState', state: { ...good, x: { min: 1, max: 0 } } }).ok, false);
    assert.equal(parseToWebview({ type: 'status', level: 'warn', text: '' }).ok, false);
    assert.equal(parseToWebview({ type: 'eval', code: '1' }).ok, false);
    assert.equal(parseToWebview(undefined).ok, false);
  });
});
