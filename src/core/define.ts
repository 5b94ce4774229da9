// Builds an Activation from a compact spec, filling what most activations share (no kinks, separate f/f'/f'').
import type { Activation, Family, ParamSpec, Params, Properties, Triple } from './types';

export interface ActivationSpec {
  id: string;
  name: string;
  family: Family;
  description: string;
  params?: readonly ParamSpec[];
  tex: { f: string; df: string };
  /** Properties at a parameter set (every key present), or one object when they never change. */
  properties: Properties | ((p: Params) => Properties);
  kinks?: (p: Params) => number[];
  kinks2?: (p: Params) => number[];
  jumps?: (p: Params) => number[];
  /** Domain check beyond "a finite number": returns a message saying what is wrong, or undefined. */
  validate?: (p: Params) => string | undefined;
  /** Parameters are read as `p?.name ?? default` so a call never allocates. */
  f(x: number, p?: Params): number;
  df(x: number, p?: Params): number;
  d2f(x: number, p?: Params): number;
  /**
   * The fused evaluation: f, f', f'' at x[i] into f[i], df[i], d2f[i] (p resolved), sharing their common work, with
   * values identical to f, df, d2f. Typed arrays in and out, so that no double crosses a call boundary: V8 boxes a
   * double passed to or returned from a call it does not inline (a heap allocation), and writing f, f', f'' into an
   * object's fields allocated a heap number per store in our measurements (V8 generalises a field's representation
   * once it has held an integer). all() is built from it.
   */
  put?: Put;
  /**
   * The sampler's loop: put (or f, df, d2f) at every x[i]. Written out in the activation's own module, so that each
   * activation has a loop of its own whose call sites stay monomorphic (V8 inlines the kernel there; a loop shared by
   * all activations sees them all and inlines none once a few have been sampled).
   */
  fill?: Fill;
}

export type Put = (x: Float64Array, i: number, p: Params, f: Float64Array, df: Float64Array, d2f: Float64Array) => void;
export type Fill = (x: Float64Array, p: Params, f: Float64Array, df: Float64Array, d2f: Float64Array) => void;

export interface DefinedActivation extends Activation {
  /** Parameter-specific domain check (see ActivationSpec.validate). */
  readonly validateDomain?: (p: Params) => string | undefined;
  /** f, f', f'' at every x[i] (see ActivationSpec.fill); the sampler's loop. */
  readonly fill: Fill;
}

/** Every parameter of `specs`, taken from `p` where given there, else its default. */
export function resolveParams(specs: readonly ParamSpec[], p?: Params): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of specs) out[s.name] = p?.[s.name] ?? s.default;
  return out;
}

const none = (): number[] => [];

export function defineActivation(spec: ActivationSpec): DefinedActivation {
  const params = spec.params ?? [];
  const { f, df, d2f } = spec;
  const props = spec.properties;
  const kinks = spec.kinks ?? none;
  const kinks2 = spec.kinks2 ?? none;
  const jumps = spec.jumps ?? none;
  const put = spec.put;
  const all = put
    ? (x: number, p: Params, out: Triple) => {
        ONE_X[0] = x;
        put(ONE_X, 0, p, ONE_F, ONE_DF, ONE_D2F);
        out.f = ONE_F[0];
        out.df = ONE_DF[0];
        out.d2f = ONE_D2F[0];
      }
    : (x: number, p: Params, out: Triple) => {
        out.f = f(x, p);
        out.df = df(x, p);
        out.d2f = d2f(x, p);
      };
  return {
    id: spec.id,
    name: spec.name,
    family: spec.family,
    description: spec.description,
    params,
    tex: spec.tex,
    properties: typeof props === 'function' ? (p) => props(resolveParams(params, p)) : () => props,
    kinks: (p) => kinks(resolveParams(params, p)),
    kinks2: (p) => kinks2(resolveParams(params, p)),
    jumps: (p) => jumps(resolveParams(params, p)),
    f,
    df,
    d2f,
    all,
    validateDomain: spec.validate,
    fill: spec.fill ?? fillWith(f, df, d2f),
  };
}

/** A generic sampler loop (one per activation is better; see ActivationSpec.fill). */
function fillWith(f: Spec1, df: Spec1, d2f: Spec1): Fill {
  return (x, p, yf, ydf, yd2f) => {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      yf[i] = f(v, p);
      ydf[i] = df(v, p);
      yd2f[i] = d2f(v, p);
    }
  };
}

type Spec1 = (x: number, p?: Params) => number;

/** Where all() passes x to put and receives its values. */
const ONE_X = new Float64Array(1);
const ONE_F = new Float64Array(1);
const ONE_DF = new Float64Array(1);
const ONE_D2F = new Float64Array(1);
