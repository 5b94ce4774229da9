// Sigmoid-like activations and their tanh relatives. The shared primitives (sigmoid, sigmoid', tanh, sech^2,
// softplus, and double-double exponentials) live in numerics/sigmoid-kernels.ts; this file puts them
// together so that f, f' and f'' stay within a few ulp on the whole line:
// - derivatives are products of terms that never cancel (sigmoid'' = -sigmoid' tanh(x/2), not s'(1 - 2s));
// - where a difference is unavoidable (x - tanh x near 0, 1 - x tanh x at the roots of lisht'' (+-1.19968),
//   log cosh near 0) it is taken in double-double arithmetic, or from a series where x is small;
// - tails are formed so that they underflow only where the true value does, and +-Infinity gives the limits.
import { defineActivation, type DefinedActivation } from '../define';
import { props } from '../properties';
import type { DD } from '../numerics/dd';
import { ddAdd, ddAddD, ddDiv, ddMul, ddMulD, twoProd, twoSum } from '../numerics/dd';
import {
  divByDD,
  expm1DD,
  logSigmoid,
  sech2,
  sigmoid as sigmoidK,
  sigmoidDeriv,
  sigmoidDeriv2,
  tanh as tanhK,
  tanhDD,
  tanhDeriv2,
} from '../numerics/sigmoid-kernels';

const TWO_M27 = 7.450580596923828e-9; // 2^-27
const TWO_M28 = 3.725290298461914e-9; // 2^-28
const EIGHT_EXP_M16 = 9.002813977540729e-7; // 8 e^-16
/** Below this |x|, tanh is taken in double-double for tanhshrink and lisht (1 - x tanh x stays within 2 ulp past it). */
const DD_LIMIT = 4;

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
});

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
});

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
});

// ---- softsign: x / (1 + |x|), all through the double-double 1 + |x| so each value is rounded about once.

const TWO_300 = 2 ** 300;
const TWO_600 = 2 ** 600;

/** 1 - q a exactly, for q ~ 1/a with |a| > 2^300 (scaled so that Dekker's product cannot overflow). */
function residual(q: number, a: number): number {
  const [p, pe] = twoProd(q * TWO_600, a / TWO_600);
  return 1 - p - pe;
}

function softsignF(x: number): number {
  const a = Math.abs(x);
  if (a < 8.673617379884035e-19) return x; // 2^-60: x (1 - |x|) rounds to x; keeps -0
  if (a > 1152921504606846976) return x > 0 ? 1 : -1; // 2^60: 1 - 1/(1 + |x|) rounds to 1; also +-Infinity
  const [s, c] = twoSum(1, a);
  return divByDD(x, s, c);
}

function softsignDf(x: number): number {
  const a = Math.abs(x);
  if (a <= TWO_300) {
    // 1 / (s + c)^2 with (s + c)^2 = p + pe + 2sc (+ c^2, below 2^-106 relative).
    const [s, c] = twoSum(1, a);
    const [p, pe] = twoProd(s, s);
    return divByDD(1, p, pe + 2 * s * c);
  }
  if (a === Infinity) return 0;
  // 1 + |x| = |x| to 2^-300; (1/|x|)^2 = q^2 (1 + 2 rho) with q = 1/|x| and rho = 1 - q|x| exact.
  const q = 1 / a;
  const rho = residual(q, a);
  const [h, l] = twoProd(q, q);
  return h + (l + 2 * h * rho);
}

function softsignD2f(x: number): number {
  if (x === 0) return 0; // kink of f'': the convention is 0 there
  const a = Math.abs(x);
  const n = x > 0 ? -2 : 2;
  if (a <= TWO_300) {
    const [s, c] = twoSum(1, a);
    const [P, Pe] = ddMulD(twoProd(s, s), s);
    return divByDD(n, P, Pe + 3 * P * (c / s));
  }
  if (a === Infinity) return n * 0;
  const q = 1 / a;
  const rho = residual(q, a);
  const [Q, Qe] = ddMulD(twoProd(q, q), n * q); // n q^3, normal down to |x| ~ 2^340, then rounded once
  return Q + (Qe + 3 * Q * rho);
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
});

