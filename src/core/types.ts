// The contract every activation in the catalogue fulfils. Pure data and numbers: no `vscode`, no DOM.

/** One tunable parameter of an activation, with the default of the canonical (PyTorch-named) form. */
export interface ParamSpec {
  name: string;
  default: number;
  /** Suggested slider range (the parameter may be valid beyond it; `validateParams` has the real domain). */
  min?: number;
  max?: number;
  step?: number;
  description: string;
  /** Infinity is a meaningful value (softplus threshold = Infinity is the pure function). */
  allowInfinite?: boolean;
}

/** A parameter set: every missing key takes its ParamSpec default. */
export type Params = Readonly<Record<string, number>>;

export type Family =
  | 'relu-like'
  | 'exponential-linear'
  | 'sigmoid-like'
  | 'gated'
  | 'softplus-like'
  | 'hard (piecewise linear)'
  | 'shrinkage'
  | 'other';

/** Where a function or its derivative levels off; `null` where it does not. */
export interface Saturation {
  left: boolean;
  right: boolean;
}

export interface Properties {
  /** Range of f as TeX, e.g. `(0, 1)` or `[-\\alpha, \\infty)`. */
  rangeTex: string;
  /** Numeric bounds of f (inclusive or not is in rangeTex); -Infinity/Infinity where unbounded. */
  range: { min: number; max: number };
  /** Non-decreasing on the whole real line. */
  monotonic: boolean;
  /** Smoothness class: 'C∞', 'C1', 'C0' (continuous, kinks) or 'discontinuous'. */
  smoothness: 'C∞' | 'C2' | 'C1' | 'C0' | 'discontinuous';
  /** f(0) = 0 and f takes both signs: outputs can be centred on zero. */
  zeroCentred: boolean;
  /** Derivative tends to 0 as x -> -Infinity / +Infinity (vanishing gradients there). */
  saturation: Saturation;
  bounded: { below: boolean; above: boolean };
}

/** Evaluation of all three at once; the sampler uses it so shared subexpressions are computed once. */
export interface Triple {
  f: number;
  df: number;
  d2f: number;
}

export interface Activation {
  /** Canonical id (PyTorch's `torch.nn.functional` name where one exists). */
  readonly id: string;
  /** Display name, e.g. 'GELU (tanh approximation)'. */
  readonly name: string;
  readonly family: Family;
  /** One line: what it is and where it is used. */
  readonly description: string;
  readonly params: readonly ParamSpec[];
  /** TeX of f and f' (parameters appear by their symbol, e.g. \\alpha). */
  readonly tex: { readonly f: string; readonly df: string };
  /** Properties for a parameter set (they can change with it, e.g. a leaky slope < 0 is not monotonic). */
  properties(p?: Params): Properties;
  /** Points where f' jumps (f' does not exist) for a parameter set; lines in plots of f' break there. */
  kinks(p?: Params): number[];
  /** Points where f' is continuous but f'' jumps; plots of f'' break there. */
  kinks2(p?: Params): number[];
  /** Points where f itself jumps (threshold, hardshrink); plots of f break there. */
  jumps(p?: Params): number[];
  f(x: number, p?: Params): number;
  df(x: number, p?: Params): number;
  d2f(x: number, p?: Params): number;
  /**
   * f, f' and f'' at x into `out` with parameters already resolved and validated (`resolved` has every key).
   * Sharing work between the three is the point; values are identical to f/df/d2f.
   */
  all(x: number, resolved: Params, out: Triple): void;
}
