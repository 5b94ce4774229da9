// The formulas a blog post would write for each activation and its derivative: the speed baseline
// (and, for the accuracy figures in the README, the "textbook" column). Deliberately naive.
type Fn = (x: number) => number;

/** Abramowitz & Stegun 7.1.26, the usual erf in blog code (|error| < 1.5e-7). */
function erfAS(x: number): number {
  const s = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-a * a);
  return s * y;
}
const sig = (x: number) => 1 / (1 + Math.exp(-x));
const SELU_A = 1.6732632423543772;
const SELU_L = 1.0507009873554805;
const K = Math.sqrt(2 / Math.PI);

export const textbook: Record<string, { f: Fn; df: Fn }> = {
  sigmoid: { f: sig, df: (x) => sig(x) * (1 - sig(x)) },
  tanh: { f: Math.tanh, df: (x) => 1 - Math.tanh(x) ** 2 },
  relu: { f: (x) => Math.max(0, x), df: (x) => (x > 0 ? 1 : 0) },
  relu6: { f: (x) => Math.min(Math.max(0, x), 6), df: (x) => (x > 0 && x < 6 ? 1 : 0) },
  leaky_relu: { f: (x) => (x > 0 ? x : 0.01 * x), df: (x) => (x > 0 ? 1 : 0.01) },
  prelu: { f: (x) => (x > 0 ? x : 0.25 * x), df: (x) => (x > 0 ? 1 : 0.25) },
  rrelu: { f: (x) => (x > 0 ? x : ((0.125 + 1 / 3) / 2) * x), df: (x) => (x > 0 ? 1 : (0.125 + 1 / 3) / 2) },
  elu: { f: (x) => (x > 0 ? x : Math.exp(x) - 1), df: (x) => (x > 0 ? 1 : Math.exp(x)) },
  celu: { f: (x) => Math.max(0, x) + Math.min(0, Math.exp(x) - 1), df: (x) => (x > 0 ? 1 : Math.exp(x)) },
  selu: { f: (x) => SELU_L * (x > 0 ? x : SELU_A * (Math.exp(x) - 1)), df: (x) => SELU_L * (x > 0 ? 1 : SELU_A * Math.exp(x)) },
  gelu: {
    f: (x) => 0.5 * x * (1 + erfAS(x / Math.SQRT2)),
    df: (x) => 0.5 * (1 + erfAS(x / Math.SQRT2)) + (x * Math.exp(-0.5 * x * x)) / Math.sqrt(2 * Math.PI),
  },
  gelu_tanh: {
    f: (x) => 0.5 * x * (1 + Math.tanh(K * (x + 0.044715 * x ** 3))),
    df: (x) => {
      const t = Math.tanh(K * (x + 0.044715 * x ** 3));
      return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * K * (1 + 3 * 0.044715 * x * x);
    },
  },
  silu: { f: (x) => x * sig(x), df: (x) => sig(x) * (1 + x * (1 - sig(x))) },
  swish: { f: (x) => x * sig(x), df: (x) => sig(x) + x * sig(x) * (1 - sig(x)) },
  mish: {
    f: (x) => x * Math.tanh(Math.log(1 + Math.exp(x))),
    df: (x) => {
      const t = Math.tanh(Math.log(1 + Math.exp(x)));
      return t + x * (1 - t * t) * sig(x);
    },
  },
  softplus: { f: (x) => Math.log(1 + Math.exp(x)), df: sig },
  softsign: { f: (x) => x / (1 + Math.abs(x)), df: (x) => 1 / (1 + Math.abs(x)) ** 2 },
  logsigmoid: { f: (x) => Math.log(sig(x)), df: (x) => 1 - sig(x) },
  hardsigmoid: { f: (x) => Math.min(Math.max(x / 6 + 0.5, 0), 1), df: (x) => (x > -3 && x < 3 ? 1 / 6 : 0) },
  hard_sigmoid_v1: { f: (x) => Math.min(Math.max(0.2 * x + 0.5, 0), 1), df: (x) => (x > -2.5 && x < 2.5 ? 0.2 : 0) },
  hardswish: { f: (x) => (x * Math.min(Math.max(x + 3, 0), 6)) / 6, df: (x) => (x < -3 ? 0 : x > 3 ? 1 : (2 * x + 3) / 6) },
  hardtanh: { f: (x) => Math.min(Math.max(x, -1), 1), df: (x) => (x > -1 && x < 1 ? 1 : 0) },
  hardshrink: { f: (x) => (Math.abs(x) > 0.5 ? x : 0), df: (x) => (Math.abs(x) > 0.5 ? 1 : 0) },
  softshrink: { f: (x) => (x > 0.5 ? x - 0.5 : x < -0.5 ? x + 0.5 : 0), df: (x) => (Math.abs(x) > 0.5 ? 1 : 0) },
  tanhshrink: { f: (x) => x - Math.tanh(x), df: (x) => Math.tanh(x) ** 2 },
  threshold: { f: (x) => (x > 0 ? x : 0), df: (x) => (x > 0 ? 1 : 0) },
  squareplus: { f: (x) => (x + Math.sqrt(x * x + 4)) / 2, df: (x) => (1 + x / Math.sqrt(x * x + 4)) / 2 },
  sparse_plus: { f: (x) => (x <= -1 ? 0 : x >= 1 ? x : (x + 1) ** 2 / 4), df: (x) => (x <= -1 ? 0 : x >= 1 ? 1 : (x + 1) / 2) },
  sparse_sigmoid: { f: (x) => 0.5 * Math.min(Math.max(x + 1, 0), 2), df: (x) => (x > -1 && x < 1 ? 0.5 : 0) },
  exponential: { f: Math.exp, df: Math.exp },
  linear: { f: (x) => x, df: () => 1 },
  lisht: { f: (x) => x * Math.tanh(x), df: (x) => Math.tanh(x) + x * (1 - Math.tanh(x) ** 2) },
  logcosh: { f: (x) => Math.log(Math.cosh(x)), df: Math.tanh },
};
