// ReLU and its piecewise-linear relatives. Exact in double arithmetic; the work is the conventions:
// derivative at the kink as PyTorch autograd gives it, NaN propagated (comparisons with NaN are false).
import { defineActivation, type DefinedActivation } from '../define';
import { props } from '../properties';
import type { Params } from '../types';

/** Slope times x, with 0 * -Infinity taken as the limit 0 rather than NaN. */
function scaled(s: number, x: number): number {
  return s === 0 ? (x === x ? 0 : x) : s * x;
}

/** f, f', f'' of "x for x > 0, slope * x otherwise"; f'(0) = slope (PyTorch). */
function leaky(slope: (p?: Params) => number) {
  return {
    f: (x: number, p?: Params) => (x > 0 ? x : scaled(slope(p), x)),
    df: (x: number, p?: Params) => (x > 0 ? 1 : x === x ? slope(p) : NaN),
    d2f: (x: number) => (x === x ? 0 : NaN),
  };
}

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
  ...leaky(() => 0),
});

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
  f: (x) => (x > 0 ? (x < 6 ? x : 6) : x === x ? 0 : NaN),
  df: (x) => (x > 0 && x < 6 ? 1 : x === x ? 0 : NaN),
  d2f: (x) => (x === x ? 0 : NaN),
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
  f: (x, p) => {
    const t = p?.threshold ?? 0;
    return x > t ? x : x === x ? (p?.value ?? 0) : NaN;
  },
  df: (x, p) => (x > (p?.threshold ?? 0) ? 1 : x === x ? 0 : NaN),
  d2f: (x) => (x === x ? 0 : NaN),
});

export const reluFamily: readonly DefinedActivation[] = [relu, relu6, leakyRelu, prelu, rrelu, threshold];
