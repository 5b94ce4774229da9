// The webview's pure logic, in plain Node: zoom/pan arithmetic, sampling cache, y fit, point decimation,
// state transitions, number formatting, theme reading; and the reference data the host sends it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { activations, sampleCurve } from '../../src/core';
import { catalogueGroups } from '../../src/plot/catalogue';
import { activationDetails } from '../../src/plot/details';
import { defaultState } from '../../src/plot/defaults';
import { MAX_CURVES, format, type CurveState, type PlotState } from '../../src/plot/protocol';
import { checkPlotState } from '../../src/plot/validate';
import { formatNumber, paramText, parseNumber, texToText } from '../../webview/format';
import * as model from '../../webview/model';
import { SampleCache, fillPoints, fitY, valuesAt, type Point } from '../../webview/series';
import { PALETTE, curveColourVar, readTheme } from '../../webview/theme';
import { panBy, valueAt, wheelFactor, zoomAbout } from '../../webview/viewport';

const close = (a: number, b: number, eps = 1e-12) => assert.ok(Math.abs(a - b) <= eps * Math.max(1, Math.abs(a), Math.abs(b)), `${a} !≈ ${b}`);

describe('viewport', () => {
  test('zoom keeps the point under the cursor in place', () => {
    const r = zoomAbout({ min: -5, max: 5 }, 2, 0.5, 'x');
    close(r.min, -1.5);
    close(r.max, 3.5);
    const back = zoomAbout(r, 2, 2, 'x');
    close(back.min, -5);
    close(back.max, 5);
  });

  test('zoom and pan stop at the limits instead of producing a bad range', () => {
    let r = { min: -5, max: 5 };
    for (let i = 0; i < 200; i++) r = zoomAbout(r, 0, 0.5, 'x');
    assert.ok(checkPlotState({ ...defaultState([]), x: r }).ok, `zoomed-in range ${JSON.stringify(r)} still valid`);
    for (let i = 0; i < 200; i++) r = zoomAbout(r, 0, 2, 'x');
    assert.ok(r.max <= 1e6 && r.min >= -1e6);
    assert.deepEqual(panBy({ min: 999_990, max: 999_999 }, 100, 'x'), { min: 999_990, max: 999_999 });
    assert.deepEqual(panBy({ min: 0, max: 1 }, 0.5, 'x'), { min: 0.5, max: 1.5 });
    assert.deepEqual(zoomAbout({ min: 0, max: 1 }, NaN, 2, 'x'), { min: 0, max: 1 });
  });

  test('wheel: a notch is about 10%, direction matters, huge deltas are capped', () => {
    close(wheelFactor(100, 0), Math.exp(0.1));
    assert.ok(wheelFactor(-100, 0) < 1);
    assert.equal(wheelFactor(1e6, 0), wheelFactor(300, 0));
    close(wheelFactor(3, 1), Math.exp(0.099));
  });

  test('valueAt maps pixels to axis values, y upwards', () => {
    assert.equal(valueAt(50, { min: 0, max: 10 }, 0, 100), 5);
    assert.equal(valueAt(100, { min: -1, max: 1 }, 100, 0), -1);
  });
});

