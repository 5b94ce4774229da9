// The math core's contract: catalogue, parameters, derivatives consistent with f, claimed properties,
// limits, NaN handling, validation messages and the sampler.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { activations, getActivation, sampleCurve, validateParams, MAX_SAMPLES, type Activation } from '../../src/core';

/** The canonical ids, parameters and defaults of shared/notes/activations.md. */
const CONTRACT: Record<string, Record<string, number>> = {
  sigmoid: {}, tanh: {}, relu: {}, relu6: {}, leaky_relu: { negative_slope: 0.01 }, prelu: { init: 0.25 },
  rrelu: { lower: 0.125, upper: 1 / 3 }, elu: { alpha: 1 }, celu: { alpha: 1 }, selu: {}, gelu: {}, gelu_tanh: {},
  silu: {}, swish: { beta: 1 }, mish: {}, softplus: { beta: 1, threshold: Infinity }, softsign: {}, logsigmoid: {},
  hardsigmoid: {}, hard_sigmoid_v1: {}, hardswish: {}, hardtanh: { min_val: -1, max_val: 1 }, hardshrink: { lambd: 0.5 },
  softshrink: { lambd: 0.5 }, tanhshrink: {}, threshold: { threshold: 0, value: 0 }, squareplus: { b: 4 },
  sparse_plus: {}, sparse_sigmoid: {}, exponential: {}, linear: {}, lisht: {}, logcosh: {},
};

/** Grid on [a, b] with step h. */
function grid(a: number, b: number, h: number): number[] {
  const xs: number[] = [];
  for (let i = 0; a + i * h <= b; i++) xs.push(a + i * h);
  return xs;
}

/** Points where a numerical derivative is meaningless: near kinks and jumps. */
function nearBreak(act: Activation, x: number, d: number): boolean {
  return [...act.kinks(), ...act.kinks2(), ...act.jumps()].some((k) => Math.abs(x - k) < d);
}

describe('catalogue', () => {
  test('has exactly the 33 canonical activations with their parameters and defaults', () => {
    assert.deepEqual(activations.map((a) => a.id).sort(), Object.keys(CONTRACT).sort());
    for (const a of activations) {
      const defaults = Object.fromEntries(a.params.map((p) => [p.name, p.default]));
      assert.deepEqual(defaults, CONTRACT[a.id], a.id);
      assert.equal(getActivation(a.id), a);
    }
    assert.equal(getActivation('softmax'), undefined);
  });

  test('every activation has a name, description, TeX for f and f\', and sane slider ranges', () => {
    for (const a of activations) {
      assert.ok(a.name && a.description.length > 20, a.id);
      assert.ok(a.tex.f.length > 3 && a.tex.df.includes("'"), a.id);
      for (const p of a.params) {
        assert.ok(p.description, `${a.id}.${p.name}`);
        if (p.min !== undefined && p.max !== undefined) assert.ok(p.min < p.max, `${a.id}.${p.name} slider range`);
      }
    }
  });
});

describe('derivatives agree with f', () => {
  for (const a of Object.keys(CONTRACT)) {
    test(a, () => {
      const act = getActivation(a)!;
      for (const x of grid(-8, 8, 0.173)) {
        if (nearBreak(act, x, 1e-3)) continue;
        const h = 1e-5 * Math.max(1, Math.abs(x));
        const nd = (act.f(x + h) - act.f(x - h)) / (2 * h);
        const nd2 = (act.df(x + h) - act.df(x - h)) / (2 * h);
        const df = act.df(x);
        const d2f = act.d2f(x);
        const scale = Math.max(1, Math.abs(act.f(x)));
        assert.ok(Math.abs(nd - df) <= 1e-6 * scale, `${a}'(${x}) = ${df}, numerically ${nd}`);
        assert.ok(Math.abs(nd2 - d2f) <= 1e-5 * Math.max(1, Math.abs(df)), `${a}''(${x}) = ${d2f}, numerically ${nd2}`);
      }
    });
  }
});

