// The sigmoid-like activations and the shared kernels of numerics/sigmoid-kernels.ts: the traps of
// shared/notes/activations.md (tails, subnormals, +-Infinity, -0) as exact expectations. Accuracy on dense
// points is in accuracy.test.ts (test/fixtures/extra/sigmoid.jsonl.br, made by scripts/reference/sigmoid.py).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getActivation } from '../../src/core';
import * as K from '../../src/core/numerics/sigmoid-kernels';

const act = (id: string) => getActivation(id)!;
const IDS = ['sigmoid', 'tanh', 'logsigmoid', 'softsign', 'tanhshrink', 'lisht', 'logcosh'];

describe('sigmoid-like activations', () => {
  test('are registered with their families and no parameters', () => {
    const family: Record<string, string> = {
      sigmoid: 'sigmoid-like', tanh: 'sigmoid-like', logsigmoid: 'sigmoid-like', softsign: 'sigmoid-like',
      tanhshrink: 'shrinkage', lisht: 'other', logcosh: 'other',
    };
    for (const id of IDS) {
      assert.equal(act(id).family, family[id], id);
      assert.deepEqual(act(id).params, [], id);
    }
  });

  test('limits at +-Infinity', () => {
    const want: Record<string, [number, number, number][]> = {
      // [f, f', f''] at +Infinity, then at -Infinity
      sigmoid: [[1, 0, -0], [0, 0, 0]],
      tanh: [[1, 0, -0], [-1, 0, 0]],
      logsigmoid: [[0, 0, -0], [-Infinity, 1, -0]],
      softsign: [[1, 0, -0], [-1, 0, 0]],
      tanhshrink: [[Infinity, 1, 0], [-Infinity, 1, -0]],
      lisht: [[Infinity, 1, -0], [Infinity, -1, -0]],
      logcosh: [[Infinity, 1, 0], [Infinity, -1, 0]],
    };
    for (const id of IDS) {
      const a = act(id);
      for (const [i, x] of [Infinity, -Infinity].entries()) {
        const [f, df, d2f] = want[id][i];
        assert.equal(a.f(x), f, `${id}(${x})`);
        assert.equal(a.df(x), df, `${id}'(${x})`);
        // Only the value is pinned for f'' (a zero from either side is fine).
        assert.ok(a.d2f(x) === d2f, `${id}''(${x}) = ${a.d2f(x)}`);
      }
    }
  });

  test('NaN gives NaN; -0 gives -0 for the odd functions', () => {
    for (const id of IDS) for (const fn of ['f', 'df', 'd2f'] as const) assert.ok(Number.isNaN(act(id)[fn](NaN)), `${id}.${fn}(NaN)`);
    for (const id of ['tanh', 'softsign', 'tanhshrink']) assert.ok(Object.is(act(id).f(-0), -0), `${id}(-0)`);
    for (const id of ['tanh', 'softsign', 'tanhshrink', 'lisht', 'logcosh']) {
      assert.ok(Object.is(act(id).f(0), 0), `${id}(+0)`);
    }
    assert.ok(Object.is(act('lisht').df(-0), -0));
    assert.ok(Object.is(act('logcosh').df(-0), -0));
  });

  test('derivatives do not underflow before the true value does', () => {
    // sigmoid'(x) ~ e^-|x|: the textbook s(1 - s) is 0 from x = 37.
    assert.equal(act('sigmoid').df(40), 4.248354255291589e-18);
    assert.equal(act('sigmoid').df(-740), Math.exp(-740));
    assert.ok(act('sigmoid').df(745) > 0);
    // tanh'(x) = 4e^-2|x|: 1 - tanh^2 is 0 from 19.1; far out it is rounded once into the subnormals.
    assert.equal(act('tanh').df(20), 1.6993417021166355e-17);
    assert.equal(act('tanh').df(370), 339 * 2 ** -1074); // 4e^-740 = 339.12 * 2^-1074
    assert.equal(act('tanh').d2f(-370), 678 * 2 ** -1074); // 8e^-740 = 678.25 * 2^-1074
    // softsign' = (1 + |x|)^-2: (1 + |x|)^2 would overflow past 1.3e154.
    assert.equal(act('softsign').df(1e20), 1e-40);
    assert.equal(act('softsign').df(-1e160), 1e-320);
    assert.equal(act('softsign').d2f(1e100), -2e-300);
  });

  test('logsigmoid has no -Infinity at -710 and keeps its tail', () => {
    assert.equal(act('logsigmoid').f(-710), -710);
    assert.equal(act('logsigmoid').f(-1e300), -1e300);
    assert.equal(act('logsigmoid').f(40), -4.248354255291589e-18);
    assert.equal(act('logsigmoid').df(-800), 1);
    assert.equal(act('logsigmoid').df(800), 0);
  });

  test('tanhshrink and logcosh do not cancel near 0', () => {
    assert.equal(act('tanhshrink').f(1e-8), 3.3333333333333335e-25); // PyTorch: 0
    assert.equal(act('tanhshrink').f(-1e-100), -3.3333333333333334e-301);
    assert.equal(act('tanhshrink').f(1e-110), 0); // x^3/3 = 3.3e-331 rounds to 0
    assert.equal(act('logcosh').f(1e-8), 5e-17);
    assert.equal(act('logcosh').f(1e-160), 5e-321);
    assert.equal(act('logcosh').f(1e300), 1e300);
  });

  test('lisht\'\' changes sign exactly at its root', () => {
    // The double just below the root 1.19967864025773383391..., then the one just above (ulp 2^-52).
    const root = 1.1996786402577338;
    const l = act('lisht');
    const near = (got: number, want: number) => Math.abs(got - want) <= 4 * 2 ** -52 * Math.abs(want);
    assert.ok(near(l.d2f(root), 6.760397668864673e-17), `lisht''(${root}) = ${l.d2f(root)}`);
    assert.ok(near(l.d2f(root + 2 ** -52), -9.498688881887877e-17), `lisht''(next) = ${l.d2f(root + 2 ** -52)}`);
    assert.equal(l.d2f(-root), l.d2f(root));
  });

  test('softsign\'\' is 0 at its kink (x = 0) and +-2 beside it', () => {
    const s = act('softsign');
    assert.equal(s.d2f(0), 0);
    assert.equal(s.d2f(-0), 0);
    assert.equal(s.d2f(5e-324), -2);
    assert.equal(s.d2f(-5e-324), 2);
    assert.deepEqual(s.kinks2(), [0]);
  });
});

