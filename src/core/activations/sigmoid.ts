// Sigmoid-like activations and their tanh relatives. The shared primitives (sigmoid, sigmoid', tanh, sech^2 and
// their "from e" forms) live in numerics/sigmoid-kernels.ts; this file puts them together so that f, f' and f''
// stay within a few ulp on the whole line:
// - derivatives are products of terms that never cancel (sigmoid'' = -sigmoid' tanh(x/2), not s'(1 - 2s));
// - where a difference is unavoidable (x - tanh x near 0, 1 - x tanh x at the roots of lisht'' (+-1.19968),
//   log cosh near 0) it is taken from a series, or from tanh in double-double, but only in the narrow band where
//   the plain formula loses: each band below was set by measuring the plain formula against correctly rounded
//   values (17,000 dense points) and widening the band where it passed ~2 ulp (f, f') or ~8 ulp (f''), with margin;
// - tails are formed so that they underflow only where the true value does, and +-Infinity gives the limits.
// Speed: one exponential per point (expFast, shared by f, f', f'' in each fused `all`), no allocation (no tuples:
// each helper returns one number), and the double-double steps only inside the bands.
import { defineActivation, type DefinedActivation } from '../define';
import type { Params } from '../types';
import { props } from '../properties';
import { mulErr, sqrErr } from '../numerics/eft';
import { expFast, expFastLo, LO } from '../numerics/gated-exp';
import { seriesAt } from '../numerics/gated-kernels';
import type { RootSeries } from '../numerics/gated-coeffs';
import {
  ATANH_HALF,
  EXP_MAX,
  TANH_EXP_MAX,
  logSigmoid,
  logSigmoidFromE,
  sech2,
  sech2FromE,
  sech2Tail,
  sigmoid as sigmoidK,
  sigmoidDeriv,
  sigmoidDeriv2,
  sigmoidDeriv2FromE,
  sigmoidDerivFromE,
  sigmoidFromE,
  tanh as tanhK,
  tanhAt,
  tanhDeriv2,
  tanhDeriv2At,
  tanhSmall,
} from '../numerics/sigmoid-kernels';


const TWO_M27 = 7.450580596923828e-9; // 2^-27
const TWO_M28 = 3.725290298461914e-9; // 2^-28
const EIGHT_EXP_M16 = 9.002813977540729e-7; // 8 e^-16

/** The fused f, f', f'' of sigmoid (see ActivationSpec.put). */
function sigmoidPut(xs: Float64Array, i: number, _p: Params, f: Float64Array, df: Float64Array, d2f: Float64Array): void {
  const x = xs[i];
  const a = Math.abs(x);
  if (a < EXP_MAX) {
    const e = expFast(-a);
    f[i] = sigmoidFromE(x, e);
    df[i] = sigmoidDerivFromE(e);
    d2f[i] = sigmoidDeriv2FromE(x, a, e);
  } else {
    f[i] = sigmoidK(x);
    df[i] = sigmoidDeriv(x);
    d2f[i] = sigmoidDeriv2(x);
  }
}

const sigmoid = defineActivation({
  id: 'sigmoid',
  name: 'Sigmoid (logistic)',
  family: 'sigmoid-like',
  description: 'Squashes to (0, 1); the output of binary and multi-label classifiers. Saturates on both sides (vanishing gradients), σ\'(0) = 1/4 at most.',
  tex: {
    f: '\\sigma(x) = \\frac{1}{1 + e^{-x}}',
    df: "\\sigma'(x) = \\sigma(x)\\,\\bigl(1 - \\sigma(x)\\bigr)",
  },
  properties: props('(0, 1)', 0, 1, { monotonic: true, smoothness: 'C∞', zeroCentred: false, saturates: 'both' }),
  f: sigmoidK,
  df: sigmoidDeriv,
  d2f: sigmoidDeriv2,
  put: sigmoidPut,
  fill: (x, p, f, df, d2f) => {
    for (let i = 0; i < x.length; i++) sigmoidPut(x, i, p, f, df, d2f);
  },
});

