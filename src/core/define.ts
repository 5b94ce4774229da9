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
  all?(x: number, p: Params, out: Triple): void;
}

export interface DefinedActivation extends Activation {
  /** Parameter-specific domain check (see ActivationSpec.validate). */
  readonly validateDomain?: (p: Params) => string | undefined;
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
    all:
      spec.all ??
      ((x, p, out) => {
        out.f = f(x, p);
        out.df = df(x, p);
        out.d2f = d2f(x, p);
      }),
    validateDomain: spec.validate,
  };
}