describe('series', () => {
  test('the cache re-samples only the curve that changed', () => {
    const cache = new SampleCache();
    const x = { min: -5, max: 5 };
    const curves: CurveState[] = [{ id: 'elu', params: { alpha: 1 } }, { id: 'gelu', params: {} }];
    curves.forEach((c, i) => cache.get(i, c, x, 101));
    assert.equal(cache.sampled, 2);
    cache.get(0, { id: 'elu', params: { alpha: 2 } }, x, 101);
    cache.get(1, curves[1], x, 101);
    assert.equal(cache.sampled, 3);
    curves.forEach((c, i) => cache.get(i, c, { min: -4, max: 5 }, 101));
    assert.equal(cache.sampled, 5);
  });

  test('fitY includes 0 and every shown value, with headroom; flat curves get a window', () => {
    const c = sampleCurve('sigmoid', {}, -5, 5, 101);
    const y = fitY([c], { f: true, df: false, d2f: false });
    assert.ok(y.min < 0 && y.min > -0.1 && y.max > 1 && y.max < 1.1, JSON.stringify(y));
    const lin = sampleCurve('linear', {}, -1, 1, 11);
    const flat = fitY([lin], { f: false, df: true, d2f: false }); // f' = 1 everywhere, plus 0
    assert.ok(flat.min < 0 && flat.max > 1);
    const none = fitY([lin], { f: false, df: false, d2f: false });
    assert.deepEqual(none, { min: -1, max: 1 });
    const exp = fitY([sampleCurve('exponential', {}, 0, 1000, 11)], { f: true, df: false, d2f: false });
    assert.ok(checkPlotState({ ...defaultState([]), y: exp }).ok, 'an overflowing curve still gives a valid y range');
  });

  test('fillPoints copies, clamps far-off values and keeps NaN breaks', () => {
    const xs = Float64Array.from([0, 1, 2, 3]);
    const ys = Float64Array.from([0, Infinity, NaN, -1e300]);
    const pts: Point[] = [];
    fillPoints(pts, xs, ys, { min: -1, max: 1 });
    assert.equal(pts.length, 4);
    assert.deepEqual(pts.map((p) => p.x), [0, 1, 2, 3]);
    assert.equal(pts[1].y, 1 + 2000);
    assert.ok(Number.isNaN(pts[2].y));
    assert.equal(pts[3].y, -1 - 2000);
  });

  test('decimation (LTTB) keeps the ends, the kinks, every break, and reuses the point objects', () => {
    const n = 2001;
    const c = sampleCurve('threshold', { threshold: 1, value: -1 }, -5, 5, n); // jumps at 1
    const pts: Point[] = [];
    fillPoints(pts, c.x, c.f, { min: -2, max: 6 }, 300);
    assert.ok(pts.length <= 310 && pts.length >= 290, `${pts.length} points`);
    assert.equal(pts[0].x, -5);
    assert.equal(pts[pts.length - 1].x, 5);
    const breaks = pts.filter((p) => Number.isNaN(p.y));
    assert.equal(breaks.length, 1, 'one break, at the jump');
    close(breaks[0].x, 1, 1e-2);
    for (let i = 1; i < pts.length; i++) assert.ok(pts[i].x > pts[i - 1].x, 'x increasing');
    // relu's kink at 0 survives decimation exactly (largest triangle)
    const r = sampleCurve('relu', {}, -5, 5, n);
    const rp: Point[] = [];
    fillPoints(rp, r.x, r.f, { min: -1, max: 5 }, 200);
    assert.ok(rp.some((p) => p.x === 0 && p.y === 0), 'the point at the kink is kept');
    const first = rp[0];
    fillPoints(rp, r.x, r.f, { min: -1, max: 5 }, 200);
    assert.equal(rp[0], first, 'same objects on the next fill');
  });

  test('valuesAt is the core at that exact x', () => {
    const v = valuesAt({ id: 'softplus', params: { beta: 2, threshold: 'Infinity' } }, 0.3);
    const c = sampleCurve('softplus', { beta: 2, threshold: Infinity }, 0.3, 1, 2);
    assert.equal(v.f, c.f[0]);
    assert.equal(v.df, c.df[0]);
    assert.equal(v.d2f, c.d2f[0]);
    assert.ok(Number.isNaN(valuesAt({ id: 'nope', params: {} }, 0).f));
  });
});

describe('model', () => {
  const base: PlotState = defaultState([{ id: 'elu', params: {} }]);

  test('transitions produce new states and leave the old one alone', () => {
    const a = model.addCurve(base, 'gelu');
    assert.deepEqual(a.curves.map((c) => c.id), ['elu', 'gelu']);
    assert.equal(base.curves.length, 1);
    const p = model.setParam(a, 0, 'alpha', 2);
    assert.deepEqual(p.curves[0], { id: 'elu', params: { alpha: 2 } });
    assert.deepEqual(model.setParam(a, 0, 'alpha', Infinity).curves[0].params, { alpha: 'Infinity' });
    assert.deepEqual(model.resetParams(p, 0).curves[0], { id: 'elu', params: {} });
    assert.deepEqual(model.removeCurve(p, 0).curves, [{ id: 'gelu', params: {} }]);
    assert.deepEqual(model.setShown(base, 'd2f', true).show, { f: true, df: true, d2f: true });
    const zoomed = model.setRanges(base, { min: 0, max: 1 }, { min: 0, max: 2 });
    assert.deepEqual(model.resetView(zoomed), { ...base });
  });

  test('an out-of-domain parameter makes an invalid state (so the app keeps the last good one)', () => {
    const bad = model.setParam(defaultState([{ id: 'celu', params: {} }]), 0, 'alpha', 0);
    assert.equal(checkPlotState(bad).ok, false);
    const many = Array.from({ length: MAX_CURVES }, () => 'relu').reduce((s, id) => model.addCurve(s, id), defaultState([]));
    assert.ok(checkPlotState(many).ok);
    assert.equal(checkPlotState(model.addCurve(many, 'relu')).ok, false);
  });

  test('paramValue and sliderRange', () => {
    assert.equal(model.paramValue({ id: 'elu', params: {} }, 'alpha'), 1);
    assert.equal(model.paramValue({ id: 'softplus', params: { threshold: 'Infinity' } }, 'threshold'), Infinity);
    assert.deepEqual(model.sliderRange({ default: 1, min: 0, max: 3, step: 0.05 }), { min: 0, max: 3, step: 0.05 });
    const r = model.sliderRange({ default: 4 });
    assert.ok(r.min < 4 && r.max > 4 && r.step > 0);
  });
});