/** The fused f, f', f'' of tanh (see ActivationSpec.put). */
function tanhPut(xs: Float64Array, i: number, _p: Params, f: Float64Array, df: Float64Array, d2f: Float64Array): void {
  const x = xs[i];
  const a = Math.abs(x);
  if (a < TANH_EXP_MAX) {
    const e = expFast(-2 * a);
    f[i] = tanhAt(x, a, e);
    df[i] = sech2FromE(e);
    d2f[i] = tanhDeriv2At(x, a, e);
  } else {
    f[i] = tanhK(x);
    df[i] = sech2(x);
    d2f[i] = tanhDeriv2(x);
  }
}

const tanh = defineActivation({
  id: 'tanh',
  name: 'Tanh',
  family: 'sigmoid-like',
  description: 'Hyperbolic tangent: a zero-centred sigmoid on (-1, 1), tanh(x) = 2σ(2x) - 1. Classic in RNN/LSTM cells.',
  tex: {
    f: '\\tanh(x) = \\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}',
    df: "\\tanh'(x) = 1 - \\tanh^2(x) = \\operatorname{sech}^2(x)",
  },
  properties: props('(-1, 1)', -1, 1, { monotonic: true, smoothness: 'C∞', zeroCentred: true, saturates: 'both' }),
  f: tanhK,
  df: sech2,
  d2f: tanhDeriv2,
  put: tanhPut,
  fill: (x, p, f, df, d2f) => {
    for (let i = 0; i < x.length; i++) tanhPut(x, i, p, f, df, d2f);
  },
});

/** The fused f, f', f'' of logsigmoid (see ActivationSpec.put). */
function logsigmoidPut(xs: Float64Array, i: number, _p: Params, f: Float64Array, df: Float64Array, d2f: Float64Array): void {
  const x = xs[i];
  const a = Math.abs(x);
  if (a < EXP_MAX) {
    const e = expFast(-a);
    f[i] = logSigmoidFromE(x, e);
    df[i] = sigmoidFromE(-x, e);
    d2f[i] = -sigmoidDerivFromE(e);
  } else {
    f[i] = logSigmoid(x);
    df[i] = sigmoidK(-x);
    d2f[i] = -sigmoidDeriv(x);
  }
}

const logsigmoid = defineActivation({
  id: 'logsigmoid',
  name: 'LogSigmoid',
  family: 'sigmoid-like',
  description: 'log σ(x) = -softplus(-x): the log-probability form used inside numerically stable binary cross-entropy.',
  tex: {
    f: '\\operatorname{LogSigmoid}(x) = \\log \\sigma(x) = -\\log\\bigl(1 + e^{-x}\\bigr)',
    df: "\\operatorname{LogSigmoid}'(x) = \\sigma(-x) = 1 - \\sigma(x)",
  },
  properties: props('(-\\infty, 0)', -Infinity, 0, { monotonic: true, smoothness: 'C∞', zeroCentred: false, saturates: 'right' }),
  f: logSigmoid,
  df: (x) => sigmoidK(-x),
  d2f: (x) => -sigmoidDeriv(x),
  put: logsigmoidPut,
  fill: (x, p, f, df, d2f) => {
    for (let i = 0; i < x.length; i++) logsigmoidPut(x, i, p, f, df, d2f);
  },
});

// ---- softsign: x / (1 + |x|). f is the plain quotient: 1 + |x| rounds with relative error at most u = 2^-53 (and
// less the smaller |x| is), the quotient once more, so f is within 2 ulp by construction (1 measured). f' = 1/(1 + |x|)^2
// takes 1 + |x| = s + c exactly (two-sum) and s^2 = d + de exactly (Dekker): 1/(s + c)^2 = q (1 - q (de + 2sc)) with
// q = 1/d, one division and two roundings (<= 2 ulp by construction). f'' = -+2/(s + c)^3 (16-ulp budget) from the same
// q: q^2 s = 1/s^3 and 1/s ~ q s in the first-order correction, no division at all.

const TWO_300 = 2 ** 300;
const TWO_600 = 2 ** 600;
const TWO_60 = 1152921504606846976;

/** 1 - q a exactly, for q ~ 1/a with |a| > 2^300 (scaled so that Dekker's product cannot overflow). */
function residual(q: number, a: number): number {
  const p = q * TWO_600 * (a / TWO_600);
  return 1 - p - mulErr(q * TWO_600, a / TWO_600, p);
}

