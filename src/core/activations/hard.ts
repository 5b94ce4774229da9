// Piecewise-linear (and piecewise-quadratic) "hard" activations. Written so every piece is one or two
// correctly rounded operations: (x + 3) / 6 rather than x / 6 + 0.5, which cancels near x = -3.
import { defineActivation, type DefinedActivation } from '../define';
import { props } from '../properties';
import type { Params } from '../types';

// NaN is tested first where it needs a branch of its own (`x !== x ? x : ...`): never taken on real inputs, that
// branch predicts perfectly (a NaN test behind a range test runs at random). Where NaN already falls through the
// comparisons into an arithmetic piece ((x + 3) / 6, x itself), no test is needed at all.

/** f'' of the piecewise-linear functions: 0, NaN for NaN. */
const zero2 = (x: number) => (x !== x ? x : 0);

const hardsigmoidF = (x: number) => (x <= -3 ? 0 : x >= 3 ? 1 : (x + 3) / 6);
const hardsigmoidDf = (x: number) => (x !== x ? x : x > -3 && x < 3 ? 1 / 6 : 0);

const hardsigmoid = defineActivation({
  id: 'hardsigmoid',
  name: 'Hard sigmoid',
  family: 'hard (piecewise linear)',
  description: 'Piecewise-linear sigmoid ReLU6(x + 3) / 6 (PyTorch, Keras 3, JAX): cheap on mobile hardware.',
  tex: {
    f: '\\operatorname{HardSigmoid}(x) = \\frac{\\operatorname{\\text{ReLU6}}(x + 3)}{6}',
    df: "\\operatorname{HardSigmoid}'(x) = \\begin{cases} \\tfrac{1}{6} & -3 < x < 3 \\\\ 0 & \\text{otherwise} \\end{cases}",
  },
  properties: props('[0, 1]', 0, 1, { monotonic: true, smoothness: 'C0', zeroCentred: false, saturates: 'both' }),
  kinks: () => [-3, 3],
  f: hardsigmoidF,
  df: hardsigmoidDf,
  d2f: zero2,
  fill: (x, _p, f, df, d2f) => {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      f[i] = hardsigmoidF(v);
      df[i] = hardsigmoidDf(v);
      d2f[i] = zero2(v);
    }
  },
});

const hardSigmoidV1F = (x: number) => (x <= -2.5 ? 0 : x >= 2.5 ? 1 : (x + 2.5) / 5);
const hardSigmoidV1Df = (x: number) => (x !== x ? x : x > -2.5 && x < 2.5 ? 0.2 : 0);

const hardSigmoidV1 = defineActivation({
  id: 'hard_sigmoid_v1',
  name: 'Hard sigmoid (Keras 2 / TF.js)',
  family: 'hard (piecewise linear)',
  description: 'The older hard sigmoid clip(0.2x + 0.5, 0, 1) of Keras 2 and TF.js: steeper than PyTorch\'s.',
  tex: {
    f: '\\operatorname{HardSigmoid}_{\\text{v1}}(x) = \\operatorname{clip}(0.2x + 0.5,\\, 0,\\, 1)',
    df: "\\operatorname{HardSigmoid}_{\\text{v1}}'(x) = \\begin{cases} 0.2 & -2.5 < x < 2.5 \\\\ 0 & \\text{otherwise} \\end{cases}",
  },
  properties: props('[0, 1]', 0, 1, { monotonic: true, smoothness: 'C0', zeroCentred: false, saturates: 'both' }),
  kinks: () => [-2.5, 2.5],
  f: hardSigmoidV1F,
  df: hardSigmoidV1Df,
  d2f: zero2,
  fill: (x, _p, f, df, d2f) => {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      f[i] = hardSigmoidV1F(v);
      df[i] = hardSigmoidV1Df(v);
      d2f[i] = zero2(v);
    }
  },
});

const hardswishF = (x: number) => (x <= -3 ? 0 : x >= 3 ? x : (x * (x + 3)) / 6);
const hardswishDf = (x: number) => (x < -3 ? 0 : x > 3 ? 1 : (2 * x + 3) / 6);
const hardswishD2f = (x: number) => (x !== x ? x : x > -3 && x < 3 ? 1 / 3 : 0);

