// Softplus (with PyTorch's beta and threshold) and squareplus, its algebraic cousin.
import { defineActivation, type DefinedActivation } from '../define';
import { props } from '../properties';
import type { Params, Properties } from '../types';
import { divExp, mulError, mulExp } from '../numerics/exponential-exp';


const nanOr = (x: number, v: number) => (x === x ? v : NaN);

// ----------------------------------------------------------------------------------------- softplus
//
// z = beta * x. For z > 0, log(1 + e^z) / beta = x + log1p(e^-z) / beta: no overflow and x is exact.
// For z <= 0, log1p(e^z) / beta. Both need only e = e^-|z|. Beyond |z| = 40, e < 2^-57, so log1p(e) = e,
// e / (1 + e) = e and e / (1 + e)^2 = e to within a fraction of an ulp: exp alone, range-safe via mulExp.
// The rounding of beta * x (up to |z| 2^-53) would show as that relative error in e^z, ~350 ulp near
// z = -700: its exact residual (Dekker) is folded in as e^(z + r) = e^z (1 + r).

const BIG_Z = 40;

/** The r of beta * x = z + r, where exp(+-z) is neither 1 nor out of range. 0 for beta = 1 (exact). */
function productResidual(b: number, x: number, z: number): number {
  return b === 1 ? 0 : productResidualAny(b, x, z); // small enough to always inline
}

function productResidualAny(b: number, x: number, z: number): number {
  if (!(z > -800 && z < 800)) return 0;
  const r = mulError(b, x, z);
  return r === r ? r : 0; // the split overflows for |x| > 2^996 (then z is tiny: r does not matter)
}

/** e^-|z| with the residual, for |z| < BIG_Z. */
function expNegAbs(z: number, r: number): number {
  const e = Math.exp(-Math.abs(z));
  return e + e * (z > 0 ? -r : r);
}

// f and f' compute e once on |beta x| < BIG_Z and leave the far sides to out-of-line helpers: small bodies that V8
// inlines into their callers (rare paths written inline would count against its inlining budget on every call).

function softplusF(x: number, b: number, t: number): number {
  const z = b * x;
  if (z > t) return x; // PyTorch: float64 beta * x compared with the threshold
  if (z < BIG_Z && z > -BIG_Z) {
    const l = Math.log1p(expNegAbs(z, productResidual(b, x, z))) / b;
    return z > 0 ? x + l : l;
  }
  return softplusFFar(x, b, z);
}

/** f for |beta x| >= BIG_Z and NaN. */
function softplusFFar(x: number, b: number, z: number): number {
  if (z > 0) return x + Math.exp(-z) / b;
  return divExp(z, productResidual(b, x, z), b); // NaN too
}

function softplusDf(x: number, b: number, t: number): number {
  const z = b * x;
  if (z > t) return 1;
  if (z < BIG_Z && z > -BIG_Z) {
    const e = expNegAbs(z, productResidual(b, x, z));
    return z >= 0 ? 1 / (1 + e) : e / (1 + e);
  }
  return softplusDfFar(x, b, z);
}

/** f' for |beta x| >= BIG_Z and NaN. */
function softplusDfFar(x: number, b: number, z: number): number {
  if (z > 0) return 1 / (1 + Math.exp(-z));
  return mulExp(1, z, productResidual(b, x, z)); // NaN too
}

function softplusD2f(x: number, b: number, t: number): number {
  const z = b * x;
  if (z > t) return 0;
  const r = productResidual(b, x, z);
  if (z < BIG_Z && z > -BIG_Z) {
    const e = expNegAbs(z, r);
    const u = 1 + e;
    return (b * e) / (u * u);
  }
  return mulExp(b, -Math.abs(z), z > 0 ? -r : r);
}

function softplusProperties(b: number, t: number): Properties {
  if (t === Infinity) return props('(0, \\infty)', 0, Infinity, { monotonic: true, smoothness: 'C∞', zeroCentred: false, saturates: 'left' });
  // A finite threshold makes PyTorch's function drop by log1p(e^-t) / beta where beta x crosses t (2e-9 for
  // t = 20): a real, if tiny, jump down. For t < 0 the linear piece reaches below 0.
  const min = t < 0 ? t / b : 0;
  return props(`(${min}, \\infty)`, min, Infinity, { monotonic: false, smoothness: 'discontinuous', zeroCentred: false, saturates: 'left' });
}