/** c with 1 + a = s + c exactly, s = 1 + a (two-sum: a may be above or below 1). */
function onePlusErr(a: number, s: number): number {
  const bb = s - a;
  return 1 - (s - bb) + (a - bb);
}

function softsignF(x: number): number {
  const a = Math.abs(x);
  return a > TWO_60 ? (x > 0 ? 1 : -1) : x / (1 + a); // 1 - 1/(1 + |x|) rounds to 1 past 2^60; keeps -0; NaN stays NaN
}

/** f' from s = 1 + a, c (1 + a = s + c) and q = 1/s^2 rounded (a <= 2^300). */
function softsignDfFrom(s: number, c: number, d: number, q: number): number {
  return q - q * q * (sqrErr(s, d) + 2 * s * c);
}

/** f'' for x != 0 from the same (a <= 2^300). */
function softsignD2fFrom(x: number, s: number, c: number, q: number): number {
  const r = q * s; // 1/s, to ~2^-52
  const u = (x > 0 ? -2 : 2) * (q * r);
  return u - u * (3 * c * r);
}

function softsignDf(x: number): number {
  const a = Math.abs(x);
  if (a <= TWO_300) {
    const s = 1 + a;
    const d = s * s;
    return softsignDfFrom(s, onePlusErr(a, s), d, 1 / d);
  }
  if (a === Infinity) return 0;
  // 1 + |x| = |x| to 2^-300; (1/|x|)^2 = q^2 (1 + 2 rho) with q = 1/|x| and rho = 1 - q|x| exact.
  const q = 1 / a;
  const rho = residual(q, a);
  const h = q * q;
  return h + (sqrErr(q, h) + 2 * h * rho); // NaN stays NaN
}

function softsignD2f(x: number): number {
  if (x === 0) return 0; // kink of f'': the convention is 0 there
  const a = Math.abs(x);
  if (a <= TWO_300) {
    const s = 1 + a;
    const d = s * s;
    return softsignD2fFrom(x, s, onePlusErr(a, s), 1 / d);
  }
  const n = x > 0 ? -2 : 2;
  if (a === Infinity) return n * 0;
  const q = 1 / a;
  const rho = residual(q, a);
  const h = q * q;
  const b = n * q;
  const p = h * b; // n q^3 = p + pe, normal down to |x| ~ 2^340, then rounded once
  const pe = mulErr(h, b, p) + sqrErr(q, h) * b;
  const Q = p + pe;
  const bb = Q - p;
  return Q + (p - (Q - bb) + (pe - bb) + 3 * Q * rho); // NaN stays NaN
}

/** The fused f, f', f'' of softsign (see ActivationSpec.put). */
function softsignPut(xs: Float64Array, i: number, _p: Params, f: Float64Array, df: Float64Array, d2f: Float64Array): void {
  const x = xs[i];
  const a = Math.abs(x);
  if (x !== 0 && a <= TWO_300) {
    const s = 1 + a;
    const c = onePlusErr(a, s);
    const d = s * s;
    const q = 1 / d;
    f[i] = softsignF(x);
    df[i] = softsignDfFrom(s, c, d, q);
    d2f[i] = softsignD2fFrom(x, s, c, q);
  } else {
    f[i] = softsignF(x);
    df[i] = softsignDf(x);
    d2f[i] = softsignD2f(x);
  }
}

const softsign = defineActivation({
  id: 'softsign',
  name: 'Softsign',
  family: 'sigmoid-like',
  description: 'x / (1 + |x|): a tanh-shaped squashing function whose tails approach ±1 polynomially, not exponentially.',
  tex: {
    f: '\\operatorname{softsign}(x) = \\frac{x}{1 + |x|}',
    df: "\\operatorname{softsign}'(x) = \\frac{1}{(1 + |x|)^2}",
  },
  properties: props('(-1, 1)', -1, 1, { monotonic: true, smoothness: 'C1', zeroCentred: true, saturates: 'both' }),
  kinks2: () => [0],
  f: softsignF,
  df: softsignDf,
  d2f: softsignD2f,
  put: softsignPut,
  fill: (x, p, f, df, d2f) => {
    for (let i = 0; i < x.length; i++) softsignPut(x, i, p, f, df, d2f);
  },
});

