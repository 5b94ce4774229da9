// ELU, CELU, SELU and the plain exponential. The negative branch is expm1, never exp(x) - 1 (which is
// millions of ulp off near 0). Conventions (PyTorch 1.13 autograd): f'(0) takes the x <= 0 branch, so
// elu'(0) = alpha and selu'(0) = scale * alpha; f''(0) = 0 at the kink.
import { defineActivation, type DefinedActivation } from '../define';
import { props } from '../properties';
import type { Params, Properties } from '../types';
import { divError, divExp, mulError, mulExp } from '../numerics/exponential-exp';


const nanOr = (x: number, v: number) => (x === x ? v : NaN);

// ---------------------------------------------------------------------------------------------- ELU

/**
 * Any finite alpha is accepted, as in PyTorch: alpha = 0 is ReLU; alpha < 0 makes the negative side
 * positive (f -> -alpha), so f is no longer monotonic.
 */
function eluProperties(a: number): Properties {
  if (a > 0) {
    return props(`(-${a}, \\infty)`, -a, Infinity, { monotonic: true, smoothness: a === 1 ? 'C1' : 'C0', zeroCentred: true, saturates: 'left' });
  }
  return props('[0, \\infty)', 0, Infinity, { monotonic: a === 0, smoothness: 'C0', zeroCentred: false, saturates: 'left' });
}

/** The fused f, f', f'' of elu (see ActivationSpec.put). */
function eluPut(xs: Float64Array, i: number, p: Params, f: Float64Array, df: Float64Array, d2f: Float64Array): void {
  const x = xs[i];
  if (x > 0) {
    f[i] = x;
    df[i] = 1;
    d2f[i] = 0;
    return;
  }
  const a = p.alpha;
  f[i] = a * Math.expm1(x);
  const e = mulExp(a, x, 0);
  df[i] = e;
  d2f[i] = x < 0 ? e : nanOr(x, 0);
}

const elu = defineActivation({
  id: 'elu',
  name: 'ELU',
  family: 'exponential-linear',
  description: 'Exponential linear unit: x for x > 0, α(eˣ − 1) below, so negative outputs saturate at −α and pull mean activations toward 0.',
  params: [{ name: 'alpha', default: 1, min: 0, max: 3, step: 0.05, description: 'Value −α that f approaches as x → −∞ (PyTorch, Keras, JAX: 1).' }],
  tex: {
    f: '\\operatorname{ELU}(x) = \\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x} - 1) & x \\le 0 \\end{cases}',
    df: "\\operatorname{ELU}'(x) = \\begin{cases} 1 & x > 0 \\\\ \\alpha\\, e^{x} & x \\le 0 \\end{cases}",
  },
  properties: (p) => eluProperties(p.alpha),
  // f' is continuous at 0 only for alpha = 1 (both sides 1); f'' still jumps there.
  kinks: (p) => (p.alpha === 1 ? [] : [0]),
  kinks2: (p) => (p.alpha === 1 ? [0] : []),
  f: (x, p) => (x > 0 ? x : (p?.alpha ?? 1) * Math.expm1(x)),
  df: (x, p) => (x > 0 ? 1 : mulExp(p?.alpha ?? 1, x, 0)),
  d2f: (x, p) => (x < 0 ? mulExp(p?.alpha ?? 1, x, 0) : nanOr(x, 0)),
  put: eluPut,
  fill: (x, p, f, df, d2f) => {
    for (let i = 0; i < x.length; i++) eluPut(x, i, p, f, df, d2f);
  },
});

// --------------------------------------------------------------------------------------------- CELU

const TINY_Q = 2 ** -56; // |x / alpha| below this: celu(x) = x (1 + x / 2alpha + ...) rounds to x

/**
 * The residual of q = x / alpha, where it matters: for |q| ~ 700 its rounding would cost ~350 ulp in
 * exp(q). Beyond |q| = 800 exp is 0 or infinite and the split could overflow; alpha = 1 divides exactly.
 */
function celuResidual(x: number, a: number, q: number): number {
  return a !== 1 && q > -800 && q < 800 ? divError(x, a, q) : 0;
}