const hardswish = defineActivation({
  id: 'hardswish',
  name: 'Hard swish',
  family: 'hard (piecewise linear)',
  description: 'x · HardSigmoid(x) (MobileNetV3): a piecewise-quadratic stand-in for SiLU/swish.',
  tex: {
    f: '\\operatorname{HardSwish}(x) = x\\,\\frac{\\operatorname{\\text{ReLU6}}(x + 3)}{6}',
    df: "\\operatorname{HardSwish}'(x) = \\begin{cases} 0 & x < -3 \\\\ \\tfrac{2x + 3}{6} & -3 \\le x \\le 3 \\\\ 1 & x > 3 \\end{cases}",
  },
  properties: props('[-\\tfrac{3}{8}, \\infty)', -3 / 8, Infinity, { monotonic: false, smoothness: 'C0', zeroCentred: false, saturates: 'left' }),
  kinks: () => [-3, 3],
  // f': PyTorch's 0 below -3, x/3 + 1/2 on [-3, 3] (so -0.5 at -3 and 1.5 at 3), 1 above; NaN takes the middle piece.
  f: hardswishF,
  df: hardswishDf,
  d2f: hardswishD2f,
  fill: (x, _p, f, df, d2f) => {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      f[i] = hardswishF(v);
      df[i] = hardswishDf(v);
      d2f[i] = hardswishD2f(v);
    }
  },
});

const hardtanhF = (x: number, p?: Params) => {
  const lo = p?.min_val ?? -1;
  const hi = p?.max_val ?? 1;
  return x <= lo ? lo : x >= hi ? hi : x;
};
const hardtanhDf = (x: number, p?: Params) => (x !== x ? x : x > (p?.min_val ?? -1) && x < (p?.max_val ?? 1) ? 1 : 0);

const hardtanh = defineActivation({
  id: 'hardtanh',
  name: 'Hard tanh',
  family: 'hard (piecewise linear)',
  description: 'tanh\'s piecewise-linear cousin: x clipped to [min_val, max_val].',
  params: [
    { name: 'min_val', default: -1, min: -5, max: 0, step: 0.1, description: 'Lower clip value.' },
    { name: 'max_val', default: 1, min: 0, max: 5, step: 0.1, description: 'Upper clip value.' },
  ],
  tex: {
    f: '\\operatorname{HardTanh}(x) = \\min(\\max(x, m), M)',
    df: "\\operatorname{HardTanh}'(x) = \\begin{cases} 1 & m < x < M \\\\ 0 & \\text{otherwise} \\end{cases}",
  },
  validate: (p) => (p.min_val >= p.max_val ? `min_val (${p.min_val}) must be less than max_val (${p.max_val}).` : undefined),
  properties: (p) =>
    props(`[${p.min_val}, ${p.max_val}]`, p.min_val, p.max_val, {
      monotonic: true,
      smoothness: 'C0',
      zeroCentred: p.min_val < 0 && p.max_val > 0,
      saturates: 'both',
    }),
  kinks: (p) => [p.min_val, p.max_val],
  f: hardtanhF,
  df: hardtanhDf,
  d2f: zero2,
  fill: (x, p, f, df, d2f) => {
    const lo = p.min_val;
    const hi = p.max_val;
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      f[i] = v <= lo ? lo : v >= hi ? hi : v; // hardtanhF with the parameters read once
      df[i] = v !== v ? v : v > lo && v < hi ? 1 : 0;
      d2f[i] = zero2(v);
    }
  },
});

const lambd = { name: 'lambd', default: 0.5, min: 0, max: 3, step: 0.05, description: 'Half-width of the zeroed band (Keras: threshold).' };
const validLambd = (p: Params) => (p.lambd < 0 ? `lambd must be 0 or more (got ${p.lambd}).` : undefined);