// ---- tanhshrink: x - tanh x. With a = |x| (f is odd), three bands, measured:
// - a < TS_SERIES: x^3 (1/3 + z Q(z)), z = x^2, the Taylor series (the leading product in double-double);
// - a < TS_MID: t = tanh a in double-double from expFastLo (~2^-57) and a - t = (a - t_hi) - t_lo, the first
//   difference exact (Sterbenz): the plain a - tanh a loses t/(a - t) times tanh's error, 15x at 0.45 and 2x at 1.1;
// - beyond: (a - 1) + 2e/(1 + e), e = e^-2a, with a - 1 exact: the error of the small term shrinks by its share.
// f' = tanh^2 comes from the same t (a^2 - 2a m + m^2 with m the series value, then t_hi^2 + 2 t_hi t_lo), and from
// 1 - sech^2 beyond TS_MID; f'' = 2 tanh sech^2 is a product (16-ulp budget), plain everywhere.

const TS_SERIES = 0.45;
const TS_MID = 1.25;
const THIRD_H = 0.3333333333333333; // 1/3 = THIRD_H + THIRD_L
const THIRD_L = 1.850371707708594e-17;

/** x - tanh x for |x| < TS_SERIES (x^3 normal): x^3 (1/3 + z Q(z)), z = x^2, the leading product in double-double. */
function tanhshrinkSeries(x: number): number {
  const z = x * x;
  const x3 = z * x;
  const x3e = mulErr(z, x, x3) + sqrErr(x, z) * x; // x^3 = x3 + x3e
  // (x - tanh x)/x^3 - 1/3 = z Q(z): Taylor coefficients (Bernoulli numbers) to truncation < 2^-58 at |x| = 0.45
  const q =
    z *
    (-0.13333333333333333 +
      z *
        (0.05396825396825397 +
          z *
            (-0.021869488536155203 +
              z *
                (0.008863235529902197 +
                  z *
                    (-0.003592128036572481 +
                      z *
                        (0.0014558343870513183 +
                          z *
                            (-0.000590027440945586 +
                              z *
                                (0.00023912911424355248 +
                                  z *
                                    (-9.691537956929451e-5 +
                                      z *
                                        (3.927832388331683e-5 +
                                          z *
                                            (-1.5918905069328964e-5 +
                                              z *
                                                (6.451689215655431e-6 +
                                                  z * (-2.6147711512907546e-6 + z * (1.0597268320104654e-6 + z * (-4.294911078273806e-7 + z * 1.7406618963571648e-7)))))))))))))));
  const lead = x3 * THIRD_H;
  return lead + (mulErr(x3, THIRD_H, lead) + x3 * THIRD_L + x3e * THIRD_H + x3 * q);
}

/** tanhshrink for 0 < |x| < TS_SERIES, tiny x scaled so that x^3 stays normal (one rounding into the subnormals). */
function tanhshrinkSmall(x: number, a: number): number {
  if (a < 4.909093465297727e-91) return tanhshrinkSeries(x * 2 ** 200) * 2 ** -600; // 2^-300
  return tanhshrinkSeries(x);
}

/** tanh^2 x for 2^-27 <= |x| < TS_SERIES from m = x - tanh x (the series): x^2 - 2xm + m^2, x^2 exact. */
function tanhSqSmall(x: number, m: number): number {
  const z = x * x;
  return z + (sqrErr(x, z) - 2 * x * m + m * m);
}

// t = tanh a = q + ql in double-double for TS_SERIES <= a < TS_MID from e = e^-2a = eh + el: (1 - e)/(1 + e), both
// as double-doubles (1 >= eh: Fast2Sum), the quotient with its exact remainder (Dekker).

/** The high part q of tanh a = (1 - e)/(1 + e); tanhMidLo gives the low part from the same q. */
function tanhMidHi(eh: number): number {
  return (1 - eh) / (1 + eh);
}

