// How a library function or class maps onto a canonical activation: its id, which arguments carry which
// canonical parameter, and the special cases (GELU's `approximate`, Keras's many-in-one relu, tf.nn's swish beta).

import type { ActivationId, Framework } from '../core/frameworks';

/**
 * - 'gelu': `approximate` ('none'/'tanh' or False/True) picks gelu or gelu_tanh; `tanhDefault` is the default form.
 * - 'relu': Keras-style relu(negative_slope, max_value, threshold): relu, relu6, leaky_relu or threshold when that is
 *   exactly what it computes, otherwise not an activation of ours.
 * - 'swish': silu unless a `beta` is passed (tf.nn.silu / tf.nn.swish), then swish.
 */
export type Variant = 'gelu' | 'relu' | 'swish';

export interface Api {
  id: ActivationId;
  fw: Framework;
  /** Positional parameters as canonical names; '' for arguments that are not activation parameters (input, inplace). */
  pos?: readonly string[];
  /** Keyword names that differ from the canonical ones -> canonical ('' = ignore; '@init' = an initializer of `init`). */
  kw?: Readonly<Record<string, string>>;
  /** TF.js layer config object keys -> canonical. */
  cfg?: Readonly<Record<string, string>>;
  variant?: Variant;
  /** For 'gelu': whether the default is the tanh form. */
  tanhDefault?: boolean;
  /** Key of this API's own defaults in `frameworkInfo[id].apiDefaults`. */
  dkey?: string;
  /** LibTorch `...Options` class: parameters come from its constructor and chained setters. */
  options?: boolean;
  /** The short name to show for it, matching `frameworkInfo[id].names[fw]` (checked by a unit test). */
  display: string;
}

export type ModuleTable = Readonly<Record<string, Api>>;

/** Builds a module's table; `prefix` is the display prefix (e.g. 'F.' for torch.nn.functional). */
export function table(
  fw: Framework,
  prefix: string,
  entries: Record<string, [ActivationId, (readonly string[])?, Omit<Partial<Api>, 'id' | 'fw' | 'display'>?]>,
): ModuleTable {
  const out: Record<string, Api> = {};
  for (const [name, [id, pos, extra]] of Object.entries(entries)) {
    out[name] = { id, fw, ...(pos ? { pos } : {}), ...(extra ?? {}), display: prefix + name };
  }
  return out;
}
