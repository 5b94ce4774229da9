// ReLU and its piecewise-linear relatives. Exact in double arithmetic; the work is the conventions:
// derivative at the kink as PyTorch autograd gives it, NaN propagated (comparisons with NaN are false).
// Speed: where NaN needs its own branch it is tested first (`x !== x ? x : ...`): that branch is never taken
// on real inputs, so it predicts perfectly, whereas a NaN test behind the sign test runs on half of the inputs
// at random. Math.max(x, 0) is ReLU itself, branch-free, with max(NaN, 0) = NaN and max(-0, 0) = +0.
import { defineActivation, type DefinedActivation } from '../define';
import { props } from '../properties';
import type { Params } from '../types';

// Each activation has a sampler loop (`fill`) of its own, so that V8 inlines its arithmetic there (see define.ts).

/** Slope times x, with 0 * -Infinity taken as the limit 0 rather than NaN. */
function scaled(s: number, x: number): number {
  return s === 0 ? (x === x ? 0 : x) : s * x;
}

/** f'' of every piecewise-linear function here: 0, NaN for NaN. */
const zero2 = (x: number) => (x !== x ? x : 0);

/** f, f', f'' of "x for x > 0, slope * x otherwise"; f'(0) = slope (PyTorch). */
function leaky(slope: (p?: Params) => number) {
  return {
    f: (x: number, p?: Params) => (x > 0 ? x : scaled(slope(p), x)),
    df: (x: number, p?: Params) => (x !== x ? x : x > 0 ? 1 : slope(p)),
    d2f: zero2,
  };
}

/** The sampler loop of the leaky family, for a resolved slope s. */
function leakyFill(x: Float64Array, s: number, f: Float64Array, df: Float64Array, d2f: Float64Array): void {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    f[i] = v > 0 ? v : scaled(s, v);
    df[i] = v !== v ? v : v > 0 ? 1 : s;
    d2f[i] = zero2(v);
  }
}

const reluDf = (x: number) => (x !== x ? x : x > 0 ? 1 : 0);

function leakyProperties(s: number) {
  if (s === 0) return props('[0, \\infty)', 0, Infinity, { monotonic: true, smoothness: 'C0', zeroCentred: false, saturates: 'left' });
  if (s < 0) return props('[0, \\infty)', 0, Infinity, { monotonic: false, smoothness: 'C0', zeroCentred: false, saturates: 'none' });
  return props('(-\\infty, \\infty)', -Infinity, Infinity, { monotonic: true, smoothness: s === 1 ? 'C∞' : 'C0', zeroCentred: true, saturates: 'none' });
}

const atZero = () => [0];

const relu = defineActivation({
  id: 'relu',
  name: 'ReLU',
  family: 'relu-like',
  description: 'Rectified linear unit: passes positives, zeroes negatives. Cheap and sparse; units can "die" at 0.',
  tex: {
    f: '\\operatorname{ReLU}(x) = \\max(0, x)',
    df: "\\operatorname{ReLU}'(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}",
  },
  properties: leakyProperties(0),
  kinks: atZero,
  f: (x) => Math.max(x, 0),
  df: reluDf,
  d2f: zero2,
  fill: (x, _p, f, df, d2f) => {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      f[i] = Math.max(v, 0);
      df[i] = reluDf(v);
      d2f[i] = zero2(v);
    }
  },
});

const relu6Df = (x: number) => (x !== x ? x : x > 0 && x < 6 ? 1 : 0);

const relu6 = defineActivation({
  id: 'relu6',
  name: 'ReLU6',
  family: 'relu-like',
  description: 'ReLU capped at 6 (MobileNet): bounded output that suits low-precision inference.',
  tex: {
    f: '\\operatorname{\\text{ReLU6}}(x) = \\min(\\max(0, x), 6)',
    df: "\\operatorname{\\text{ReLU6}}'(x) = \\begin{cases} 1 & 0 < x < 6 \\\\ 0 & \\text{otherwise} \\end{cases}",
  },
  properties: props('[0, 6]', 0, 6, { monotonic: true, smoothness: 'C0', zeroCentred: false, saturates: 'both' }),
  kinks: () => [0, 6],
  f: (x) => Math.min(Math.max(x, 0), 6),
  df: relu6Df,
  d2f: zero2,
  fill: (x, _p, f, df, d2f) => {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      f[i] = Math.min(Math.max(v, 0), 6);
      df[i] = relu6Df(v);
      d2f[i] = zero2(v);
    }
  },
});

const leakyRelu = defineActivation({
  id: 'leaky_relu',
  name: 'Leaky ReLU',
  family: 'relu-like',
  description: 'ReLU with a small slope for negatives so that no unit stops learning entirely.',
  params: [{ name: 'negative_slope', default: 0.01, min: 0, max: 1, step: 0.01, description: 'Slope for x < 0 (PyTorch 0.01, tf.nn/Keras function 0.2, Keras layer 0.3).' }],
  tex: {
    f: '\\operatorname{LeakyReLU}(x) = \\begin{cases} x & x > 0 \\\\ a x & x \\le 0 \\end{cases}',
    df: "\\operatorname{LeakyReLU}'(x) = \\begin{cases} 1 & x > 0 \\\\ a & x \\le 0 \\end{cases}",
  },
  properties: (p) => leakyProperties(p.negative_slope),
  kinks: (p) => (p.negative_slope === 1 ? [] : [0]),
  ...leaky((p) => p?.negative_slope ?? 0.01),
  fill: (x, p, f, df, d2f) => leakyFill(x, p.negative_slope, f, df, d2f),
});