/** The fused f, f', f'' of softplus (see ActivationSpec.put). */
function softplusPut(xs: Float64Array, i: number, p: Params, f: Float64Array, df: Float64Array, d2f: Float64Array): void {
  const x = xs[i];
  const b = p.beta;
  const z = b * x;
  if (z > p.threshold) {
    f[i] = x;
    df[i] = 1;
    d2f[i] = 0;
    return;
  }
  const r = productResidual(b, x, z);
  if (z < BIG_Z && z > -BIG_Z) {
    const e = expNegAbs(z, r);
    const u = 1 + e;
    const l = Math.log1p(e) / b;
    f[i] = z > 0 ? x + l : l;
    df[i] = z >= 0 ? 1 / u : e / u;
    d2f[i] = (b * e) / (u * u);
    return;
  }
  f[i] = softplusF(x, b, p.threshold);
  df[i] = softplusDf(x, b, p.threshold);
  d2f[i] = mulExp(b, -Math.abs(z), z > 0 ? -r : r);
}

const softplus = defineActivation({
  id: 'softplus',
  name: 'Softplus',
  family: 'softplus-like',
  description:
    'Smooth ReLU log(1 + e^{βx})/β, whose derivative is the sigmoid. PyTorch returns x where βx > threshold (nn.Softplus: 20), a tiny jump there.',
  params: [
    { name: 'beta', default: 1, min: 0.1, max: 10, step: 0.1, description: 'Sharpness β > 0: larger β is closer to ReLU.' },
    {
      name: 'threshold',
      default: Infinity,
      min: 1,
      max: 40,
      step: 1,
      allowInfinite: true,
      description: 'PyTorch returns x where βx > threshold (nn.Softplus default 20); Infinity is the pure function.',
    },
  ],
  tex: {
    f: '\\operatorname{Softplus}(x) = \\begin{cases} \\frac{1}{\\beta}\\log\\bigl(1 + e^{\\beta x}\\bigr) & \\beta x \\le t \\\\ x & \\beta x > t \\end{cases}',
    df: "\\operatorname{Softplus}'(x) = \\begin{cases} \\dfrac{1}{1 + e^{-\\beta x}} & \\beta x \\le t \\\\ 1 & \\beta x > t \\end{cases}",
  },
  validate: (p) => {
    if (!(p.beta > 0)) return `beta must be greater than 0 (got ${p.beta}).`;
    if (p.threshold === -Infinity) return 'threshold may be Infinity (no switch to x) but not -Infinity.';
    return undefined;
  },
  properties: (p) => softplusProperties(p.beta, p.threshold),
  // Where the threshold switches to x, f, f' and f'' all jump (see softplusProperties); plots break there.
  kinks: (p) => (p.threshold < Infinity ? [p.threshold / p.beta] : []),
  jumps: (p) => (p.threshold < Infinity ? [p.threshold / p.beta] : []),
  f: (x, p) => softplusF(x, p?.beta ?? 1, p?.threshold ?? Infinity),
  df: (x, p) => softplusDf(x, p?.beta ?? 1, p?.threshold ?? Infinity),
  d2f: (x, p) => softplusD2f(x, p?.beta ?? 1, p?.threshold ?? Infinity),
  put: softplusPut,
  fill: (x, p, f, df, d2f) => {
    for (let i = 0; i < x.length; i++) softplusPut(x, i, p, f, df, d2f);
  },
});

// --------------------------------------------------------------------------------------- squareplus
//
// (x + sqrt(x^2 + b)) / 2. For x < 0 the sum cancels: use b / (2 (s - x)), s = sqrt(x^2 + b). Likewise
// f' = (1 + x/s) / 2 = b / (2 (u + s |x|)) for x < 0 with u = x^2 + b (the same u under the root, so its
// rounding partly cancels: <= 3 ulp in 3e6 random trials, where b / (2 s) / (s - x) reaches 4), and
// f'' = b / (2 u s) (<= 3 ulp; b / (2 s^3) as three divisions reaches 5). Beyond |x| = 2^500 (or
// b = 2^1000) x^2 + b is formed at a 2^-600 scale so nothing overflows and the tails stay accurate.

const X_BIG = 2 ** 500;
const B_BIG = 2 ** 1000;
const DOWN = 2 ** -600;
const UP = 2 ** 600;

/** sqrt(x^2 + b), scaled where x^2 + b would overflow. */
function root(x: number, ax: number, b: number): number {
  if (ax <= X_BIG && b <= B_BIG) return Math.sqrt(x * x + b);
  const xs = x * DOWN;
  return Math.sqrt(xs * xs + b * DOWN * DOWN) * UP;
}

/** f for |x| > 2^500 or b > 2^1000: s = ss 2^600, and x + s or s + |x| may overflow though f does not. */
function squareplusFScaled(x: number, ax: number, b: number): number {
  const xs = x * DOWN;
  const axs = ax * DOWN;
  const ss = Math.sqrt(xs * xs + b * DOWN * DOWN);
  if (x >= 0) return (xs + ss) * 2 ** 599;
  // b 2^-600 is exact unless b is tiny; then divide first and scale last.
  return b >= 2 ** -400 ? (b * DOWN) / (2 * (ss + axs)) : (b / (2 * (ss + axs))) * DOWN; // NaN too
}