/** alpha * expm1(x / alpha) for x <= 0, alpha != 0; q = x / alpha rounded, d its residual. */
function celuNeg(x: number, a: number, q: number, d: number): number {
  // Tiny q: x / alpha may even be subnormal, and alpha * (x / alpha) would round twice.
  if (Math.abs(q) < TINY_Q) return x;
  if (q < -40) return a * Math.expm1(q); // exp(q) * residual is below 2^-60 of the result
  if (q >= 709) return mulExp(a, q, d); // alpha < 0: expm1 = exp there, which may overflow before the product does
  const em = Math.expm1(q);
  return a * (em + (em + 1) * d);
}

function celuProperties(a: number): Properties {
  // alpha < 0 (PyTorch accepts it): the left branch becomes alpha (e^{x/alpha} - 1) -> -infinity, f' = e^{x/alpha}
  // grows without bound, but f stays increasing and C1.
  if (a < 0) return props('(-\\infty, \\infty)', -Infinity, Infinity, { monotonic: true, smoothness: 'C1', zeroCentred: true, saturates: 'none' });
  return props(`(-${a}, \\infty)`, -a, Infinity, { monotonic: true, smoothness: 'C1', zeroCentred: true, saturates: 'left' });
}

/** The fused f, f', f'' of celu (see ActivationSpec.put). */
function celuPut(xs: Float64Array, i: number, p: Params, f: Float64Array, df: Float64Array, d2f: Float64Array): void {
  const x = xs[i];
  const a = p.alpha;
  if (x > 0 || a === 0 || x !== x) {
    const ok = a !== 0 && x === x;
    f[i] = ok ? x : NaN;
    df[i] = ok ? 1 : NaN;
    d2f[i] = ok ? 0 : NaN;
    return;
  }
  const q = a === 1 ? x : x / a;
  const d = celuResidual(x, a, q);
  f[i] = celuNeg(x, a, q, d);
  df[i] = mulExp(1, q, d);
  d2f[i] = x < 0 ? divExp(q, d, a) : 0;
}

const celu = defineActivation({
  id: 'celu',
  name: 'CELU',
  family: 'exponential-linear',
  description: 'Continuously differentiable ELU: α(e^{x/α} − 1) for x ≤ 0, so f′ is 1 at 0 for every α (ELU\'s is α).',
  params: [{ name: 'alpha', default: 1, min: 0.1, max: 3, step: 0.05, description: 'Scale α of the negative branch and of its input; f → −α as x → −∞. Must not be 0.' }],
  tex: {
    f: '\\operatorname{CELU}(x) = \\begin{cases} x & x > 0 \\\\ \\alpha\\,\\bigl(e^{x/\\alpha} - 1\\bigr) & x \\le 0 \\end{cases}',
    df: "\\operatorname{CELU}'(x) = \\begin{cases} 1 & x > 0 \\\\ e^{x/\\alpha} & x \\le 0 \\end{cases}",
  },
  validate: (p) =>
    p.alpha === 0 ? 'alpha must not be 0: CELU divides x by alpha (PyTorch raises "ZeroDivisionError: alpha cannot be 0 for CELU").' : undefined,
  properties: (p) => celuProperties(p.alpha),
  kinks2: () => [0],
  // alpha = 0 is a domain error: NaN rather than a made-up limit.
  f: (x, p) => {
    const a = p?.alpha ?? 1;
    if (a === 0) return NaN;
    if (x > 0) return x;
    const q = a === 1 ? x : x / a; // (a division is most of CELU's extra cost over ELU)
    return celuNeg(x, a, q, celuResidual(x, a, q));
  },
  df: (x, p) => {
    const a = p?.alpha ?? 1;
    if (a === 0) return NaN;
    if (x > 0) return 1;
    const q = a === 1 ? x : x / a;
    return mulExp(1, q, celuResidual(x, a, q));
  },
  d2f: (x, p) => {
    const a = p?.alpha ?? 1;
    if (a === 0) return NaN;
    if (!(x < 0)) return nanOr(x, 0);
    const q = a === 1 ? x : x / a;
    return divExp(q, celuResidual(x, a, q), a);
  },
  put: celuPut,
  fill: (x, p, f, df, d2f) => {
    for (let i = 0; i < x.length; i++) celuPut(x, i, p, f, df, d2f);
  },
});