describe('claimed properties hold on a grid', () => {
  for (const a of Object.keys(CONTRACT)) {
    test(a, () => {
      const act = getActivation(a)!;
      const pr = act.properties();
      const xs = grid(-60, 60, 0.0371);
      const ys = xs.map((x) => act.f(x));
      for (let i = 0; i < xs.length; i++) {
        assert.ok(ys[i] >= pr.range.min && ys[i] <= pr.range.max, `${a}(${xs[i]}) = ${ys[i]} outside ${pr.rangeTex}`);
        if (pr.monotonic && i > 0) assert.ok(ys[i] >= ys[i - 1], `${a} claimed monotonic but falls at ${xs[i]}`);
      }
      if (!pr.monotonic) assert.ok(ys.some((y, i) => i > 0 && y < ys[i - 1]), `${a} is monotonic on the grid but claims not`);
      assert.equal(pr.bounded.below, pr.range.min > -Infinity);
      assert.equal(pr.bounded.above, pr.range.max < Infinity);
      // The range is tight: the grid gets within 5% (of the span, or 1 for unbounded ends) of each finite bound.
      if (pr.range.min > -Infinity) assert.ok(Math.min(...ys) - pr.range.min < 0.05 * Math.max(1, pr.range.max - pr.range.min === Infinity ? 1 : pr.range.max - pr.range.min), `${a} min`);
      if (pr.range.max < Infinity) assert.ok(pr.range.max - Math.max(...ys) < 0.05 * Math.max(1, pr.range.max - pr.range.min === Infinity ? 1 : pr.range.max - pr.range.min), `${a} max`);
      if (pr.zeroCentred) {
        assert.equal(act.f(0), 0, `${a}(0)`);
        assert.ok(ys.some((y) => y < 0) && ys.some((y) => y > 0), `${a} claims zero-centred`);
      }
      assert.equal(Math.abs(act.df(-1e4)) < 1e-6, pr.saturation.left, `${a} left saturation`);
      assert.equal(Math.abs(act.df(1e4)) < 1e-6, pr.saturation.right, `${a} right saturation`);
      if (pr.smoothness === 'C∞') assert.deepEqual([...act.kinks(), ...act.kinks2(), ...act.jumps()], [], `${a} smooth but has kinks`);
    });
  }
});

describe('limits and special inputs', () => {
  for (const a of Object.keys(CONTRACT)) {
    test(a, () => {
      const act = getActivation(a)!;
      for (const fn of [act.f, act.df, act.d2f]) {
        assert.ok(Number.isNaN(fn(NaN)), `${a}: NaN in must give NaN out`);
        for (const x of [Infinity, -Infinity, 0, -0, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE]) {
          assert.ok(!Number.isNaN(fn(x)), `${a}: NaN at ${x}`);
        }
      }
      const pr = act.properties();
      if (pr.monotonic && pr.bounded.above) assert.equal(act.f(Infinity), pr.range.max, `${a}(+inf)`);
      if (pr.monotonic && pr.bounded.below) assert.equal(act.f(-Infinity), pr.range.min, `${a}(-inf)`);
      // The sign of a vanishing derivative is the sign it approaches 0 with (gelu'(-inf) = -0), so compare with ===.
      if (pr.saturation.left) assert.ok(act.df(-Infinity) === 0, `${a}'(-inf) = ${act.df(-Infinity)}`);
      if (pr.saturation.right) assert.ok(act.df(Infinity) === 0, `${a}'(+inf) = ${act.df(Infinity)}`);
      // f at +-Infinity continues f at the largest finite inputs.
      for (const s of [1, -1]) {
        const big = act.f(s * 1e300);
        const inf = act.f(s * Infinity);
        const ok = Number.isFinite(inf)
          ? Math.abs(inf - big) <= 1e-280 + 1e-12 * Math.abs(inf)
          : Math.sign(big) === Math.sign(inf) && Math.abs(big) >= 1e290;
        assert.ok(ok, `${a}(${s}inf) = ${inf} but ${a}(${s}e300) = ${big}`);
      }
    });
  }

  test('the fused evaluation gives exactly f, f\' and f\'\'', () => {
    const out = { f: 0, df: 0, d2f: 0 };
    for (const act of activations) {
      const p = validateParams(act.id, {});
      assert.ok(p.ok);
      for (const x of [...grid(-12, 12, 0.0937), -1e-9, 1e-9, 30, -30, 800, -800, Infinity, -Infinity, NaN]) {
        act.all(x, p.value, out);
        assert.ok(Object.is(out.f, act.f(x)) || out.f === act.f(x), `${act.id} f(${x})`);
        assert.ok(Object.is(out.df, act.df(x)) || out.df === act.df(x), `${act.id} df(${x})`);
        assert.ok(Object.is(out.d2f, act.d2f(x)) || out.d2f === act.d2f(x), `${act.id} d2f(${x})`);
      }
    }
  });
});