const hardshrinkF = (x: number, p?: Params) => (x !== x ? x : Math.abs(x) > (p?.lambd ?? 0.5) ? x : 0);
const hardshrinkDf = (x: number, p?: Params) => (x !== x ? x : Math.abs(x) > (p?.lambd ?? 0.5) ? 1 : 0);

const hardshrink = defineActivation({
  id: 'hardshrink',
  name: 'Hard shrink',
  family: 'shrinkage',
  description: 'Zeroes inputs in [-λ, λ] and passes the rest unchanged (jumps at ±λ).',
  params: [lambd],
  tex: {
    f: '\\operatorname{HardShrink}(x) = \\begin{cases} x & |x| > \\lambda \\\\ 0 & |x| \\le \\lambda \\end{cases}',
    df: "\\operatorname{HardShrink}'(x) = \\begin{cases} 1 & |x| > \\lambda \\\\ 0 & |x| \\le \\lambda \\end{cases}",
  },
  validate: validLambd,
  properties: (p) =>
    props(p.lambd > 0 ? `(-\\infty, -${p.lambd}) \\cup \\{0\\} \\cup (${p.lambd}, \\infty)` : '(-\\infty, \\infty)', -Infinity, Infinity, {
      monotonic: true,
      smoothness: p.lambd === 0 ? 'C∞' : 'discontinuous',
      zeroCentred: true,
      saturates: 'none',
    }),
  kinks: (p) => (p.lambd > 0 ? [-p.lambd, p.lambd] : []),
  jumps: (p) => (p.lambd > 0 ? [-p.lambd, p.lambd] : []),
  f: hardshrinkF,
  df: hardshrinkDf,
  d2f: zero2,
  fill: (x, p, f, df, d2f) => {
    const l = p.lambd;
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      f[i] = v !== v ? v : Math.abs(v) > l ? v : 0; // hardshrinkF with lambd read once
      df[i] = v !== v ? v : Math.abs(v) > l ? 1 : 0;
      d2f[i] = zero2(v);
    }
  },
});

const softshrinkF = (x: number, p?: Params) => {
  const l = p?.lambd ?? 0.5;
  return x !== x ? x : x > l ? x - l : x < -l ? x + l : 0;
};
const softshrinkDf = (x: number, p?: Params) => (x !== x ? x : Math.abs(x) > (p?.lambd ?? 0.5) ? 1 : 0);

const softshrink = defineActivation({
  id: 'softshrink',
  name: 'Soft shrink',
  family: 'shrinkage',
  description: 'Soft thresholding: moves inputs toward 0 by λ and zeroes [-λ, λ] (sparse coding, denoising).',
  params: [lambd],
  tex: {
    f: '\\operatorname{SoftShrink}(x) = \\begin{cases} x - \\lambda & x > \\lambda \\\\ x + \\lambda & x < -\\lambda \\\\ 0 & \\text{otherwise} \\end{cases}',
    df: "\\operatorname{SoftShrink}'(x) = \\begin{cases} 1 & |x| > \\lambda \\\\ 0 & |x| \\le \\lambda \\end{cases}",
  },
  validate: validLambd,
  properties: (p) =>
    props('(-\\infty, \\infty)', -Infinity, Infinity, {
      monotonic: true,
      smoothness: p.lambd === 0 ? 'C∞' : 'C0',
      zeroCentred: true,
      saturates: 'none',
    }),
  kinks: (p) => (p.lambd > 0 ? [-p.lambd, p.lambd] : []),
  f: softshrinkF,
  df: softshrinkDf,
  d2f: zero2,
  fill: (x, p, f, df, d2f) => {
    const l = p.lambd;
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      f[i] = v !== v ? v : v > l ? v - l : v < -l ? v + l : 0; // softshrinkF with lambd read once
      df[i] = v !== v ? v : Math.abs(v) > l ? 1 : 0;
      d2f[i] = zero2(v);
    }
  },
});

const sparseSigmoidF = (x: number) => (x <= -1 ? 0 : x >= 1 ? 1 : (x + 1) / 2);
const sparseSigmoidDf = (x: number) => (x !== x ? x : x > -1 && x < 1 ? 0.5 : 0);