function tanhMidLo(eh: number, el: number, q: number): number {
  const nh = 1 - eh;
  const dh = 1 + eh;
  const p = q * dh;
  return (nh - p - mulErr(q, dh, p) + (1 - nh - eh - el) - q * (eh - (dh - 1) + el)) / dh;
}

/** a - tanh a for TS_SERIES <= a < TS_MID: (a - q) - ql, a - q exact (tanh a >= a/2 below 1.9). */
function tanhshrinkMid(a: number, eh: number, el: number): number {
  const q = tanhMidHi(eh);
  return a - q - tanhMidLo(eh, el, q);
}

/** tanh^2 a for TS_SERIES <= a < TS_MID: q^2 + 2 q ql, q^2 exact. */
function tanhSqMid(eh: number, el: number): number {
  const q = tanhMidHi(eh);
  const p = q * q;
  return p + (sqrErr(q, p) + 2 * q * tanhMidLo(eh, el, q));
}

/** a - tanh a for TS_MID <= a < TANH_EXP_MAX from e = e^-2a: (a - 1) + 2e/(1 + e); a - 1 is exact, and the
 * quotient (<= 0.165, against a result >= 0.41) passes at most 0.4 of its error on. */
function tanhshrinkFar(a: number, e: number): number {
  return a - 1 + (2 * e) / (1 + e);
}

/** tanh^2 a = 1 - sech^2 a for a >= TS_MID from e: sech^2 = 4e/(1 + e)^2 <= 0.29, so 1 - sech^2 damps its error. */
function tanhSqFar(e: number): number {
  const s = 1 + e;
  return 1 - (4 * e) / (s * s);
}

/** 2 tanh a sech^2 a for a >= TS_MID from e, plainly (the 16-ulp budget of f'' covers the few roundings). */
function tanhshrinkD2fFar(e: number): number {
  const s = 1 + e;
  return 2 * (1 - (2 * e) / s) * ((4 * e) / (s * s));
}

function tanhshrinkF(x: number): number {
  const a = Math.abs(x);
  let v: number;
  if (a >= TS_MID) v = a < TANH_EXP_MAX ? tanhshrinkFar(a, expFast(-2 * a)) : a - 1; // +-Infinity, NaN too
  else if (a >= TS_SERIES) {
    const eh = expFastLo(-2 * a, 0);
    v = tanhshrinkMid(a, eh, LO[0]);
  } else {
    if (x === 0) return x;
    v = tanhshrinkSmall(a, a);
  }
  return x < 0 ? -v : v;
}

function tanhshrinkDf(x: number): number {
  const a = Math.abs(x);
  if (a >= TS_MID) return a < TANH_EXP_MAX ? tanhSqFar(expFast(-2 * a)) : 1 - sech2Tail(a); // NaN stays NaN
  if (a >= TS_SERIES) {
    const eh = expFastLo(-2 * a, 0);
    return tanhSqMid(eh, LO[0]);
  }
  return a < TWO_M27 ? x * x : tanhSqSmall(a, tanhshrinkSmall(a, a)); // tanh^2 x = x^2 - 2x^4/3 below 2^-27
}

/** f'' from e = e^-2|x| (|x| < TANH_EXP_MAX). */
function tanhshrinkD2fAt(x: number, a: number, e: number): number {
  let v: number;
  if (a >= TS_MID) v = tanhshrinkD2fFar(e);
  else {
    if (a < TWO_M28) return 2 * x; // 2 tanh sech^2 = 2x - 8x^3/3
    v = 2 * tanhAt(a, a, e) * sech2FromE(e);
  }
  return x < 0 ? -v : v;
}

function tanhshrinkD2f(x: number): number {
  const a = Math.abs(x);
  if (a < TANH_EXP_MAX) return tanhshrinkD2fAt(x, a, expFast(-2 * a));
  const v = Math.exp(16 - 2 * a) * EIGHT_EXP_M16; // 8 e^-2|x| sign(x), rounded once
  return x > 0 ? v : -v;
}