describe('format', () => {
  test('formatNumber', () => {
    assert.equal(formatNumber(0), '0');
    assert.equal(formatNumber(0.5), '0.5');
    assert.equal(formatNumber(-1 / 3), '−0.333333');
    assert.equal(formatNumber(1234567), '1.23457e6');
    assert.equal(formatNumber(-2e-7), '−2e-7');
    assert.equal(formatNumber(NaN), '—');
    assert.equal(formatNumber(-Infinity), '−∞');
  });

  test('parseNumber and paramText round-trip, with inf', () => {
    for (const t of ['1', '-0.25', '1e-3', '.5', '+2', ' 3 ']) assert.equal(parseNumber(t), Number(t));
    assert.equal(parseNumber('inf'), Infinity);
    assert.equal(parseNumber('-Infinity'), -Infinity);
    assert.equal(parseNumber('∞'), Infinity);
    assert.equal(parseNumber('−1'), -1);
    for (const t of ['', '-', 'abc', '1..2', '0x10', '1e']) assert.ok(Number.isNaN(parseNumber(t)), t);
    assert.equal(paramText(Infinity), 'inf');
    assert.equal(parseNumber(paramText(0.1 + 0.2)), 0.1 + 0.2);
  });

  test('texToText handles what property ranges use', () => {
    assert.equal(texToText('(-\\infty, \\infty)'), '(−∞, ∞)');
    assert.equal(texToText('(-\\lambda\\alpha, \\infty)'), '(−λα, ∞)');
    assert.equal(texToText('[-\\tfrac{3}{8}, \\infty)'), '[−3/8, ∞)');
    assert.equal(texToText('\\{0\\} \\cup (1, \\infty)'), '{0} ∪ (1, ∞)');
    assert.equal(texToText('[\\approx -0.17, \\infty)'), '[≈ −0.17, ∞)');
    for (const a of activations) assert.doesNotMatch(texToText(a.properties().rangeTex), /\\/, `${a.id}: no TeX left`);
  });

  test('format fills placeholders', () => {
    assert.equal(format('Remove {0} ({1})', 'GELU', 2), 'Remove GELU (2)');
    assert.equal(format('{0} {1}', 'a'), 'a {1}');
  });
});

describe('theme', () => {
  test('reads VS Code variables, falls back when unset, thicker lines in high contrast', () => {
    const vars: Record<string, string> = { '--vscode-charts-blue': ' #0000ff ', '--vscode-editor-font-family': 'Fira Code', '--vscode-editor-font-size': '14px' };
    const t = readTheme((n) => vars[n] ?? '', 'vscode-dark');
    assert.equal(t.palette[0], '#0000ff');
    assert.equal(t.palette[1], PALETTE[1][1]);
    assert.equal(t.palette.length, MAX_CURVES);
    assert.equal(t.fontFamily, 'Fira Code');
    assert.equal(t.fontSize, 14);
    assert.equal(t.lineWidth, 2);
    assert.equal(t.highContrast, false);
    const hc = readTheme((n) => ({ '--vscode-contrastBorder': '#6fc3df', '--vscode-editor-foreground': '#fff' })[n] ?? '', 'vscode-high-contrast');
    assert.equal(hc.highContrast, true);
    assert.equal(hc.lineWidth, 3);
    assert.equal(hc.grid, '#6fc3df');
    assert.equal(hc.axis, '#fff');
    assert.ok(readTheme(() => '', 'vscode-high-contrast-light').highContrast);
    assert.equal(readTheme(() => '', 'vscode-light').background, '#ffffff');
    assert.equal(curveColourVar(0), 'var(--vscode-charts-blue, #3794ff)');
    assert.equal(curveColourVar(MAX_CURVES), curveColourVar(0));
  });
});

describe('catalogue and details', () => {
  test('every activation is in exactly one family group, in catalogue order', () => {
    const groups = catalogueGroups();
    const ids = groups.flatMap((g) => g.items.map((a) => a.id));
    assert.deepEqual([...ids].sort(), activations.map((a) => a.id).sort());
    assert.equal(new Set(groups.map((g) => g.family)).size, groups.length);
    for (const g of groups) {
      const order = g.items.map((a) => activations.findIndex((x) => x.id === a.id));
      assert.deepEqual(order, [...order].sort((a, b) => a - b), g.family);
    }
  });

  test('details: formulas for every activation, framework names and defaults where known', () => {
    for (const a of activations) {
      const d = activationDetails(a.id);
      assert.ok(d, a.id);
      assert.ok(d.formula, `${a.id}: formula`);
      assert.match(d.formula.f.svg, /^<svg[^>]*>.*<\/svg>$/s);
      assert.ok(d.formula.df.width > 0);
    }
    const lr = activationDetails('leaky_relu')!;
    const pt = lr.frameworks.find((f) => f.framework === 'PyTorch');
    assert.ok(pt && pt.names.includes('nn.LeakyReLU'));
    assert.deepEqual(pt.defaults, { negative_slope: 0.01 });
    const sp = activationDetails('softplus')!;
    assert.ok(sp.frameworks.every((f) => typeof f.defaults.threshold !== 'number' || Number.isFinite(f.defaults.threshold)), 'Infinity encoded for JSON');
    assert.equal(activationDetails('nope'), undefined);
    assert.doesNotThrow(() => JSON.stringify(activationDetails('gelu')));
  });
});