describe('parameter validation', () => {
  const bad: [string, Record<string, unknown>, RegExp][] = [
    ['celu', { alpha: 0 }, /alpha/],
    ['squareplus', { b: -1 }, /\bb\b/],
    ['hardtanh', { min_val: 1, max_val: 1 }, /min_val/],
    ['hardtanh', { min_val: 2, max_val: 1 }, /min_val/],
    ['rrelu', { lower: 0.5, upper: 0.2 }, /lower/],
    ['softplus', { beta: 0 }, /beta/],
    ['softplus', { beta: -1 }, /beta/],
    ['leaky_relu', { alpha: 0.2 }, /no parameter 'alpha'.*negative_slope/],
    ['relu', { x: 1 }, /takes no parameters/],
    ['elu', { alpha: NaN }, /must be a number/],
    ['elu', { alpha: '1' }, /must be a number/],
    ['elu', { alpha: Infinity }, /finite/],
    ['hardshrink', { lambd: -0.5 }, /lambd/],
  ];
  for (const [id, p, re] of bad) {
    test(`${id} ${JSON.stringify(p, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v))} is refused`, () => {
      const r = validateParams(id, p);
      assert.equal(r.ok, false);
      if (!r.ok) assert.match(r.errors.join(' '), re);
    });
  }

  test('good parameters resolve with defaults filled in', () => {
    assert.deepEqual(validateParams('softplus', { beta: 2 }), { ok: true, value: { beta: 2, threshold: Infinity } });
    assert.deepEqual(validateParams('softplus', { threshold: Infinity }), { ok: true, value: { beta: 1, threshold: Infinity } });
    assert.deepEqual(validateParams('hardtanh', undefined), { ok: true, value: { min_val: -1, max_val: 1 } });
    assert.equal(validateParams('nope', {}).ok, false);
    assert.equal(validateParams('relu', [1, 2]).ok, false);
    assert.equal(validateParams('relu', 'x').ok, false);
  });
});

describe('sampleCurve', () => {
  test('n points from xmin to xmax, values equal to f, f\', f\'\'', () => {
    const c = sampleCurve('gelu', undefined, -5, 5, 2001);
    assert.equal(c.x.length, 2001);
    assert.equal(c.x[0], -5);
    assert.equal(c.x[2000], 5);
    const g = getActivation('gelu')!;
    for (const i of [0, 17, 1000, 1999, 2000]) {
      assert.equal(c.f[i], g.f(c.x[i]));
      assert.equal(c.df[i], g.df(c.x[i]));
      assert.equal(c.d2f[i], g.d2f(c.x[i]));
    }
  });

  test('uses the parameters given', () => {
    const c = sampleCurve('leaky_relu', { negative_slope: 0.2 }, -1, 1, 3);
    assert.deepEqual([...c.f], [-0.2, 0, 1]);
    assert.deepEqual([...c.df], [0.2, NaN, 1]);
  });

  test('breaks lines at jumps of f and at kinks of f\'', () => {
    const t = sampleCurve('threshold', { threshold: 0.5, value: -1 }, -1, 1, 5); // x = -1, -0.5, 0, 0.5, 1
    assert.ok(Number.isNaN(t.f[3]) && Number.isNaN(t.df[3]) && Number.isNaN(t.d2f[3]));
    assert.equal(t.f[2], -1);
    assert.equal(t.f[4], 1);
    const r = sampleCurve('relu', undefined, -1, 1, 5);
    assert.deepEqual([...r.f], [0, 0, 0, 0.5, 1], 'relu itself is continuous');
    assert.ok(Number.isNaN(r.df[2]) && Number.isNaN(r.d2f[2]));
    assert.equal(r.df[3], 1);
  });

  test('refuses bad input with a readable message', () => {
    const cases: [string, Record<string, number> | undefined, number, number, number, RegExp][] = [
      ['nope', undefined, -1, 1, 10, /Unknown activation 'nope'/],
      ['relu', undefined, 1, -1, 10, /less than/],
      ['relu', undefined, 1, 1, 10, /less than/],
      ['relu', undefined, NaN, 1, 10, /xmin must be a finite number/],
      ['relu', undefined, -Infinity, 1, 10, /xmin must be a finite number/],
      ['relu', undefined, -1.7e308, 1.7e308, 10, /too wide/],
      ['relu', undefined, 1, 1 + 2 ** -52, 1000, /too narrow/],
      ['relu', undefined, -1, 1, 1, /whole number from 2/],
      ['relu', undefined, -1, 1, 2.5, /whole number from 2/],
      ['relu', undefined, -1, 1, MAX_SAMPLES + 1, /whole number from 2/],
      ['celu', { alpha: 0 }, -1, 1, 10, /alpha/],
    ];
    for (const [id, p, a, b, n, re] of cases) assert.throws(() => sampleCurve(id, p, a, b, n), re, `${id} ${a} ${b} ${n}`);
  });
});