/** The fused f, f', f'' of tanhshrink (see ActivationSpec.put). */
function tanhshrinkPut(xs: Float64Array, i: number, _p: Params, f: Float64Array, df: Float64Array, d2f: Float64Array): void {
  const x = xs[i];
  const a = Math.abs(x);
  if (a >= TS_MID && a < TANH_EXP_MAX) {
    const e = expFast(-2 * a);
    const v = tanhshrinkFar(a, e);
    f[i] = x < 0 ? -v : v;
    df[i] = tanhSqFar(e);
    const w = tanhshrinkD2fFar(e);
    d2f[i] = x < 0 ? -w : w;
  } else {
    f[i] = tanhshrinkF(x);
    df[i] = tanhshrinkDf(x);
    d2f[i] = tanhshrinkD2f(x);
  }
}

const tanhshrink = defineActivation({
  id: 'tanhshrink',
  name: 'Tanhshrink',
  family: 'shrinkage',
  description: 'x - tanh(x): nearly flat (~x³/3) around 0 and slope 1 far out; a smooth shrinkage (nn.Tanhshrink).',
  tex: {
    f: '\\operatorname{Tanhshrink}(x) = x - \\tanh(x)',
    df: "\\operatorname{Tanhshrink}'(x) = \\tanh^2(x)",
  },
  properties: props('(-\\infty, \\infty)', -Infinity, Infinity, { monotonic: true, smoothness: 'C∞', zeroCentred: true, saturates: 'none' }),
  f: tanhshrinkF,
  df: tanhshrinkDf,
  d2f: tanhshrinkD2f,
  put: tanhshrinkPut,
  fill: (x, p, f, df, d2f) => {
    for (let i = 0; i < x.length; i++) tanhshrinkPut(x, i, p, f, df, d2f);
  },
});

// ---- lisht: x tanh x, f' = tanh x + x sech^2 x (terms of one sign), f'' = 2 sech^2 x (1 - x tanh x). With
// a = |x| and, from a = ATANH_HALF on, y = 1 - tanh a = 2e/(1 + e), e = e^-2a: f = a - a y and f' = (1 - y) + a y (2 - y)
// (sech^2 = y (2 - y)) do not cancel; 1 - a tanh a does at the roots a0 = 1.19968 of f'', so f'' takes
// (1 - a) + a y (1 - a exact, and a y is 5 times smaller than a tanh a), and within LISHT_D2.rho of a0 a Taylor
// series about the root with a double-double leading coefficient. Below ATANH_HALF, tanh a comes from expm1.

/** lisht''(a0 + d) = d (c1 + c2 d + ...), from mpmath (80 digits); truncation < 2^-60 of the leading term. */
const LISHT_D2: RootSeries = {
  hi: 1.1996786402577337,
  lo: 9.232436427676682e-17,
  rho: 0.1,
  c: new Float64Array([
    -0.7322441613135383, 3.9981889240907793e-17, 1.2207338477848135, -0.7195922954952104, -0.11754688926482201,
    0.4944405474342725, -0.3497906409566143, 0.058946919402727525, 0.0987551671721611, -0.09717912123966914,
    0.034539018504484695, 0.010208555067188742, -0.019504505050498465, 0.010304386888079756, -0.0006490783239783004,
    -0.0029645994228932244, 0.0022602216588555636, -0.0005973286373067068,
  ]),
};

/**
 * y = 1 - tanh a = 2e/(1 + e) for a >= ATANH_HALF (e = e^-2a <= 1/3): q (1 - c/s) with 1 + e = s + c, and c/s taken
 * as c (2 - s) (1/s to 8% there, in a correction of at most an ulp: one division instead of two).
 */
function oneMinusTanh(e: number): number {
  const s = 1 + e;
  const q = (2 * e) / s;
  return q - q * ((e - (s - 1)) * (2 - s));
}

/** f'' for ATANH_HALF <= a < TANH_EXP_MAX from y = 1 - tanh a: 2 sech^2 a ((1 - a) + a y), sech^2 = y (2 - y). */
function lishtD2fFar(a: number, y: number): number {
  const d = a - LISHT_D2.hi;
  if (d < LISHT_D2.rho && d > -LISHT_D2.rho) return seriesAt(LISHT_D2, a, 0);
  return 2 * (y * (2 - y)) * (1 - a + a * y);
}