/** f' for |x| > 2^500 or b > 2^1000 (scaled likewise: b / (2 s (s + |x|)) is subnormal near the top for huge b). */
function squareplusDfScaled(x: number, ax: number, b: number): number {
  if (x >= 0) return ax === Infinity ? 1 : (1 + x / root(x, ax, b)) * 0.5;
  const xs = x * DOWN;
  const ss = Math.sqrt(xs * xs + b * DOWN * DOWN);
  return ((b * DOWN) / (2 * ss) / (ss + ax * DOWN)) * DOWN; // NaN too
}

function squareplusF(x: number, b: number): number {
  if (b === 0) return x > 0 ? x : nanOr(x, 0); // ReLU
  const ax = Math.abs(x);
  if (!(ax <= X_BIG && b <= B_BIG)) return squareplusFScaled(x, ax, b);
  const s = Math.sqrt(x * x + b);
  return x >= 0 ? (x + s) * 0.5 : b / (2 * (s + ax));
}

function squareplusDf(x: number, b: number): number {
  if (b === 0) return x > 0 ? 1 : nanOr(x, 0); // ReLU, f'(0) = 0
  const ax = Math.abs(x);
  if (!(ax <= X_BIG && b <= B_BIG)) return squareplusDfScaled(x, ax, b);
  const u = x * x + b;
  const s = Math.sqrt(u);
  return x >= 0 ? (1 + x / s) * 0.5 : b / (2 * (u + s * ax));
}

function squareplusD2f(x: number, b: number): number {
  if (b === 0) return nanOr(x, 0);
  const ax = Math.abs(x);
  if (!(ax <= X_BIG && b <= B_BIG)) {
    const s = root(x, ax, b); // s^3 would overflow: divide three times (these tails are tiny anyway)
    return b / (2 * s) / s / s;
  }
  const u = x * x + b;
  return b / (2 * u) / Math.sqrt(u);
}

/** The fused f, f', f'' of squareplus (see ActivationSpec.put). */
function squareplusPut(xs: Float64Array, i: number, p: Params, f: Float64Array, df: Float64Array, d2f: Float64Array): void {
  const x = xs[i];
  const b = p.b;
  const ax = Math.abs(x);
  if (b === 0 || !(ax <= X_BIG && b <= B_BIG)) {
    f[i] = squareplusF(x, b);
    df[i] = squareplusDf(x, b);
    d2f[i] = squareplusD2f(x, b);
    return;
  }
  const u = x * x + b;
  const s = Math.sqrt(u);
  f[i] = x >= 0 ? (x + s) * 0.5 : b / (2 * (s + ax));
  df[i] = x >= 0 ? (1 + x / s) * 0.5 : b / (2 * (u + s * ax));
  d2f[i] = b / (2 * u) / s;
}

const squareplus = defineActivation({
  id: 'squareplus',
  name: 'Squareplus',
  family: 'softplus-like',
  description: 'Algebraic softplus (x + √(x² + b))/2 (JAX, Keras 3): smooth and positive with only a square root; b = 0 is ReLU.',
  params: [{ name: 'b', default: 4, min: 0, max: 20, step: 0.1, description: 'Curvature b ≥ 0 near 0 (f(0) = √b / 2); b = 0 gives ReLU.' }],
  tex: {
    f: '\\operatorname{Squareplus}(x) = \\frac{x + \\sqrt{x^2 + b}}{2}',
    df: "\\operatorname{Squareplus}'(x) = \\frac{1}{2}\\left(1 + \\frac{x}{\\sqrt{x^2 + b}}\\right)",
  },
  validate: (p) => (p.b < 0 ? `b must be 0 or more (got ${p.b}): x² + b under the square root would be negative near x = 0.` : undefined),
  properties: (p) =>
    p.b === 0
      ? props('[0, \\infty)', 0, Infinity, { monotonic: true, smoothness: 'C0', zeroCentred: false, saturates: 'left' })
      : props('(0, \\infty)', 0, Infinity, { monotonic: true, smoothness: 'C∞', zeroCentred: false, saturates: 'left' }),
  kinks: (p) => (p.b === 0 ? [0] : []),
  f: (x, p) => squareplusF(x, p?.b ?? 4),
  df: (x, p) => squareplusDf(x, p?.b ?? 4),
  d2f: (x, p) => squareplusD2f(x, p?.b ?? 4),
  put: squareplusPut,
  fill: (x, p, f, df, d2f) => {
    for (let i = 0; i < x.length; i++) squareplusPut(x, i, p, f, df, d2f);
  },
});

export const softplusFamily: readonly DefinedActivation[] = [softplus, squareplus];
