// Gated activations: x times a smooth gate (Gaussian CDF, sigmoid, tanh of softplus). The numerics are in
// numerics/gated-kernels.ts (root series, double-double exponents, scaled tails); this file is the catalogue.
import { defineActivation, type DefinedActivation } from '../define';
import { props } from '../properties';
import * as K from '../numerics/gated-kernels';


// Minima of the gated curves (at the root of f'), from mpmath.
const GELU_MIN = -0.16997120747990366;
const GELU_TANH_MIN = -0.17004075057125405;
const SILU_MIN = -0.2784645427610738; // = 1 + y0 where y0 = -1.27846... solves 1 + y0 sigmoid(-y0) = 0
const MISH_MIN = -0.3088434130172504;

const dip = (min: number) =>
  props(`[\\approx ${min.toFixed(4)}, \\infty)`, min, Infinity, {
    monotonic: false,
    smoothness: 'C∞',
    zeroCentred: false,
    saturates: 'left',
  });

const gelu = defineActivation({
  id: 'gelu',
  name: 'GELU',
  family: 'gated',
  description: 'Gaussian error linear unit x·Φ(x): weighs x by the chance a standard normal is below it (BERT, GPT-2, ViT).',
  tex: {
    f: '\\operatorname{GELU}(x) = x\\,\\Phi(x) = \\tfrac{x}{2}\\left(1 + \\operatorname{erf}\\tfrac{x}{\\sqrt{2}}\\right)',
    df: "\\operatorname{GELU}'(x) = \\Phi(x) + x\\,\\varphi(x), \\quad \\varphi(x) = \\tfrac{1}{\\sqrt{2\\pi}}e^{-x^2/2}",
  },
  properties: dip(GELU_MIN),
  f: K.geluF,
  df: K.geluDF,
  d2f: K.geluD2F,
  put: K.geluPut,
  fill: (x, p, f, df, d2f) => {
    for (let i = 0; i < x.length; i++) K.geluPut(x, i, p, f, df, d2f);
  },
});

const geluTanh = defineActivation({
  id: 'gelu_tanh',
  name: 'GELU (tanh approximation)',
  family: 'gated',
  description: "GELU's tanh approximation (GPT-2's original code; the default of jax.nn.gelu, keras.ops.gelu and NNlib).",
  tex: {
    f: '\\operatorname{GELU}_{\\tanh}(x) = \\tfrac{x}{2}\\left(1 + \\tanh u\\right), \\quad u = \\sqrt{2/\\pi}\\,\\left(x + 0.044715\\,x^3\\right)',
    df: "\\operatorname{GELU}_{\\tanh}'(x) = \\tfrac{1}{2}(1 + \\tanh u) + \\tfrac{x}{2}\\operatorname{sech}^2 u\\,\\sqrt{2/\\pi}\\left(1 + 0.134145\\,x^2\\right)",
  },
  properties: dip(GELU_TANH_MIN),
  f: K.gtF,
  df: K.gtDF,
  d2f: K.gtD2F,
  put: K.gtPut,
  fill: (x, _p, f, df, d2f) => K.gtFill(x, f, df, d2f),
});

const silu = defineActivation({
  id: 'silu',
  name: 'SiLU',
  family: 'gated',
  description: 'Sigmoid linear unit x·σ(x), swish with β = 1: a smooth ReLU with a small dip (EfficientNet, SwiGLU in LLaMA).',
  tex: {
    f: '\\operatorname{SiLU}(x) = x\\,\\sigma(x) = \\frac{x}{1 + e^{-x}}',
    df: "\\operatorname{SiLU}'(x) = \\sigma(x)\\,\\bigl(1 + x\\,(1 - \\sigma(x))\\bigr)",
  },
  properties: dip(SILU_MIN),
  // the swish kernels with beta absent from the parameters: beta = 1
  f: K.siluF,
  df: K.siluDF,
  d2f: K.swishD2F,
  put: K.swishPut,
  fill: (x, p, f, df, d2f) => {
    for (let i = 0; i < x.length; i++) K.swishPut(x, i, p, f, df, d2f);
  },
});

const swish = defineActivation({
  id: 'swish',
  name: 'Swish',
  family: 'gated',
  description: 'x·σ(βx): β = 1 is SiLU, β ≈ 1.702 mimics GELU, large β tends to ReLU, β = 0 gives x/2 (tf.nn.swish, TF.js).',
  params: [
    {
      name: 'beta',
      default: 1,
      min: 0,
      max: 5,
      step: 0.05,
      description: 'Sharpness of the gate σ(βx) (any finite value; negative mirrors the gate).',
    },
  ],
  tex: {
    f: '\\operatorname{swish}(x) = x\\,\\sigma(\\beta x)',
    df: "\\operatorname{swish}'(x) = \\sigma(\\beta x)\\,\\bigl(1 + \\beta x\\,(1 - \\sigma(\\beta x))\\bigr)",
  },
  properties: (p) => {
    const b = p.beta;
    if (b === 0) return props('(-\\infty, \\infty)', -Infinity, Infinity, { monotonic: true, smoothness: 'C∞', zeroCentred: true, saturates: 'none' });
    // x sigma(beta x) = silu(beta x) / beta: the dip scales by 1/beta, and a negative beta mirrors it upward
    const m = SILU_MIN / b;
    if (b > 0) return dip(m);
    return props(`(-\\infty, \\approx ${m.toFixed(4)}]`, -Infinity, m, { monotonic: false, smoothness: 'C∞', zeroCentred: false, saturates: 'right' });
  },
  f: K.swishF,
  df: K.swishDF,
  d2f: K.swishD2F,
  put: K.swishPut,
  fill: (x, p, f, df, d2f) => {
    for (let i = 0; i < x.length; i++) K.swishPut(x, i, p, f, df, d2f);
  },
});

const mish = defineActivation({
  id: 'mish',
  name: 'Mish',
  family: 'gated',
  description: 'x·tanh(softplus(x)): smooth and non-monotonic like SiLU with a deeper dip (YOLOv4).',
  tex: {
    f: '\\operatorname{Mish}(x) = x\\,\\tanh\\bigl(\\operatorname{softplus}(x)\\bigr) = x\\,\\tanh\\bigl(\\ln(1 + e^{x})\\bigr)',
    df: "\\operatorname{Mish}'(x) = \\tanh\\bigl(\\operatorname{softplus}(x)\\bigr) + x\\,\\sigma(x)\\,\\operatorname{sech}^2\\bigl(\\operatorname{softplus}(x)\\bigr)",
  },
  properties: dip(MISH_MIN),
  f: K.mishF,
  df: K.mishDF,
  d2f: K.mishD2F,
  put: K.mishPut,
  fill: (x, p, f, df, d2f) => {
    for (let i = 0; i < x.length; i++) K.mishPut(x, i, p, f, df, d2f);
  },
});

export const gatedFamily: readonly DefinedActivation[] = [gelu, geluTanh, silu, swish, mish];