function lishtF(x: number): number {
  const a = Math.abs(x);
  if (a >= ATANH_HALF) return a < TANH_EXP_MAX ? a - a * oneMinusTanh(expFast(-2 * a)) : a; // NaN stays NaN
  return a < TWO_M27 ? x * x : a * tanhSmall(a); // x^2 - x^4/3 below 2^-27
}

function lishtDf(x: number): number {
  const a = Math.abs(x);
  let v: number;
  if (a >= ATANH_HALF) {
    if (a < TANH_EXP_MAX) {
      const y = oneMinusTanh(expFast(-2 * a));
      v = 1 - y + a * (y * (2 - y));
    } else v = x === x ? 1 : x; // 1 + a sech^2 a rounds to 1
  } else {
    if (a < TWO_M28) return 2 * x; // 2x - 4x^3/3
    v = tanhSmall(a) + a * sech2FromE(expFast(-2 * a));
  }
  return x < 0 ? -v : v;
}

function lishtD2f(x: number): number {
  const a = Math.abs(x);
  if (a >= ATANH_HALF) {
    if (a < TANH_EXP_MAX) return lishtD2fFar(a, oneMinusTanh(expFast(-2 * a)));
    if (a === Infinity) return -0;
    return (1 - a) * EIGHT_EXP_M16 * Math.exp(16 - 2 * a); // tanh = 1 here; one rounding into the subnormals; NaN too
  }
  if (a < TWO_M28) return 2; // 2 - 8x^2
  return 2 * sech2FromE(expFast(-2 * a)) * (1 - a * tanhSmall(a)); // a tanh a < 0.31: no cancellation
}

/** The fused f, f', f'' of lisht (see ActivationSpec.put). */
function lishtPut(xs: Float64Array, i: number, _p: Params, f: Float64Array, df: Float64Array, d2f: Float64Array): void {
  const x = xs[i];
  const a = Math.abs(x);
  if (a >= ATANH_HALF && a < TANH_EXP_MAX) {
    const y = oneMinusTanh(expFast(-2 * a));
    f[i] = a - a * y;
    const v = 1 - y + a * (y * (2 - y));
    df[i] = x < 0 ? -v : v;
    d2f[i] = lishtD2fFar(a, y);
  } else {
    f[i] = lishtF(x);
    df[i] = lishtDf(x);
    d2f[i] = lishtD2f(x);
  }
}

const lisht = defineActivation({
  id: 'lisht',
  name: 'LiSHT',
  family: 'other',
  description: 'Linearly scaled hyperbolic tangent x·tanh(x) (Roy et al. 2019): even, unbounded, non-monotonic.',
  tex: {
    f: '\\operatorname{LiSHT}(x) = x \\tanh(x)',
    df: "\\operatorname{LiSHT}'(x) = \\tanh(x) + x\\,\\operatorname{sech}^2(x)",
  },
  properties: props('[0, \\infty)', 0, Infinity, { monotonic: false, smoothness: 'C∞', zeroCentred: false, saturates: 'none' }),
  f: lishtF,
  df: lishtDf,
  d2f: lishtD2f,
  put: lishtPut,
  fill: (x, p, f, df, d2f) => {
    for (let i = 0; i < x.length; i++) lishtPut(x, i, p, f, df, d2f);
  },
});

// ---- logcosh: log cosh x. Below |x| = 1/32 its series; up to 1, log1p(2 sinh^2(x/2)) with sinh from its series in
// double-double (cosh x - 1 would cancel, and log1p of a double-double is log1p(h) + l/(1 + h)); from 1 on,
// |x| - log 2 + log1p(e^-2|x|), whose terms no longer cancel. f' = tanh, f'' = sech^2, all three from one e = e^-2|x| in `all`.

const LN2_HI = 0.6931471805599453;
const LN2_LO = 2.3190468138462996e-17;

