// The math core: every elementwise activation of PyTorch, Keras 3, JAX, TF.js and NNlib, with f, f' and f''
// accurate to a few ulp. Pure TypeScript: no `vscode`, no DOM (the webview bundles the same code).
import type { DefinedActivation } from './define';
import { reluFamily } from './activations/relu';
import { hardFamily } from './activations/hard';
import { exponentialFamily } from './activations/exponential';
import { sigmoidFamily } from './activations/sigmoid';
import { softplusFamily } from './activations/softplus';
import { gatedFamily } from './activations/gated';
import { sampleWith, type Curve } from './sample';
import { checkParams, type Validation } from './validate';

export type { Activation, ParamSpec, Params, Properties, Family, Triple, Saturation } from './types';
export type { Curve } from './sample';
export type { Validation } from './validate';
export { checkRange, MAX_SAMPLES } from './validate';

/** Canonical order: the order of the catalogue in the notes, which pickers and docs follow. */
const ORDER = [
  'sigmoid', 'tanh', 'relu', 'relu6', 'leaky_relu', 'prelu', 'rrelu', 'elu', 'celu', 'selu', 'gelu', 'gelu_tanh',
  'silu', 'swish', 'mish', 'softplus', 'softsign', 'logsigmoid', 'hardsigmoid', 'hard_sigmoid_v1', 'hardswish',
  'hardtanh', 'hardshrink', 'softshrink', 'tanhshrink', 'threshold', 'squareplus', 'sparse_plus', 'sparse_sigmoid',
  'exponential', 'linear', 'lisht', 'logcosh',
] as const;

const byId = new Map<string, DefinedActivation>();
for (const a of [...reluFamily, ...hardFamily, ...exponentialFamily, ...sigmoidFamily, ...softplusFamily, ...gatedFamily]) {
  byId.set(a.id, a);
}

export const activations: readonly DefinedActivation[] = ORDER.flatMap((id) => {
  const a = byId.get(id);
  return a ? [a] : [];
});

export function getActivation(id: string): DefinedActivation | undefined {
  return byId.get(id);
}

/** Validates parameters for an activation: every problem as a readable message, or every parameter resolved. */
export function validateParams(id: string, params: unknown): Validation<Record<string, number>> {
  const act = byId.get(id);
  if (!act) return { ok: false, errors: [`Unknown activation '${id}'.`] };
  return checkParams(act, params);
}

/** n points on [xmin, xmax]; NaN in f/df/d2f where a line must break (a jump). Throws on bad input. */
export function sampleCurve(
  id: string,
  params: Record<string, number> | undefined,
  xmin: number,
  xmax: number,
  n: number,
): Curve {
  const act = byId.get(id);
  if (!act) throw new Error(`Unknown activation '${id}'.`);
  return sampleWith(act, params, xmin, xmax, n);
}