// --------------------------------------------------------------------------------------------- SELU

const SELU_SCALE = 1.0507009873554804934193349852946;
const SELU_ALPHA = 1.6732632423543772848170429916717;
// scale * alpha as the exact double-double product of the two float64 constants: its rounding alone would be
// half an ulp of every negative-side value.
const SA_HI = SELU_SCALE * SELU_ALPHA; // = PyTorch's negcoef, hence selu'(0)
const SA_LO = mulError(SELU_SCALE, SELU_ALPHA, SA_HI);
const SA_REL = SA_LO / SA_HI;

/** The fused f, f', f'' of selu (see ActivationSpec.put). */
function seluPut(xs: Float64Array, i: number, _p: Params, f: Float64Array, df: Float64Array, d2f: Float64Array): void {
  const x = xs[i];
  if (x > 0) {
    f[i] = SELU_SCALE * x;
    df[i] = SELU_SCALE;
    d2f[i] = 0;
    return;
  }
  const em = Math.expm1(x);
  f[i] = SA_HI * em + SA_LO * em;
  const e = mulExp(SA_HI, x, SA_REL);
  df[i] = e;
  d2f[i] = x < 0 ? e : nanOr(x, 0);
}

const selu = defineActivation({
  id: 'selu',
  name: 'SELU',
  family: 'exponential-linear',
  description: 'Scaled ELU with fixed λ ≈ 1.0507, α ≈ 1.6733 chosen so activations self-normalise (mean 0, variance 1) in deep MLPs.',
  tex: {
    f: '\\operatorname{SELU}(x) = \\lambda \\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x} - 1) & x \\le 0 \\end{cases}',
    df: "\\operatorname{SELU}'(x) = \\lambda \\begin{cases} 1 & x > 0 \\\\ \\alpha\\, e^{x} & x \\le 0 \\end{cases}",
  },
  properties: props('(-\\lambda\\alpha, \\infty)', -SA_HI, Infinity, { monotonic: true, smoothness: 'C0', zeroCentred: true, saturates: 'left' }),
  kinks: () => [0],
  f: (x) => {
    if (x > 0) return SELU_SCALE * x;
    const em = Math.expm1(x);
    return SA_HI * em + SA_LO * em;
  },
  df: (x) => (x > 0 ? SELU_SCALE : mulExp(SA_HI, x, SA_REL)),
  d2f: (x) => (x < 0 ? mulExp(SA_HI, x, SA_REL) : nanOr(x, 0)),
  put: seluPut,
  fill: (x, p, f, df, d2f) => {
    for (let i = 0; i < x.length; i++) seluPut(x, i, p, f, df, d2f);
  },
});

// -------------------------------------------------------------------------------------- exponential

/** The fused f, f', f'' of exponential (see ActivationSpec.put). */
function exponentialPut(xs: Float64Array, i: number, _p: Params, f: Float64Array, df: Float64Array, d2f: Float64Array): void {
  const x = xs[i];
  const e = Math.exp(x);
  f[i] = e;
  df[i] = e;
  d2f[i] = e;
}

const exponential = defineActivation({
  id: 'exponential',
  name: 'Exponential',
  family: 'other',
  description: 'eˣ (Keras "exponential"): positive and unbounded, e.g. for rates or scales that must stay positive.',
  tex: { f: '\\exp(x) = e^{x}', df: "\\exp'(x) = e^{x}" },
  properties: props('(0, \\infty)', 0, Infinity, { monotonic: true, smoothness: 'C∞', zeroCentred: false, saturates: 'left' }),
  f: Math.exp,
  df: Math.exp,
  d2f: Math.exp,
  put: exponentialPut,
  fill: (x, p, f, df, d2f) => {
    for (let i = 0; i < x.length; i++) exponentialPut(x, i, p, f, df, d2f);
  },
});

export const exponentialFamily: readonly DefinedActivation[] = [elu, celu, selu, exponential];