/** log cosh a for 1/32 <= a < 1: log1p(cm1), cm1 = 2 sinh^2(a/2) as a double-double. */
function logcoshSmall(a: number): number {
  const h = 0.5 * a;
  const z = h * h;
  // sinh h = h + w, w = h z (1/3! + z/5! + ... + z^7/17!): truncation < 2^-60 at h = 1/2
  const w =
    h *
    z *
    (0.16666666666666666 +
      z *
        (0.008333333333333333 +
          z *
            (0.0001984126984126984 +
              z * (2.7557319223985893e-6 + z * (2.505210838544172e-8 + z * (1.6059043836821613e-10 + z * (7.647163731819816e-13 + z * 2.8114572543455206e-15)))))));
  const sh = h + w;
  const sl = h - sh + w; // h >= w: Fast2Sum
  const p = sh * sh;
  const ch = 2 * p;
  const cl = 2 * (sqrErr(sh, p) + 2 * sh * sl);
  return Math.log1p(ch) + cl / (1 + ch); // log1p(h + l) = log1p(h) + l / (1 + h) to far below an ulp
}

/** log cosh a for 1 <= a < TANH_EXP_MAX from e = e^-2a: (a - log 2) + log1p(e), a - LN2_HI exact (two-sum). */
function logcoshFar(a: number, e: number): number {
  const s = a - LN2_HI;
  const bb = s - a;
  return s + (a - (s - bb) + (-LN2_HI - bb) - LN2_LO + Math.log1p(e));
}

/** log cosh a for 2^-27 <= a < 1/32: x^2/2 (1 - z/6 + 2z^2/45 - ...), z = x^2 <= 2^-10, x^2/2 exact in double-double. */
function logcoshSeries(a: number): number {
  const h = 0.5 * a * a;
  const l = sqrErr(a, 2 * h) * 0.5;
  const z = 2 * h;
  const c = z * (-0.16666666666666666 + z * (0.044444444444444446 + z * (-0.013492063492063493 + z * (0.004373897707231041 + z * -0.0014772059216503661))));
  return h + (l + h * c);
}

/** log cosh a for 0 <= a < 1 (NaN too). */
function logcoshNear(a: number): number {
  if (a < 0.03125) return a < TWO_M27 ? 0.5 * a * a : logcoshSeries(a); // below 2^-27: x^2/2 - x^4/12, one rounding
  return logcoshSmall(a);
}

function logcoshF(x: number): number {
  const a = Math.abs(x);
  if (a < 1) return logcoshNear(a);
  if (a < TANH_EXP_MAX) return logcoshFar(a, expFast(-2 * a));
  if (a === Infinity) return Infinity;
  return logcoshFar(a, Math.exp(-2 * a)); // NaN stays NaN
}

/** The fused f, f', f'' of logcosh (see ActivationSpec.put). */
function logcoshPut(xs: Float64Array, i: number, _p: Params, f: Float64Array, df: Float64Array, d2f: Float64Array): void {
  const x = xs[i];
  const a = Math.abs(x);
  if (a < TANH_EXP_MAX) {
    const e = expFast(-2 * a);
    f[i] = a < 1 ? logcoshNear(a) : logcoshFar(a, e);
    df[i] = tanhAt(x, a, e);
    d2f[i] = sech2FromE(e);
  } else {
    f[i] = logcoshF(x);
    df[i] = tanhK(x);
    d2f[i] = sech2(x);
  }
}

const logcosh = defineActivation({
  id: 'logcosh',
  name: 'Log-cosh',
  family: 'other',
  description: 'log(cosh x): ≈ x²/2 near 0 and ≈ |x| - log 2 far out; a smooth Huber-like curve (better known as a loss).',
  tex: {
    f: '\\operatorname{logcosh}(x) = \\log\\bigl(\\cosh x\\bigr)',
    df: "\\operatorname{logcosh}'(x) = \\tanh(x)",
  },
  properties: props('[0, \\infty)', 0, Infinity, { monotonic: false, smoothness: 'C∞', zeroCentred: false, saturates: 'none' }),
  f: logcoshF,
  df: tanhK,
  d2f: sech2,
  put: logcoshPut,
  fill: (x, p, f, df, d2f) => {
    for (let i = 0; i < x.length; i++) logcoshPut(x, i, p, f, df, d2f);
  },
});

export const sigmoidFamily: readonly DefinedActivation[] = [sigmoid, tanh, logsigmoid, softsign, tanhshrink, lisht, logcosh];