const sparseSigmoid = defineActivation({
  id: 'sparse_sigmoid',
  name: 'Sparse sigmoid',
  family: 'hard (piecewise linear)',
  description: 'clip(x + 1, 0, 2) / 2 (JAX, Keras 3): a sigmoid that reaches exactly 0 and 1 (sparse outputs).',
  tex: {
    f: '\\operatorname{SparseSigmoid}(x) = \\tfrac{1}{2}\\operatorname{clip}(x + 1,\\, 0,\\, 2)',
    df: "\\operatorname{SparseSigmoid}'(x) = \\begin{cases} \\tfrac{1}{2} & -1 < x < 1 \\\\ 0 & \\text{otherwise} \\end{cases}",
  },
  properties: props('[0, 1]', 0, 1, { monotonic: true, smoothness: 'C0', zeroCentred: false, saturates: 'both' }),
  kinks: () => [-1, 1],
  f: sparseSigmoidF,
  df: sparseSigmoidDf,
  d2f: zero2,
  fill: (x, _p, f, df, d2f) => {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      f[i] = sparseSigmoidF(v);
      df[i] = sparseSigmoidDf(v);
      d2f[i] = zero2(v);
    }
  },
});

const sparsePlusF = (x: number) => {
  if (x <= -1) return 0;
  if (x >= 1) return x;
  const t = x + 1;
  return (t * t) / 4;
};
const sparsePlusDf = (x: number) => (x <= -1 ? 0 : x >= 1 ? 1 : (x + 1) / 2);
const sparsePlusD2f = (x: number) => (x !== x ? x : x > -1 && x < 1 ? 0.5 : 0);

const sparsePlus = defineActivation({
  id: 'sparse_plus',
  name: 'Sparse plus',
  family: 'softplus-like',
  description: 'A softplus that is exactly 0 below -1 and exactly x above 1, quadratic between (JAX, Keras 3).',
  tex: {
    f: '\\operatorname{SparsePlus}(x) = \\begin{cases} 0 & x \\le -1 \\\\ \\tfrac{1}{4}(x + 1)^2 & -1 < x < 1 \\\\ x & x \\ge 1 \\end{cases}',
    df: "\\operatorname{SparsePlus}'(x) = \\begin{cases} 0 & x \\le -1 \\\\ \\tfrac{1}{2}(x + 1) & -1 < x < 1 \\\\ 1 & x \\ge 1 \\end{cases}",
  },
  properties: props('[0, \\infty)', 0, Infinity, { monotonic: true, smoothness: 'C1', zeroCentred: false, saturates: 'left' }),
  kinks2: () => [-1, 1],
  f: sparsePlusF,
  df: sparsePlusDf,
  d2f: sparsePlusD2f,
  fill: (x, _p, f, df, d2f) => {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      f[i] = sparsePlusF(v);
      df[i] = sparsePlusDf(v);
      d2f[i] = sparsePlusD2f(v);
    }
  },
});

const linearF = (x: number) => x;
const linearDf = (x: number) => (x !== x ? x : 1);

const linear = defineActivation({
  id: 'linear',
  name: 'Linear (identity)',
  family: 'other',
  description: 'The identity: no activation (Keras "linear", the output layer of a regression).',
  tex: { f: '\\operatorname{linear}(x) = x', df: "\\operatorname{linear}'(x) = 1" },
  properties: props('(-\\infty, \\infty)', -Infinity, Infinity, { monotonic: true, smoothness: 'C∞', zeroCentred: true, saturates: 'none' }),
  f: linearF,
  df: linearDf,
  d2f: zero2,
  fill: (x, _p, f, df, d2f) => {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      f[i] = linearF(v);
      df[i] = linearDf(v);
      d2f[i] = zero2(v);
    }
  },
});

export const hardFamily: readonly DefinedActivation[] = [
  hardsigmoid,
  hardSigmoidV1,
  hardswish,
  hardtanh,
  hardshrink,
  softshrink,
  sparseSigmoid,
  sparsePlus,
  linear,
];