// ---- tanhshrink and lisht: below DD_LIMIT both take tanh x once in double-double (tanhDD), and f, f', f''
// are formed from it by the helpers below, which the fused `all` shares.

const THIRD: DD = [0.3333333333333333, 1.850371707708594e-17];

/** x - tanh x for |x| < 0.1 (x^3 normal): x^3 (1/3 + z Q(z)), z = x^2, the leading product in double-double. */
function tanhshrinkSeries(x: number): number {
  const z2 = twoProd(x, x);
  const z = z2[0];
  const x3 = ddMulD(z2, x);
  const q =
    z *
    (-0.13333333333333333 +
      z *
        (0.05396825396825397 +
          z *
            (-0.021869488536155203 +
              z * (0.008863235529902197 + z * (-0.003592128036572481 + z * (0.0014558343870513183 + z * -0.000590027440945586))))));
  const lead = ddMul(x3, THIRD);
  return lead[0] + (lead[1] + x3[0] * q);
}

const round = (v: DD) => v[0] + v[1];
/** sech^2 x = 1 - t^2 from t = tanh x in double-double (|t| < 0.9993 below DD_LIMIT: no cancellation). */
const sech2FromT = (t: DD) => ddAddD(ddMul([-t[0], -t[1]], t), 1);

// f, f', f'' from x and t = tanhDD(x), for 2^-27 <= |x| < DD_LIMIT.
const tanhshrinkT = (x: number, t: DD) => ddAddD([-t[0], -t[1]], x)[0];
const tanhshrinkDfT = (t: DD) => round(ddMul(t, t));
const tanhshrinkD2fT = (t: DD) => 2 * round(ddMul(t, sech2FromT(t)));
const lishtT = (x: number, t: DD) => round(ddMulD(t, x));
const lishtDfT = (x: number, t: DD) => round(ddAdd(t, ddMulD(sech2FromT(t), x)));
/** 2 sech^2 x (1 - x tanh x): the second factor in double-double, so it keeps its digits at the roots. */
const lishtD2fT = (x: number, t: DD) => 2 * round(ddMul(sech2FromT(t), ddAddD(ddMulD(t, -x), 1)));

function tanhshrinkF(x: number): number {
  const a = Math.abs(x);
  if (a < 0.1) {
    if (x === 0) return x;
    // Scale tiny x so that x^3 stays normal, then scale back: one rounding into the subnormals at most.
    if (a < 4.909093465297727e-91) return tanhshrinkSeries(x * 2 ** 200) * 2 ** -600; // 2^-300
    return tanhshrinkSeries(x);
  }
  if (a < DD_LIMIT) return tanhshrinkT(x, tanhDD(x));
  return x - tanhK(x); // |result| > 3 > |tanh x|: the error of tanh shrinks by a quarter
}

function tanhshrinkDf(x: number): number {
  const a = Math.abs(x);
  if (a < TWO_M27) return x * x; // tanh^2 x = x^2 - 2x^4/3
  if (a < DD_LIMIT) return tanhshrinkDfT(tanhDD(x));
  return 1 - sech2(a); // 1 - (something below 0.0014): no doubled error of tanh^2
}

function tanhshrinkD2f(x: number): number {
  const a = Math.abs(x);
  if (a < TWO_M28) return 2 * x; // 2 tanh sech^2 = 2x - 8x^3/3
  if (a < DD_LIMIT) return tanhshrinkD2fT(tanhDD(x));
  if (a < 354) return 2 * tanhK(x) * sech2(a);
  const v = Math.exp(16 - 2 * a) * EIGHT_EXP_M16; // 8 e^-2|x| sign(x), rounded once
  return x > 0 ? v : -v;
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
  all: (x, _p, out) => {
    const a = Math.abs(x);
    if (a >= 0.1 && a < DD_LIMIT) {
      const t = tanhDD(x);
      out.f = tanhshrinkT(x, t);
      out.df = tanhshrinkDfT(t);
      out.d2f = tanhshrinkD2fT(t);
    } else {
      out.f = tanhshrinkF(x);
      out.df = tanhshrinkDf(x);
      out.d2f = tanhshrinkD2f(x);
    }
  },
});