describe('sigmoid kernels', () => {
  test('sigmoid and its derivatives in the tails and at 0', () => {
    assert.equal(K.sigmoid(0), 0.5);
    assert.equal(K.sigmoid(-0), 0.5);
    assert.equal(K.sigmoid(-745), 5e-324);
    assert.equal(K.sigmoid(-746), 0);
    assert.equal(K.sigmoid(37), 0.9999999999999999);
    assert.equal(K.sigmoid(38), 1);
    assert.equal(K.sigmoidDeriv(0), 0.25);
    assert.equal(K.sigmoidDeriv(-745), 5e-324);
    assert.equal(K.sigmoidDeriv2(1e-300), -1.25e-301);
    assert.ok(Object.is(K.sigmoidDeriv2(0), -0));
  });

  test('softplus1 and logSigmoid', () => {
    assert.equal(K.softplus1(0), Math.LN2);
    assert.equal(K.softplus1(800), 800); // log(1 + e^800) overflows
    assert.equal(K.softplus1(-740), Math.exp(-740)); // log(1 + e^-740) = 0 in the textbook form
    assert.equal(K.softplus1(1e308), 1e308);
    assert.equal(K.softplus1(-Infinity), 0);
    assert.equal(K.logSigmoid(0), -Math.LN2);
    assert.equal(K.logSigmoid(-Infinity), -Infinity);
    for (const x of [-50, -3, -0.5, 0.25, 2, 30]) assert.equal(K.logSigmoid(x), -K.softplus1(-x), `x = ${x}`);
  });

  test('tanh and sech2 agree with the identities they replace', () => {
    for (const x of [-3, -0.7, -0.2, 1e-5, 0.3, 0.54, 0.55, 1, 2.5, 10]) {
      const t = K.tanh(x);
      assert.ok(Math.abs(t - Math.tanh(x)) <= 2 * Number.EPSILON * Math.abs(t), `tanh(${x})`);
      assert.ok(Math.abs(K.sech2(x) - 1 / Math.cosh(x) ** 2) <= 4 * Number.EPSILON * K.sech2(x), `sech2(${x})`);
      assert.ok(Math.abs(K.sigmoid(x) - (1 + K.tanh(x / 2)) / 2) <= 4 * Number.EPSILON, `sigmoid(${x})`);
    }
    assert.ok(Object.is(K.tanh(-0), -0));
    assert.equal(K.tanh(-30), -1);
    assert.equal(K.sech2(400), 0);
    assert.equal(K.sech2(0), 1);
  });

  test('double-double exponentials carry ~100 bits', () => {
    // e = 2.718281828459045 + 1.4456468917292502e-16; e^-1 = 0.36787944117144233 - 1.2428753672788363e-17
    const e = K.expDD(1);
    assert.equal(e[0], 2.718281828459045);
    assert.ok(Math.abs(e[1] - 1.4456468917292502e-16) < 1e-30);
    const em = K.expDD(-1);
    assert.equal(em[0], 0.36787944117144233);
    assert.ok(Math.abs(em[1] + 1.2428753672788363e-17) < 1e-31);
    // expm1(1e-10) = 1.00000000005e-10 + 3.3900133221217734e-27: no cancellation for tiny x.
    const m = K.expm1DD(1e-10);
    assert.equal(m[0], 1.00000000005e-10);
    assert.ok(Math.abs(m[1] - 3.3900133221217734e-27) < 1e-41);
    // tanh(0.5) = 0.46211715726000974 + 2.1916603238260928e-17
    const t = K.tanhDD(0.5);
    assert.equal(t[0], 0.46211715726000974);
    assert.ok(Math.abs(t[1] - 2.1916603238260928e-17) < 1e-32);
    assert.deepEqual(K.tanhDD(-30).map(Math.sign), [-1, 1]);
  });
});