const prelu = defineActivation({
  id: 'prelu',
  name: 'PReLU',
  family: 'relu-like',
  description: 'Parametric ReLU: a leaky ReLU whose negative slope is learned (shown at its initial value).',
  params: [{ name: 'init', default: 0.25, min: 0, max: 1, step: 0.01, description: 'Initial (learned) slope for x < 0: PyTorch 0.25, Keras 0, Flax 0.01.' }],
  tex: {
    f: '\\operatorname{PReLU}(x) = \\begin{cases} x & x > 0 \\\\ a x & x \\le 0 \\end{cases}',
    df: "\\operatorname{PReLU}'(x) = \\begin{cases} 1 & x > 0 \\\\ a & x \\le 0 \\end{cases}",
  },
  properties: (p) => leakyProperties(p.init),
  kinks: (p) => (p.init === 1 ? [] : [0]),
  ...leaky((p) => p?.init ?? 0.25),
  fill: (x, p, f, df, d2f) => leakyFill(x, p.init, f, df, d2f),
});

/** RReLU in evaluation mode: the slope is the mean of its random range. */
const rreluSlope = (p?: Params) => ((p?.lower ?? 0.125) + (p?.upper ?? 1 / 3)) / 2;

const rrelu = defineActivation({
  id: 'rrelu',
  name: 'RReLU',
  family: 'relu-like',
  description: 'Randomized leaky ReLU: slope drawn from [lower, upper] in training, their mean (shown) in evaluation.',
  params: [
    { name: 'lower', default: 0.125, min: 0, max: 1, step: 0.005, description: 'Lower bound of the random slope.' },
    { name: 'upper', default: 1 / 3, min: 0, max: 1, step: 0.005, description: 'Upper bound of the random slope.' },
  ],
  tex: {
    f: '\\operatorname{RReLU}(x) = \\begin{cases} x & x > 0 \\\\ \\tfrac{l + u}{2}\\, x & x \\le 0 \\end{cases}',
    df: "\\operatorname{RReLU}'(x) = \\begin{cases} 1 & x > 0 \\\\ \\tfrac{l + u}{2} & x \\le 0 \\end{cases}",
  },
  validate: (p) => (p.lower > p.upper ? `lower (${p.lower}) must not exceed upper (${p.upper}).` : undefined),
  properties: (p) => leakyProperties(rreluSlope(p)),
  kinks: (p) => (rreluSlope(p) === 1 ? [] : [0]),
  ...leaky(rreluSlope),
  fill: (x, p, f, df, d2f) => leakyFill(x, rreluSlope(p), f, df, d2f),
});

const threshold = defineActivation({
  id: 'threshold',
  name: 'Threshold',
  family: 'relu-like',
  description: 'x above a threshold, a fixed value at or below it (nn.Threshold). A step where value differs from threshold.',
  params: [
    { name: 'threshold', default: 0, min: -5, max: 5, step: 0.1, description: 'Inputs above this pass through.' },
    { name: 'value', default: 0, min: -5, max: 5, step: 0.1, description: 'Output at or below the threshold.' },
  ],
  tex: {
    f: '\\operatorname{Threshold}(x) = \\begin{cases} x & x > \\theta \\\\ v & x \\le \\theta \\end{cases}',
    df: "\\operatorname{Threshold}'(x) = \\begin{cases} 1 & x > \\theta \\\\ 0 & x \\le \\theta \\end{cases}",
  },
  properties: (p) =>
    props(p.value < p.threshold ? `\\{${p.value}\\} \\cup (${p.threshold}, \\infty)` : p.value === p.threshold ? `[${p.value}, \\infty)` : `(${p.threshold}, \\infty)`, Math.min(p.value, p.threshold), Infinity, {
      monotonic: p.value <= p.threshold,
      smoothness: p.value === p.threshold ? 'C0' : 'discontinuous',
      zeroCentred: false,
      saturates: 'left',
    }),
  kinks: (p) => [p.threshold],
  jumps: (p) => (p.value === p.threshold ? [] : [p.threshold]),
  f: (x, p) => (x !== x ? x : x > (p?.threshold ?? 0) ? x : (p?.value ?? 0)),
  df: (x, p) => (x !== x ? x : x > (p?.threshold ?? 0) ? 1 : 0),
  d2f: zero2,
  fill: (x, p, f, df, d2f) => {
    const t = p.threshold;
    const w = p.value;
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      f[i] = v !== v ? v : v > t ? v : w;
      df[i] = v !== v ? v : v > t ? 1 : 0;
      d2f[i] = zero2(v);
    }
  },
});

export const reluFamily: readonly DefinedActivation[] = [relu, relu6, leakyRelu, prelu, rrelu, threshold];