// lisht'' = 2 sech^2 x (1 - x tanh x) has roots at +-1.19968, inside the double-double range.

function lishtF(x: number): number {
  const a = Math.abs(x);
  if (a < TWO_M27) return x * x; // x^2 - x^4/3
  if (a < DD_LIMIT) return lishtT(x, tanhDD(x));
  return x * tanhK(x);
}

function lishtDf(x: number): number {
  const a = Math.abs(x);
  if (a < TWO_M28) return 2 * x; // 2x - 4x^3/3
  if (a < DD_LIMIT) return lishtDfT(x, tanhDD(x));
  if (a === Infinity) return x > 0 ? 1 : -1;
  return tanhK(x) + x * sech2(a); // both terms have the sign of x
}

function lishtD2f(x: number): number {
  const a = Math.abs(x);
  if (a < TWO_M28) return 2; // 2 - 8x^2 (NaN fails every test and ends below)
  if (a < DD_LIMIT) return lishtD2fT(x, tanhDD(x));
  if (a === Infinity) return -0;
  // 1 - |x| tanh|x| = (1 - |x|) + |x| (1 - tanh|x|): 1 - |x| is exact for |x| >= 2, 1 - tanh|x| = 2 sigmoid(-2|x|).
  if (a < 354) return 2 * sech2(a) * (1 - a + a * (2 * sigmoidK(-2 * a)));
  return (1 - a) * EIGHT_EXP_M16 * Math.exp(16 - 2 * a); // tanh = 1 here; one rounding into the subnormals
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
  all: (x, _p, out) => {
    const a = Math.abs(x);
    if (a >= TWO_M27 && a < DD_LIMIT) {
      const t = tanhDD(x);
      out.f = lishtT(x, t);
      out.df = lishtDfT(x, t);
      out.d2f = lishtD2fT(x, t);
    } else {
      out.f = lishtF(x);
      out.df = lishtDf(x);
      out.d2f = lishtD2f(x);
    }
  },
});

// ---- logcosh: log cosh x. Below 1/32 its series; up to 1, log1p(cosh x - 1) with cosh x - 1 = E^2 / (2 (1 + E)),
// E = expm1|x| in double-double; from |x| = 1 on, |x| - log 2 + log1p(e^-2|x|), whose terms no longer cancel.

const LN2_HI = 0.6931471805599453;
const LN2_LO = 2.3190468138462996e-17;

function logcoshF(x: number): number {
  const a = Math.abs(x);
  if (a < TWO_M27) return 0.5 * a * a; // x^2/2 - x^4/12; 0.5a is exact, so one rounding
  if (a < 0.03125) {
    // x^2/2 (1 - z/6 + 2z^2/45 - ...), z = x^2 <= 2^-10, with x^2/2 exact in double-double.
    const [h, l] = twoProd(0.5 * a, a);
    const z = 2 * h;
    const c = z * (-0.16666666666666666 + z * (0.044444444444444446 + z * (-0.013492063492063493 + z * (0.004373897707231041 + z * -0.0014772059216503661))));
    return h + (l + h * c);
  }
  if (a < 1) {
    const E = expm1DD(a);
    const onePlusE = ddAddD(E, 1);
    const u = ddMul(E, E);
    const cm1 = ddDiv(u, [2 * onePlusE[0], 2 * onePlusE[1]]);
    // log1p(h + l) = log1p(h) + l / (1 + h) to far below an ulp
    return Math.log1p(cm1[0]) + cm1[1] / (1 + cm1[0]);
  }
  if (a === Infinity) return Infinity;
  const [s, e] = twoSum(a, -LN2_HI);
  return s + (e - LN2_LO + Math.log1p(Math.exp(-2 * a))); // NaN stays NaN
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
});

export const sigmoidFamily: readonly DefinedActivation[] = [sigmoid, tanh, logsigmoid, softsign, tanhshrink, lisht, logcosh];
